import { ANTI_PATTERNS, detectAntiPatterns, type AntiPatternId } from 'one-on-one-kit/core';
import { blindAgendaItems } from './fixtures/agenda-items.blind';
import { unseenAgendaItems } from './fixtures/agenda-items.unseen';
import { freshAgendaItems } from './fixtures/agenda-items.fresh';
import { laterAgendaItems } from './fixtures/agenda-items.later';
import { finalAgendaItems } from './fixtures/agenda-items.final';
import { mixedJobsAgendaItems } from './fixtures/agenda-items.mixed-jobs';
import { sealedAgendaItems } from './fixtures/agenda-items.sealed';
import { sealedTwoAgendaItems } from './fixtures/agenda-items.sealed-2';
import { softwareAgendaItems } from './fixtures/agenda-items.software';
import { writtenAgendaItems } from './fixtures/agenda-items.written';
import { devAgendaItems } from './fixtures/agenda-items.dev';
import { holdoutAgendaItems } from './fixtures/agenda-items.holdout';
import { labelledAgendaItems, type LabelledAgendaItem } from './fixtures/agenda-items.labelled';

interface Scores {
  perPattern: Record<AntiPatternId, { precision: number; recall: number; f1: number; support: number }>;
  macroF1: number;
  healthyFlagged: number;
  healthy: number;
}

function evaluate(set: readonly LabelledAgendaItem[]): Scores {
  const findings = detectAntiPatterns(set.map(([text], index) => ({ id: String(index), text })));
  const seen = new Set(findings.map((finding) => `${finding.itemId}:${finding.pattern}`));
  const perPattern = {} as Scores['perPattern'];
  for (const { id } of ANTI_PATTERNS) {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    set.forEach(([, labels], index) => {
      const found = seen.has(`${index}:${id}`);
      const wanted = labels.includes(id);
      if (found && wanted) truePositives++;
      else if (found) falsePositives++;
      else if (wanted) falseNegatives++;
    });
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const recall = truePositives / Math.max(1, truePositives + falseNegatives);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perPattern[id] = { precision, recall, f1, support: truePositives + falseNegatives };
  }
  const flagged = new Set(findings.map((finding) => finding.itemId));
  const healthyIndexes = set.flatMap(([, labels], index) => (labels.length === 0 ? [index] : []));
  return {
    perPattern,
    macroF1: ANTI_PATTERNS.reduce((sum, { id }) => sum + perPattern[id].f1, 0) / ANTI_PATTERNS.length,
    healthyFlagged: healthyIndexes.filter((index) => flagged.has(String(index))).length,
    healthy: healthyIndexes.length,
  };
}

function printTable(name: string, scores: Scores): void {
  const rows = ANTI_PATTERNS.map(({ id }) => {
    const { precision, recall, f1, support } = scores.perPattern[id];
    return `${id.padEnd(28)} ${precision.toFixed(3)}  ${recall.toFixed(3)}  ${f1.toFixed(3)}  ${String(support).padStart(4)}`;
  });
  const rate = scores.healthyFlagged / scores.healthy;
  console.log(
    [
      `\n${name}`,
      `${'pattern'.padEnd(28)} prec.  recall F1     n`,
      ...rows,
      `macro-F1 ${scores.macroF1.toFixed(3)}; healthy flagged ${scores.healthyFlagged}/${scores.healthy} (${(rate * 100).toFixed(1)}%)`,
    ].join('\n'),
  );
}

describe('anti-pattern detection quality', () => {
  it('has a labelled set large and varied enough to mean something', () => {
    expect(labelledAgendaItems.length).toBeGreaterThanOrEqual(220);
    expect(labelledAgendaItems.filter(([, labels]) => labels.length === 0).length).toBeGreaterThanOrEqual(
      100,
    );
    for (const { id } of ANTI_PATTERNS) {
      expect(labelledAgendaItems.filter(([, labels]) => labels.includes(id)).length).toBeGreaterThanOrEqual(
        35,
      );
    }
    expect(holdoutAgendaItems.length).toBeGreaterThanOrEqual(90);
    const seen = new Set(labelledAgendaItems.map(([text]) => text.toLowerCase()));
    expect(holdoutAgendaItems.filter(([text]) => seen.has(text.toLowerCase()))).toEqual([]);
  });

  it('reaches macro-F1 ≥ 0.9 and flags at most 5% of healthy items on the labelled set', () => {
    const scores = evaluate(labelledAgendaItems);
    printTable('labelled set', scores);
    expect(scores.macroF1).toBeGreaterThanOrEqual(0.9);
    expect(scores.healthyFlagged / scores.healthy).toBeLessThanOrEqual(0.05);
  });

  // Each blind set was measured while unseen (the numbers are in its header), then tuned or fitted on:
  // what it measured is kept in its header, and here it guards against regressions.
  it.each([
    { name: 'holdout', set: holdoutAgendaItems },
    { name: 'dev', set: devAgendaItems },
    { name: 'blind', set: blindAgendaItems },
    { name: 'unseen', set: unseenAgendaItems },
    { name: 'fresh', set: freshAgendaItems },
    { name: 'later', set: laterAgendaItems },
    { name: 'final', set: finalAgendaItems },
    { name: 'mixed-jobs', set: mixedJobsAgendaItems },
    { name: 'software', set: softwareAgendaItems },
    { name: 'written', set: writtenAgendaItems },
  ])('reaches macro-F1 ≥ 0.85 and flags at most 8% of healthy items on the $name set', ({ name, set }) => {
    const scores = evaluate(set);
    printTable(`${name} set`, scores);
    expect(scores.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(scores.healthyFlagged / scores.healthy).toBeLessThanOrEqual(0.08);
  });

  // The sets nothing was tuned or fitted on: the honest estimate of accuracy on new text, held to
  // the kit's bar (README, "Measured"). `sealed` measured 0.918 when it was added (6 of 100 healthy flagged; the phrase rules
  // alone 0.806), 0.927 and 5 of 100 now; `sealed-2` measured 0.900 (4 of 100; rules alone 0.769), 0.902
  // and 3 of 100 now. Tuning on them would end their use as a measure: the next change is
  // checked on a newly written blind set instead.
  it.each([
    { name: 'sealed', set: sealedAgendaItems },
    { name: 'sealed-2', set: sealedTwoAgendaItems },
  ])('reaches the bar for unseen text, macro-F1 ≥ 0.85, on the $name set', ({ name, set }) => {
    const scores = evaluate(set);
    printTable(`${name} set (never tuned or fitted on)`, scores);
    expect(scores.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(scores.healthyFlagged / scores.healthy).toBeLessThanOrEqual(0.08);
    for (const { id } of ANTI_PATTERNS) expect(scores.perPattern[id].precision).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps the dev set fresh: other roles, near-misses and no repeats of the other sets', () => {
    expect(devAgendaItems.length).toBeGreaterThanOrEqual(150);
    expect(devAgendaItems.filter(([, labels]) => labels.length === 0).length).toBeGreaterThanOrEqual(50);
    for (const { id } of ANTI_PATTERNS) {
      expect(devAgendaItems.filter(([, labels]) => labels.includes(id)).length).toBeGreaterThanOrEqual(28);
    }
    const seen = new Set([...labelledAgendaItems, ...holdoutAgendaItems].map(([text]) => text.toLowerCase()));
    expect(devAgendaItems.filter(([text]) => seen.has(text.toLowerCase()))).toEqual([]);
  });
});
