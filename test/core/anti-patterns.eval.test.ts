import { ANTI_PATTERN_IDS, detectAntiPatterns, type AntiPatternId } from 'one-on-one-kit/core';
import { trainingSets } from '../../scripts/lexicon/training';
import type { LabelledAgendaItem } from './fixtures/agenda-items.labelled';
import { sealedAgendaItems } from './fixtures/agenda-items.sealed';
import { sealedTwoAgendaItems } from './fixtures/agenda-items.sealed-2';
import { sealedThreeAgendaItems } from './fixtures/agenda-items.sealed-3';
import { sealedFourAgendaItems } from './fixtures/agenda-items.sealed-4';
import { sealedFiveAgendaItems } from './fixtures/agenda-items.sealed-5';
import { sealedSixAgendaItems } from './fixtures/agenda-items.sealed-6';
import { sealedSevenAgendaItems } from './fixtures/agenda-items.sealed-7';
import { sealedEightAgendaItems } from './fixtures/agenda-items.sealed-8';
import { sealedNineAgendaItems } from './fixtures/agenda-items.sealed-9';
import { sealedTenAgendaItems } from './fixtures/agenda-items.sealed-10';

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

interface Scores {
  perPattern: Record<AntiPatternId, { precision: number; recall: number; f1: number; support: number }>;
  macroF1: number;
  healthyFlagged: number;
  healthy: number;
  /** Macro-F1 per occupation, for sets that say who wrote each item. */
  perOccupation: Record<string, number>;
}

const f1Of = ({ truePositives, falsePositives, falseNegatives }: Counts) => {
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
};

// Macro-F1 over the patterns, from found and wanted labels of a list of items.
function macroF1(items: readonly { found: Set<string>; wanted: readonly string[] }[]) {
  const perPattern = {} as Scores['perPattern'];
  for (const id of ANTI_PATTERN_IDS) {
    const counts: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    for (const { found, wanted } of items) {
      if (found.has(id) && wanted.includes(id)) counts.truePositives++;
      else if (found.has(id)) counts.falsePositives++;
      else if (wanted.includes(id)) counts.falseNegatives++;
    }
    perPattern[id] = { ...f1Of(counts), support: counts.truePositives + counts.falseNegatives };
  }
  return {
    perPattern,
    macroF1: ANTI_PATTERN_IDS.reduce((sum, id) => sum + perPattern[id].f1, 0) / ANTI_PATTERN_IDS.length,
  };
}

function evaluate(set: readonly LabelledAgendaItem[]): Scores {
  const found = set.map(() => new Set<string>());
  for (const finding of detectAntiPatterns(set.map(([text], index) => ({ id: String(index), text })))) {
    found[Number(finding.itemId)]!.add(finding.pattern);
  }
  const items = set.map(([, wanted], index) => ({ found: found[index]!, wanted }));
  const byOccupation = new Map<string, typeof items>();
  set.forEach(([, , source], index) => {
    if (source)
      byOccupation.set(source.occupation, [...(byOccupation.get(source.occupation) ?? []), items[index]!]);
  });
  const healthy = items.filter(({ wanted }) => wanted.length === 0);
  return {
    ...macroF1(items),
    healthyFlagged: healthy.filter(({ found: flags }) => flags.size > 0).length,
    healthy: healthy.length,
    perOccupation: Object.fromEntries([...byOccupation].map(([name, list]) => [name, macroF1(list).macroF1])),
  };
}

function printTable(name: string, scores: Scores): void {
  const rows = ANTI_PATTERN_IDS.map((id) => {
    const { precision, recall, f1, support } = scores.perPattern[id];
    return `${id.padEnd(28)} ${precision.toFixed(3)}  ${recall.toFixed(3)}  ${f1.toFixed(3)}  ${String(support).padStart(4)}`;
  });
  const occupations = Object.entries(scores.perOccupation).map(
    ([occupation, f1]) => `  ${occupation.padEnd(28)} ${f1.toFixed(3)}`,
  );
  const rate = scores.healthyFlagged / scores.healthy;
  console.log(
    [
      `\n${name}`,
      `${'pattern'.padEnd(28)} prec.  recall F1     n`,
      ...rows,
      `macro-F1 ${scores.macroF1.toFixed(3)}; healthy flagged ${scores.healthyFlagged}/${scores.healthy} (${(rate * 100).toFixed(1)}%)`,
      ...(occupations.length ? ['macro-F1 by occupation', ...occupations] : []),
    ].join('\n'),
  );
}

