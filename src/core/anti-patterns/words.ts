import type { Phrase, PhraseNode } from './phrases';

// Stage 2 of detection: a token's key to what it weighs as (its stem and classes), looked up once per
// distinct key and kept, so an item's words cost one map lookup each.

/** What a token counts as: the features it adds and what phrases may match at it. */
export interface Word {
  /**
   * Its stem, then `@class` for each class it belongs to; `#` for a ticket, `0` for a number, `?` for a
   * question mark; a ticket prefix such as `acme-` too, for host terms. Punctuation that ends a clause
   * has none.
   */
  readonly labels: readonly string[];
  /** The weights of its labels added up, one per pattern, or `null` when none weighs. */
  readonly weights: readonly number[] | null;
  /** Ends a clause: a stop, a pause or a break word such as "but". */
  readonly breaks: boolean;
  /** A filler word ("a", "the", "this"): a negation reaches past it. */
  readonly filler: boolean;
  /** Any word, for a phrase's `*`: not punctuation. */
  readonly isWord: boolean;
  /** Whether it may be shown as evidence: a question mark or a filler word weighs, but shows nothing. */
  readonly shown: boolean;
  /** The phrase trie's nodes one step in from its root at this word: most words have none, and no walk starts. */
  readonly roots: readonly PhraseNode[];
  /**
   * The weighed word pairs it starts, by the `pairEnd` of the word after it (most words: `null`): one
   * array index, no string compared.
   */
  readonly pairs: readonly (Phrase | undefined)[] | null;
  /** The number of its stem when a weighed word pair ends with it, otherwise -1. */
  readonly pairEnd: number;
}

export interface WordSettings {
  readonly aliases: ReadonlyMap<string, string>;
  /** Longest first. */
  readonly endings: readonly string[];
  readonly stemLength: number;
  /** The classes of each stem. */
  readonly classes: ReadonlyMap<string, readonly string[]>;
  readonly breaks: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  /** Weight per pattern row of each feature. */
  readonly weights: ReadonlyMap<string, readonly number[]>;
  /** The phrase trie (see `phrases.ts`). */
  readonly root: PhraseNode;
  /** Every stem a phrase or a word pair names. */
  readonly edges: ReadonlySet<string>;
  /** The weighed word pairs (`stem_stem`), by the first word's stem. */
  readonly pairs: ReadonlyMap<string, readonly (Phrase | undefined)[]>;
  /** The stems that end a weighed word pair, numbered. */
  readonly pairEnds: ReadonlyMap<string, number>;
  /**
   * What every word counts as that weighs nothing, belongs to no class and is named by no phrase
   * (most names and rare words): one shared object, so a stream of new words allocates nothing.
   */
  plain: Word;
}

/** A key's stem: an alias replaced, the longest ending cut off when three letters or more remain, then cut to length. */
export function stemOf(settings: WordSettings, key: string): string {
  let word = settings.aliases.get(key) ?? key;
  for (const ending of settings.endings) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      word = word.slice(0, -ending.length);
      break;
    }
  }
  return word.slice(0, settings.stemLength);
}

/** Each feature's weight per pattern row, from the rows' `'-1.3:career,learn 2.4:eta'` groups (the first group naming a feature wins). */
export function parseWeights(rows: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  rows.forEach((row, index) => {
    for (const group of row.split(/\s+/)) {
      const colon = group.indexOf(':');
      const weight = Number(group.slice(0, colon));
      for (const feature of group.slice(colon + 1).split(',')) {
        const weights = map.get(feature) ?? rows.map(() => 0);
        if (feature && !weights[index]) map.set(feature, ((weights[index] = weight), weights));
      }
    }
  });
  return map;
}

function addWeights(total: number[] | null, weights: readonly number[] | undefined): number[] | null {
  if (!weights) return total;
  if (!total) return [...weights];
  for (let row = 0; row < weights.length; row++) total[row]! += weights[row]!;
  return total;
}

/** The nodes one step on from `node` for a word with these labels (and `*` for any word). */
export function stepFrom(node: PhraseNode, labels: readonly string[], isWord: boolean): PhraseNode[] {
  const nodes: PhraseNode[] = [];
  for (const label of labels) {
    const child = node.next.get(label);
    if (child) nodes.push(child);
  }
  const any = isWord && node.next.get('*');
  if (any) nodes.push(any);
  return nodes;
}

const isSpecial = (settings: WordSettings, stem: string): boolean =>
  settings.breaks.has(stem) || settings.fillers.has(stem) || settings.weights.has(stem);

/** What `key` (a token's key, see `Tokens`) counts as. */
export function wordOf(settings: WordSettings, key: string, every = false): Word {
  const first = key[0];
  if (first === '.' || first === ',')
    return {
      labels: [],
      weights: null,
      breaks: true,
      filler: false,
      isWord: false,
      shown: false,
      roots: [],
      pairs: null,
      pairEnd: -1,
    };
  let labels: string[];
  if (first === '?' || first === '0') labels = [key];
  else if (first === '#') labels = key.length > 1 ? ['#', key.slice(1)] : ['#'];
  else {
    // "acme-78" typed in lower case reads as the word "acme", and as the prefix a host may have named.
    const prefix = key.endsWith('-') ? key : '';
    const stem = stemOf(settings, prefix ? key.slice(0, -1) : key);
    const classes = settings.classes.get(stem);
    // `every` keeps a plain word's stem: the fit reads every word, detection only what weighs.
    if (!every && !prefix && !classes && !settings.edges.has(stem) && !isSpecial(settings, stem))
      return settings.plain;
    labels = [stem, ...(classes ?? []).map((name) => `@${name}`)];
    if (prefix) labels.push(prefix);
  }
  let weights: number[] | null = null;
  for (const label of labels) weights = addWeights(weights, settings.weights.get(label));
  const isWord = first !== '?';
  const filler = settings.fillers.has(labels[0]!);
  return {
    labels,
    weights,
    breaks: !isWord || settings.breaks.has(labels[0]!),
    filler,
    isWord,
    shown: isWord && !filler,
    roots: stepFrom(settings.root, labels, isWord),
    pairs: settings.pairs.get(labels[0]!) ?? null,
    pairEnd: settings.pairEnds.get(labels[0]!) ?? -1,
  };
}
