import { OneOnOneError, type OneOnOneErrorCode } from './errors';

// Internal helpers: hand-written checks cost fewer bytes than a schema library for these few shapes.

/** Joins a parent path and a key the way error paths are shown: `a.b`, `a[2]`. */
export function joinPath(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
}

/** A short, safe description of any value for an error message. */
export function describe(value: unknown): string {
  return Array.isArray(value)
    ? 'an array'
    : value && typeof value === 'object'
      ? 'an object'
      : typeof value === 'string'
        ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
        : String(value);
}

/** Throws `Expected <expected>, got <value>` at `path`. */
export function fail(code: OneOnOneErrorCode, path: string, expected: string, value: unknown): never {
  throw new OneOnOneError(code, `Expected ${expected}, got ${describe(value)}`, path);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectRecord(value: unknown, code: OneOnOneErrorCode, path: string): Record<string, unknown> {
  return isRecord(value) ? value : fail(code, path, 'an object', value);
}

export function expectArray(value: unknown, code: OneOnOneErrorCode, path: string): readonly unknown[] {
  return Array.isArray(value) ? value : fail(code, path, 'an array', value);
}

export function expectString(
  value: unknown,
  code: OneOnOneErrorCode,
  path: string,
  { nonEmpty = false }: { nonEmpty?: boolean } = {},
): string {
  if (typeof value !== 'string') fail(code, path, 'text', value);
  if (nonEmpty && value.trim() === '') fail(code, path, 'non-empty text', value);
  return value;
}

export function expectBoolean(value: unknown, code: OneOnOneErrorCode, path: string): boolean {
  return typeof value === 'boolean' ? value : fail(code, path, 'true or false', value);
}

const LIMIT = 2 ** 53;

/** A whole number in `[min, max]`. */
export function expectInteger(
  value: unknown,
  code: OneOnOneErrorCode,
  path: string,
  min = -LIMIT,
  max = LIMIT,
): number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? (value as number)
    : fail(
        code,
        path,
        `a whole number${max < LIMIT ? ` from ${min} to ${max}` : min > -LIMIT ? ` ≥ ${min}` : ''}`,
        value,
      );
}