describe('anti-pattern detection quality', () => {
  it('has training data written blind across occupations, by both authors, with hard cases', () => {
    // Every set written blind across occupations: training-a, training-b, …
    const blind = Object.entries(trainingSets)
      .filter(([name]) => name.startsWith('training-'))
      .flatMap(([, set]) => set);
    expect(blind.length).toBeGreaterThanOrEqual(2800);
    expect(new Set(blind.map(([, , source]) => source?.occupation)).size).toBeGreaterThanOrEqual(15);
    for (const author of ['report', 'manager']) {
      expect(
        blind.filter(([, , source]) => source?.author === author).length / blind.length,
      ).toBeGreaterThanOrEqual(0.35);
    }
    for (const id of [...ANTI_PATTERN_IDS, null]) {
      const withLabel = blind.filter(([, labels]) => (id ? labels.includes(id) : labels.length === 0));
      expect(
        withLabel.filter(([, , source]) => source?.hard).length / withLabel.length,
      ).toBeGreaterThanOrEqual(0.3);
    }
  });

  // The weights are fitted on these sets: the scores guard against regressions, they do not
  // measure how detection does on new text (the sealed sets below do).
  it.each(Object.entries(trainingSets).map(([name, set]) => ({ name, set })))(
    'guards against regressions on the $name training set: macro-F1 ≥ 0.85, at most 5% of healthy flagged',
    ({ name, set }) => {
      const scores = evaluate(set);
      printTable(`${name} set (training data)`, scores);
      expect(scores.macroF1).toBeGreaterThanOrEqual(0.85);
      expect(scores.healthyFlagged / scores.healthy).toBeLessThanOrEqual(0.05);
    },
  );

  // The sets nothing was tuned or fitted on: the honest estimate of accuracy on new text. Each was
  // measured once, when a design was final (its header records the scores); the floors here are the
  // shipped weights' scores rounded down, and the ceilings on healthy items flagged those counts, so a
  // change can only keep or better them. The bars are macro-F1 ≥ 0.90 on the cross-occupation sets
  // (sealed-3 to -10) and ≥ 0.92 on the older two, at most 5% of healthy items flagged (README,
  // Measured). sealed-9 was first run with these weights; sealed-10 with the weights before them, which
  // were fitted in an order that depended on the items' positions (0.936, 1 flagged, now 0.923 and 2).
  // Fitted in an order fixed by the items' texts, the same settings score within a fit's noise on the
  // held-out training folds, and on the consumed sealed sets sealed 0.869 → 0.859, sealed-2 0.868 →
  // 0.884 (7 → 8 flagged), sealed-7 3 → 4 flagged, sealed-8 7 → 5 and sealed-3 and -6 one fewer
  // flagged; every other macro-F1 within 0.002.
  it.each([
    { name: 'sealed', set: sealedAgendaItems, floor: 0.85, flagged: 7 },
    { name: 'sealed-2', set: sealedTwoAgendaItems, floor: 0.88, flagged: 8 },
    { name: 'sealed-3', set: sealedThreeAgendaItems, floor: 0.92, flagged: 1 },
    { name: 'sealed-4', set: sealedFourAgendaItems, floor: 0.9, flagged: 0 },
    { name: 'sealed-5', set: sealedFiveAgendaItems, floor: 0.87, flagged: 4 },
    { name: 'sealed-6', set: sealedSixAgendaItems, floor: 0.96, flagged: 3 },
    { name: 'sealed-7', set: sealedSevenAgendaItems, floor: 0.93, flagged: 4 },
    { name: 'sealed-8', set: sealedEightAgendaItems, floor: 0.9, flagged: 5 },
    { name: 'sealed-9', set: sealedNineAgendaItems, floor: 0.92, flagged: 4 },
    { name: 'sealed-10', set: sealedTenAgendaItems, floor: 0.92, flagged: 2 },
  ])('[sealed] holds the $name set to its measured floor', ({ name, set, floor, flagged }) => {
    const scores = evaluate(set);
    printTable(`${name} set (sealed: never tuned or fitted on)`, scores);
    expect(scores.macroF1).toBeGreaterThanOrEqual(floor);
    expect(scores.healthyFlagged).toBeLessThanOrEqual(flagged);
  });
});
