// Stage 5 of detection: each pattern's weights added up unit by unit (a few sentences at a time); an
// item's score for a pattern is its best unit's.

import type { Reading } from './features';

/** Per pattern row: the best unit's score, and the features it spans (`from` to `to`, exclusive). */
export interface Weighing {
  readonly best: number[];
  /** Scratch: the running unit's score per row. */
  readonly sums: number[];
  readonly from: number[];
  readonly to: number[];
}

export const createWeighing = (): Weighing => ({ best: [], sums: [], from: [], to: [] });

/** Weighs a reading into `into`; true when some pattern's best unit passes 0. */
export function weigh(bias: readonly number[], reading: Reading, into: Weighing): boolean {
  const rows = bias.length;
  const { best, sums, from, to } = into;
  const { features, ends } = reading;
  for (let row = 0; row < rows; row++) best[row] = -Infinity;
  let unitStart = 0;
  for (let unit = 0; unit < reading.units; unit++) {
    const unitEnd = ends[unit]!;
    for (let row = 0; row < rows; row++) sums[row] = bias[row]!;
    for (let at = unitStart; at < unitEnd; at++) {
      const weights = features[at]!.weights;
      if (weights) for (let row = 0; row < rows; row++) sums[row]! += weights[row]!;
    }
    for (let row = 0; row < rows; row++) {
      if (sums[row]! > best[row]!) {
        best[row] = sums[row]!;
        from[row] = unitStart;
        to[row] = unitEnd;
      }
    }
    unitStart = unitEnd;
  }
  for (let row = 0; row < rows; row++) if (best[row]! > 0) return true;
  return false;
}
