import { OneOnOneError, type OneOnOneErrorCode, type OneOnOneIssue } from './errors';

// Internal helpers: hand-written checks cost fewer bytes than a schema library for these few shapes.

/** Joins a parent path and a key the way error paths are shown: `a.b`, `a[2]`. */
export function joinPath(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
}

/** A short, safe description of any value for an error message (long text is cut to 40 characters). */
export function describe(value: unknown): string {
  return Array.isArray(value)
    ? 'an array'
    : value && typeof value === 'object'
      ? 'an object'
      : typeof value === 'string'
        ? JSON.stringify(value.slice(0, 40))
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
  return options.includes(value as T) ? (value as T) : fail(code, path, oneOfText(options), value);
}

const oneOfText = (options: readonly unknown[]): string => `one of ${JSON.stringify(options).slice(1, -1)}`;

/** The longest list the core validates entry by entry; a longer one is refused before it is read. */
export const MAX_ENTRIES = 1_000_000;
// An error spells out this many problems and counts the rest, so a list of a million bad entries
// costs a count, not a million messages.
const MAX_ISSUES = 10;

/** Problems found so far in a value read as a whole: the first few in full and how many in all. */
export interface Problems {
  readonly issues: OneOnOneIssue[];
  count: number;
}

export const noProblems = (): Problems => ({ issues: [], count: 0 });

/** Notes that `value` at `path` is not `expected`; past the first few, it is only counted. */
export function note(problems: Problems, path: string, expected: string, value: unknown): void {
  if (problems.count++ < MAX_ISSUES)
    problems.issues.push({ path, message: `Expected ${expected}, got ${describe(value)}` });
}

/** Throws every problem found as one error: the first names the path, the message counts the rest. */
export function throwProblems(problems: Problems, code: OneOnOneErrorCode): void {
  const [first] = problems.issues;
  if (first)
    throw new OneOnOneError(
      code,
      problems.count > 1 ? `${first.message} (and ${problems.count - 1} more)` : first.message,
      first.path,
      problems.issues,
    );
}

/** An array of at most {@link MAX_ENTRIES} entries, or `null` once its problem is noted. */
export function readList(value: unknown, problems: Problems, path: string): readonly unknown[] | null {
  if (!Array.isArray(value)) note(problems, path, 'an array', value);
  else if (value.length > MAX_ENTRIES)
    note(problems, path, `an array of at most ${MAX_ENTRIES} entries`, value.length);
  else return value;
  return null;
}

/** What one field must be: its key, a test, and the words an error message uses for it. */
export type FieldRule = readonly [key: string, test: (value: unknown) => boolean, expected: string];

/** A rule for a field that must be one of a fixed list of values. */
export const oneOf = (key: string, options: readonly unknown[]): FieldRule => [
  key,
  (value) => options.includes(value),
  oneOfText(options),
];

/** The same rule for a field that may also be left out. */
export const optional = ([key, test, expected]: FieldRule): FieldRule => [
  key,
  (value) => value === undefined || test(value),
  expected,
];

/** Notes every field of `record` that breaks its rule (paths `<at>.<key>`); true when none does. */
export function checkFields(
  record: Record<string, unknown>,
  rules: readonly FieldRule[],
  problems: Problems,
  at: string,
): boolean {
  const before = problems.count;
  for (const [key, test, expected] of rules)
    if (!test(record[key])) note(problems, joinPath(at, key), expected, record[key]);
  return problems.count === before;
}
