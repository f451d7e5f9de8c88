// Stage 3 of detection: phrase cues as word sequences in a trie keyed by stems and classes. From each
// word, the walk follows at most as many words as the longest phrase, so matching stays linear.

import type { Word } from './words';

/** A phrase cue: adds its weights like a word. */
export const CUE = 0;
/** A negation: cancels the words after it in its clause. */
export const NEGATION = 1;
/** A host's term: fires its pattern on its own. */
export const TERM = 2;

export interface Phrase {
  readonly kind: number;
  /** Its feature name (`+name`), as a word's labels are its features. */
  readonly labels: readonly string[];
  /** Its weight per pattern; for a term, `Infinity` for its pattern. */
  readonly weights: readonly number[] | null;
  /** Always true: a phrase that weighs is evidence. */
  readonly shown: true;
  /** Set while walking, so a phrase reached by two paths (a stem and its class) counts once. */
  seen: number;
}

export interface PhraseNode {
  readonly next: Map<string, PhraseNode>;
  readonly ends: Phrase[];
}

export const createNode = (): PhraseNode => ({ next: new Map(), ends: [] });

/** The longest sequence a phrase may have: it bounds the walk from each word. */
export const MAX_PHRASE_WORDS = 12;
/** The most sequences one phrase may expand to (alternatives and optional words multiply). */
export const MAX_SEQUENCES = 4096;

/** Adds each of `sequences` (labels per word) to the trie under `root`, ending in `phrase`. */
export function addSequences(
  root: PhraseNode,
  sequences: readonly (readonly string[])[],
  phrase: Phrase,
): void {
  for (const sequence of sequences) {
    let node = root;
    for (const label of sequence) {
      let child = node.next.get(label);
      if (!child) node.next.set(label, (child = createNode()));
      node = child;
    }
    if (!node.ends.includes(phrase)) node.ends.push(phrase);
  }
}

let stamp = 0;
// The walk's nodes, two arrays used in turn and reused from walk to walk (a walk never starts inside
// another).
const current: PhraseNode[] = [];
const next: PhraseNode[] = [];

/**
 * Finds the phrases that start at word `from` and end before `to`, each once per end: writes them to
 * `phrases` and the index of each one's last word to `lasts`, and gives how many there are. `words[i]`
 * is what token `i` counts as; the walk starts from `words[from].roots`.
 */
export function findPhrases(
  words: readonly Word[],
  from: number,
  to: number,
  phrases: Phrase[],
  lasts: number[],
): number {
  let found = 0;
  let step: readonly PhraseNode[] = words[from]!.roots;
  for (let at = from; ;) {
    stamp++;
    for (const node of step) {
      for (const phrase of node.ends) {
        if (phrase.seen === stamp) continue;
        phrase.seen = stamp;
        phrases[found] = phrase;
        lasts[found++] = at;
      }
    }
    if (++at >= to || !step.length) return found;
    const word = words[at]!;
    const nodes = step === next ? current : next;
    nodes.length = 0;
    for (const node of step) {
      for (const label of word.labels) {
        const child = node.next.get(label);
        if (child) nodes.push(child);
      }
      const any = word.isWord && node.next.get('*');
      if (any) nodes.push(any);
    }
    step = nodes;
  }
}
