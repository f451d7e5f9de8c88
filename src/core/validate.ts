import { OneOnOneError, type OneOnOneErrorCode } from './errors';

// Internal helpers: hand-written checks cost fewer bytes than a schema library for these few shapes.

/** Joins a parent path and a key the way error paths are shown: `a.b`, `a[2]`. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectRecord(
  value: unknown,
  code: OneOnOneErrorCode,
  path: string,
): Record<string, unknown> {
  if (!isRecord(value)) throw new OneOnOneError(code, `Expected an object, got ${describe(value)}`, path);
  return value;
}

export function expectArray(value: unknown, code: OneOnOneErrorCode, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new OneOnOneError(code, `Expected an array, got ${describe(value)}`, path);
  return value;
}

export function expectString(
  value: unknown,
  code: OneOnOneErrorCode,
  path: string,
  { nonEmpty = false }: { nonEmpty?: boolean } = {},
): string {
  if (typeof value !== 'string') throw new OneOnOneError(code, `Expected text, got ${describe(value)}`, path);
  if (nonEmpty && value.trim() === '') throw new OneOnOneError(code, 'Expected non-empty text', path);
  return value;
}

export function expectBoolean(value: unknown, code: OneOnOneErrorCode, path: string): boolean {
  if (typeof value !== 'boolean') throw new OneOnOneError(code, `Expected true or false, got ${describe(value)}`, path);
  return value;
}

/** A whole number in `[min, max]`. */
export function expectInteger(
  value: unknown,
  code: OneOnOneErrorCode,
  path: string,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new OneOnOneError(code, `Expected a whole number ${range}, got ${describe(value)}`, path);
  }
  return value;
}
