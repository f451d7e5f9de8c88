/** The kind of problem a {@link OneOnOneError} reports. */
export type OneOnOneErrorCode =
  | 'invalid-date'
  | 'invalid-options'
  | 'invalid-history'
  | 'invalid-question-bank'
  | 'invalid-agenda'
  | 'invalid-action'
  | 'invalid-items'
  | 'invalid-json';

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
  /** Every problem found, when validation reports several at once (the first is `path`). */
  declare readonly issues: readonly OneOnOneIssue[];

  /** The message is prefixed with `path`; `issues` defaults to this one problem. */
  constructor(
    code: OneOnOneErrorCode,
    message: string,
    path = '',
    issues: readonly OneOnOneIssue[] = [{ path, message }],
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'OneOnOneError';
    this.code = code;
    this.path = path;
    this.issues = issues;
  }
}
