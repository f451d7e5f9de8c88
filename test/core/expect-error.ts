import { OneOnOneError, type OneOnOneErrorCode } from 'one-on-one-kit/core';

/** Runs `run` and checks it threw a `OneOnOneError` with this code and path (never a TypeError). */
export function expectError(run: () => unknown, code: OneOnOneErrorCode, path: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(OneOnOneError);
  expect(caught).toMatchObject({ code, path });
}
