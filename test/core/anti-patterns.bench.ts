import { bench, describe } from 'vitest';
import { detectAntiPatterns } from 'one-on-one-kit/core';
import { holdoutAgendaItems } from './fixtures/agenda-items.holdout';
import { labelledAgendaItems } from './fixtures/agenda-items.labelled';
import { sealedAgendaItems } from './fixtures/agenda-items.sealed';
import { sealedTwoAgendaItems } from './fixtures/agenda-items.sealed-2';

// 10,000 real-looking agenda items, cycled and each made unique: the labelled and holdout texts (43
// characters on average), and the sealed sets' longer, wordier ones (72 on average).
const tenThousand = (texts: readonly string[]) =>
  Array.from({ length: 10_000 }, (_, index) => ({
    id: `item-${index}`,
    text: `${texts[index % texts.length]} (${index})`,
  }));
const texts = [...labelledAgendaItems, ...holdoutAgendaItems].map(([text]) => text);
const items = tenThousand(texts);
const longer = tenThousand([...sealedAgendaItems, ...sealedTwoAgendaItems].map(([text]) => text));

// The bench only means something if the data is realistic: a mix of healthy and flagged items.
for (const set of [items, longer]) {
  const flagged = new Set(detectAntiPatterns(set).map((finding) => finding.itemId)).size;
  if (flagged < 4_000 || flagged > 7_000)
    throw new Error(`Unrealistic bench data: ${flagged} of 10,000 flagged`);
}

// Warmed up first, so the numbers are the steady state a long-lived page sees, not the engine's first
// compile of the expressions.
const steady = { warmupIterations: 10, iterations: 60 };

describe('detectAntiPatterns', () => {
  bench(
    '10,000 agenda items',
    () => {
      detectAntiPatterns(items);
    },
    steady,
  );

  bench(
    '10,000 longer agenda items',
    () => {
      detectAntiPatterns(longer);
    },
    steady,
  );

  bench('one 100 kB item', () => {
    detectAntiPatterns([{ id: 'long', text: texts.join('. ').repeat(4).slice(0, 100_000) }]);
  });
});
