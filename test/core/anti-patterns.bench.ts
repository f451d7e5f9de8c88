import { bench, describe } from 'vitest';
import { detectAntiPatterns } from 'one-on-one-kit/core';
import {
  shortBenchItems as items,
  shortBenchTexts as texts,
  wordyBenchItems as longer,
} from './fixtures/bench-items';

// The bench only means something if the data is realistic: a mix of healthy and flagged items.
for (const set of [items, longer]) {
  const flagged = new Set(detectAntiPatterns(set).map((finding) => finding.itemId)).size;
  if (flagged < 4_000 || flagged > 7_000)
    throw new Error(`Unrealistic bench data: ${flagged} of 10,000 flagged`);
}

// Warmed up first, so the numbers are the steady state a long-lived page sees. The first call in a
// fresh process is timed on its own, in test/core/anti-patterns.speed.test.ts.
const steady = { warmupIterations: 10, iterations: 60 };

describe('detectAntiPatterns', () => {
  bench('10,000 agenda items', () => void detectAntiPatterns(items), steady);
  bench('10,000 longer agenda items', () => void detectAntiPatterns(longer), steady);
  bench('one 100 kB item', () => {
    detectAntiPatterns([{ id: 'long', text: texts.join('. ').repeat(4).slice(0, 100_000) }]);
  });
});
