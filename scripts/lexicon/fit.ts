import { eachWord, keyOf, stemmer } from '../../src/core/anti-patterns/lexicon';
import type { AntiPatternId, AntiPatternLexicon } from '../../src/core/anti-patterns/types';

/** How the English lexicon is fitted; changing one changes the committed weights. */
export interface FitSettings {
  readonly endings: string;
  readonly stemLength: number;
  /** L2 penalty per update. */
  readonly l2: number;
  readonly epochs: number;
  /** Weights smaller than this (in absolute value) are left out of the lexicon. */
  readonly prune: number;
  /** Written into the lexicon: below this score a pattern's cues are not scanned. */
  readonly floor: number;
  /** Stems seen in fewer items than this are not fitted at all: one item says little about a word. */
  readonly minCount: number;
}

export const englishFit: FitSettings = {
  endings: 'ing|ed|es|s',
  stemLength: 7,
  l2: 0.01,
  epochs: 30,
  prune: 0.5,
  minCount: 3,
  floor: -1.5,
};

const IDS: readonly AntiPatternId[] = ['status-update', 'technical-deep-dive', 'stealth-performance-review'];

/** The stems of a text, once per word, exactly as detection reads them. */
export function stemsOf(text: string, stem: (key: string) => string): string[] {
  const stems: string[] = [];
  eachWord(text, (_start, _end, word) => stems.push(stem(keyOf(word))));
  return stems;
}

// A fixed linear congruential sequence, so the same items always give the same weights.
function shuffler(seed: number): (order: number[]) => void {
  let state = seed;
  return (order) => {
    for (let i = order.length - 1; i > 0; i--) {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
  };
}

/**
 * Fits one logistic regression per pattern on labelled items, by stochastic gradient descent from a
 * fixed order, and writes the weights in the lexicon's notation (one decimal, small ones pruned,
 * stems grouped by weight).
 */
export function fitLexicon(
  items: readonly (readonly [text: string, labels: readonly AntiPatternId[]])[],
  settings: FitSettings = englishFit,
): AntiPatternLexicon {
  const stem = stemmer(settings.endings, settings.stemLength);
  const counts = new Map<string, number>();
  const all = items.map(([text]) => stemsOf(text, stem));
  for (const stems of all) for (const one of new Set(stems)) counts.set(one, (counts.get(one) ?? 0) + 1);
  const rows = all.map((stems) => stems.filter((one) => (counts.get(one) as number) >= settings.minCount));
  const weights = {} as Record<AntiPatternId, { bias: number; words: string }>;
  for (const id of IDS) {
    const labels = items.map(([, found]) => (found.includes(id) ? 1 : 0));
    const weight = new Map<string, number>();
    let bias = -1;
    let rate = 0.5;
    const shuffle = shuffler(7);
    const order = rows.map((_, index) => index);
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      shuffle(order);
      for (const index of order) {
        const stems = rows[index] as string[];
        let z = bias;
        for (const stem of stems) z += weight.get(stem) ?? 0;
        const gradient = 1 / (1 + Math.exp(-z)) - (labels[index] as number);
        bias -= rate * gradient;
        for (const stem of stems) {
          const value = weight.get(stem) ?? 0;
          weight.set(stem, value - rate * (gradient + settings.l2 * value));
        }
      }
      rate *= 0.9;
    }
    // Stems grouped by their weight, lightest first: "-1.3:career,learn 2.1:backlog,ticket".
    const groups = new Map<number, string[]>();
    for (const [stem, value] of weight) {
      const rounded = Math.round(value * 10) / 10;
      if (Math.abs(rounded) >= settings.prune) groups.set(rounded, [...(groups.get(rounded) ?? []), stem]);
    }
    weights[id] = {
      bias: Math.round(bias * 10) / 10,
      words: [...groups]
        .sort(([a], [b]) => a - b)
        .map(([value, stems]) => `${value}:${stems.sort().join(',')}`)
        .join(' '),
    };
  }
  return { endings: settings.endings, stemLength: settings.stemLength, floor: settings.floor, weights };
}
