// Runs one fuzz case: calls the core with the clock trapped, and holds the outcome to the promise.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { OneOnOneErrorCode } from 'one-on-one-kit/core';
import type { CoreModule } from './values';

// The documented codes. `satisfies` keeps this list and the public type the same set.
const CODES = {
  'invalid-date': true,
  'invalid-options': true,
  'invalid-history': true,
  'invalid-question-bank': true,
  'invalid-agenda': true,
  'invalid-action': true,
  'invalid-items': true,
  'invalid-json': true,
} as const satisfies Record<OneOnOneErrorCode, true>;
export const DOCUMENTED_CODES = Object.keys(CODES) as OneOnOneErrorCode[];

/** Cases run so far, across every property of the suite (printed at the end). */
export const counter = { cases: 0, results: 0, errors: 0, huge: 0 };

const RealDate = Date;
const clockRead = (how: string) => new Error(`The core read the clock: ${how}`);
// A Date that works as the core uses it (with an argument) and refuses to tell the time.
class TrappedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (!args.length) throw clockRead('new Date()');
    super(...(args as [number]));
  }
  static override now(): number {
    throw clockRead('Date.now()');
  }
}

/** Runs `run` with the clock and the random generator unavailable, as the core promises it needs neither. */
function withoutClock<T>(run: () => T): T {
  const random = Math.random;
  globalThis.Date = TrappedDate as DateConstructor;
  Math.random = () => {
    throw clockRead('Math.random()');
  };
  try {
    return run();
  } finally {
    globalThis.Date = RealDate;
    Math.random = random;
  }
}

export type Outcome =
  { ok: true; value: unknown } | { ok: false; error: InstanceType<CoreModule['OneOnOneError']> };

/** Calls the core; a throw that is not a `OneOnOneError` with a documented code fails the case. */
export function call(core: CoreModule, run: () => unknown): Outcome {
  try {
    return { ok: true, value: withoutClock(run) };
  } catch (error) {
    if (!(error instanceof core.OneOnOneError)) {
      throw new Error(
        `Not a OneOnOneError: ${error instanceof Error ? `${error.name}: ${error.message}` : fc.stringify(error)}`,
      );
    }
    expect(DOCUMENTED_CODES).toContain(error.code);
    expect(typeof error.path).toBe('string');
    expect(typeof error.message).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    // Bounded: the first few problems in full, never one entry per bad input.
    expect(error.issues.length).toBeGreaterThanOrEqual(1);
    expect(error.issues.length).toBeLessThanOrEqual(10);
    expect(error.issues[0]!.path).toBe(error.path);
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(typeof issue.message).toBe('string');
    }
    return { ok: false, error };
  }
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const shape = () => prototypes.map((prototype) => Reflect.ownKeys(prototype).length).join();
const pristine = shape();

/** What an outcome says, for comparing two runs of the same call. */
const describeOutcome = (outcome: Outcome) =>
  outcome.ok
    ? fc.stringify(outcome.value)
    : `${outcome.error.code} ${outcome.error.path} ${outcome.error.message}`;

/**
 * One case: the call answers with a result that `check` accepts or a documented error, leaves its
 * arguments as they were and every prototype alone, and answers the same the second time.
 */
export function runCase(
  core: CoreModule,
  args: readonly unknown[],
  run: (args: readonly unknown[]) => unknown,
  check: (result: unknown, args: readonly unknown[]) => void,
): void {
  counter.cases += 1;
  const before = fc.stringify(args);
  const first = call(core, () => run(args));
  expect(fc.stringify(args), 'the arguments were changed').toBe(before);
  expect(shape(), 'a prototype was changed').toBe(pristine);
  const second = call(core, () => run(args));
  expect(describeOutcome(second), 'a second call answered differently').toBe(describeOutcome(first));
  if (first.ok) {
    counter.results += 1;
    check(first.value, args);
  } else counter.errors += 1;
}
