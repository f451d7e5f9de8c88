// Stage 5 of detection: each pattern's weights added up over a unit. An item's score for a pattern is
// its best unit's (see `detectAntiPatterns`).

import type { Reading } from './features';

/** Writes each pattern row's score for the unit in `reading` to `sums`: its bias plus every feature's weight. */
export function weigh(bias: readonly number[], reading: Reading, sums: number[]): void {
  const rows = bias.length;
  const { features } = reading;
  for (let row = 0; row < rows; row++) sums[row] = bias[row]!;
  for (let at = 0; at < reading.length; at++) {
    const weights = features[at]!.weights;
    if (weights) for (let row = 0; row < rows; row++) sums[row]! += weights[row]!;
  }
}
