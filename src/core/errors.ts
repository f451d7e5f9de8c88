// Every code the core throws, in one list, so the type and the constructor's check cannot drift apart.
const CODES = [
  'invalid-date',
  'invalid-options',
  'invalid-history',
  'invalid-question-bank',
  'invalid-agenda',
  'invalid-action',
  'invalid-items',
  'invalid-json',
] as const;

/** The kind of problem a {@link OneOnOneError} reports. */
export type OneOnOneErrorCode = (typeof CODES)[number];

/** One problem found while validating input: where it is and what is wrong. */
export interface OneOnOneIssue {
  /** Path to the offending field, e.g. `history[2].date`; `''` for the value itself. */
  readonly path: string;
  readonly message: string;
}

/**
 * The one error type the core throws. Every public function validates what it is given and throws
 * this (never a `TypeError`) with a `code` to branch on and a `path` to the offending field.
 *
 * @example
 * try {
 *   nextFocus([], '2026-02-30');
 * } catch (error) {
 *   if (error instanceof OneOnOneError) console.log(error.code, error.path); // 'invalid-date' 'on'
 * }
 */
export class OneOnOneError extends Error {
  // `declare` keeps these types-only: the constructor assigns them, so no field initialisers ship.
  declare readonly code: OneOnOneErrorCode;
  /** Path to the (first) offending field (`''` for the value itself). */
  declare readonly path: string;
  /**
   * The problems found, when validation reports several at once: the first is `path`, at most ten are
   * listed, and the message counts the rest ("… (and 999 more)").
   */
  declare readonly issues: readonly OneOnOneIssue[];

  /**
   * The message is prefixed with `path`; `issues` defaults to this one problem. Arguments of the wrong
   * kind (an unknown code, a message that is not text) throw a `OneOnOneError('invalid-options')`.
   */
  constructor(
    code: OneOnOneErrorCode,
    message: string,
    path = '',
    issues: readonly OneOnOneIssue[] = [{ path, message }],
  ) {
    // Checked before the message is built: a symbol or a bare object there would throw a TypeError.
    if (
      !CODES.includes(code) ||
      typeof message !== 'string' ||
      typeof path !== 'string' ||
      !Array.isArray(issues) ||
      !issues.every((issue) => typeof issue?.path === 'string' && typeof issue.message === 'string')
    )
      throw new OneOnOneError('invalid-options', 'Expected a known code, text and a list of issues');
    super(path ? `${path}: ${message}` : message);
    this.name = 'OneOnOneError';
    this.code = code;
    this.path = path;
    this.issues = issues;
  }
}
