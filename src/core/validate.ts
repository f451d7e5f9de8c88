import { OneOnOneError, type OneOnOneErrorCode } from './errors';

// Internal helpers: hand-written checks cost fewer bytes than a schema library for these few shapes.

/** Joins a parent path and a key the way error paths are shown: `a.b`, `a[2]`. */
export function joinPath(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
}

/** A short, safe description of any value for an error message (long text is cut, its quote left open). */
export function describe(value: unknown): string {
  return Array.isArray(value)
    ? 'an array'
    : value && typeof value === 'object'
      ? 'an object'
      : typeof value === 'string'
        ? JSON.stringify(value).slice(0, 40)
        : String(value);
}

/** Throws `Expected <expected>, got <value>` at `path`: the one shape every validation message takes. */
export function fail(code: OneOnOneErrorCode, path: string, expected: string, value: unknown): never {
  throw new OneOnOneError(code, `Expected ${expected}, got ${describe(value)}`, path);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is text with something besides spaces in it. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
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
  return typeof value !== 'string'
    ? fail(code, path, 'text', value)
    : nonEmpty && !isText(value)
      ? fail(code, path, 'non-empty text', value)
      : value;
}

export function expectBoolean(value: unknown, code: OneOnOneErrorCode, path: string): boolean {
  return typeof value === 'boolean' ? value : fail(code, path, 'true or false', value);
}

/** A safe whole number from `min` to `max` (either may be infinite). */
export function expectInteger(
  value: unknown,
  code: OneOnOneErrorCode,
  path: string,
  min = -Infinity,
  max = Infinity,
): number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max
    ? (value as number)
    : fail(code, path, `a whole number from ${min} to ${max}`, value);
}

/** One of a fixed list of values (`null` included), e.g. the three pillar ids. */
export function expectOneOf<T>(
  value: unknown,
  options: readonly T[],
  code: OneOnOneErrorCode,
  path: string,
): T {
  return options.includes(value as T)
    ? (value as T)
    : fail(code, path, `one of ${JSON.stringify(options).slice(1, -1)}`, value);
}
