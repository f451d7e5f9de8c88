// Stage 4 of detection: a unit's features in order (each word, then the phrases and word pairs
// starting at it), with negations applied, written once into a reading. Weighing, evidence and the
// script that fits the weights all read that one list, so what is fitted is exactly what is weighed.

import { findPhrases, NEGATION, type Phrase } from './phrases';
import type { Tokens } from './tokenize';
import type { Word } from './words';

/** Something that weighs: a word or a phrase. */
export type Feature = Word | Phrase;

/**
 * A unit's features as parallel arrays, reused from unit to unit: feature `i` spans tokens `first[i]`
 * to `last[i]`.
 */
export interface Reading {
  length: number;
  readonly features: Feature[];
  readonly first: number[];
  readonly last: number[];
}

export const createReading = (): Reading => ({ length: 0, features: [], first: [], last: [] });

// The phrases found at one word, reused (no walk starts inside another).
const phrases: Phrase[] = [];
const lasts: number[] = [];

function add(reading: Reading, feature: Feature, first: number, last: number): void {
  const at = reading.length++;
  reading.features[at] = feature;
  reading.first[at] = first;
  reading.last[at] = last;
}

/**
 * Reads the features of `tokens` into `reading`, where `words[i]` is what token `i` counts as. After a
 * negation, the next `reach` words of its clause (filler words between them not counted), and the
 * phrases starting at them, do not count. Features that weigh nothing are left out unless `all` (the
 * fit reads every one).
 */
export function readFeatures(
  reach: number,
  tokens: Tokens,
  words: readonly Word[],
  reading: Reading,
  all = false,
): void {
  reading.length = 0;
  let negated = 0;
  for (let at = 0; at < tokens.length; at++) {
    const word = words[at]!;
    // A negation reaches from the word after it: stored negative until then.
    if (negated < 0 && at >= -negated) negated = reach;
    if (word.breaks) negated = 0;
    else if (negated > 0 && word.isWord) {
      if (!word.filler) negated--;
      continue;
    }
    if (all || word.weights) add(reading, word, at, at);
    // A weighed pair of neighbouring words (`stem_stem`) this word starts. (The fit reads every pair
    // from the words it is given: see `featuresOf` in scripts/lexicon/fit.ts.)
    if (word.pairs !== null) {
      const end = at + 1 < tokens.length ? words[at + 1]!.pairEnd : -1;
      const pair = end >= 0 ? word.pairs[end] : undefined;
      if (pair) add(reading, pair, at, at + 1);
    }
    if (word.roots.length) {
      const found = findPhrases(words, at, tokens.length, phrases, lasts);
      for (let index = 0; index < found; index++) {
        const phrase = phrases[index]!;
        if (phrase.kind === NEGATION) negated = -(lasts[index]! + 1);
        else if (all || phrase.weights) add(reading, phrase, at, lasts[index]!);
      }
    }
  }
}
