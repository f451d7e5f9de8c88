/** The three ways a 1:1 slides away from the person: ids are part of the public contract. */
export type AntiPatternId = 'status-update' | 'technical-deep-dive' | 'stealth-performance-review';

/** One anti-pattern of the method, explained for a manager. */
export interface AntiPattern {
  readonly id: AntiPatternId;
  /** A short name, e.g. "Status update". */
  readonly title: string;
  /** What it looks like in a 1:1. */
  readonly what: string;
  /** Why it costs the person their meeting. */
  readonly why: string;
}

/** Anything with an id and the text someone typed, e.g. an `AgendaItem`. */
export interface AntiPatternItem {
  readonly id: string;
  readonly text: string;
}

/** The words that made a rule fire: `item.text.slice(start, end) === text`. */
export interface AntiPatternEvidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One anti-pattern seen in one item, with every span that fired and a reframe to use instead. */
export interface AntiPatternFinding {
  readonly pattern: AntiPatternId;
  readonly itemId: string;
  /** Sorted by `start`, never overlapping. */
  readonly evidence: readonly AntiPatternEvidence[];
  /** What the manager could ask or do instead, on the spot. */
  readonly suggestion: string;
}

/**
 * The cues of one anti-pattern in one language. `sure`, `strong` and `weak` entries are regular-expression
 * sources for whole words, matched case-insensitively, never inside a longer word; they must start with a
 * word character (put anything else in `exact`) and use non-capturing groups. An apostrophe outside a
 * character class is optional in the text, since typed text often drops it (`haven't` also finds
 * "havent"). An item's cue weights add up and the pattern fires at 2; a cue inside a growth or feeling
 * frame counts half. Where cues of two patterns overlap, the lighter one yields (the words take the
 * clearer sense).
 */
export interface AntiPatternCues {
  /** Weight 4: unmistakable even when the person frames it as growth (e.g. "your output"). */
  readonly sure?: readonly string[];
  /** Weight 2: enough alone (e.g. "ETA", "stack trace", "rating for this quarter"). */
  readonly strong?: readonly string[];
  /** Weight 1: ambiguous phrases that need a second cue in the item (e.g. "take a look"). */
  readonly weak?: readonly string[];
  /**
   * Weight 1 words, lower case, separated by spaces (e.g. `'bug crash* deploy with+me'`): the endings
   * s, es, ed, d and ing are added, a trailing `*` (after three letters or more) takes any ending, and
   * `+` joins a pair of words.
   */
  readonly words?: string;
  /** Weight 2, matched case-sensitively (e.g. ticket ids like `PAY-1234`). */
  readonly exact?: readonly string[];
}

/**
 * Word weights fitted on labelled agenda items (logistic regression, one model per pattern), as plain
 * data. They catch what no phrase rule names yet: the weights add up sentence by sentence, and the
 * pattern fires when `bias` plus the weights of one sentence's words passes 0. A word is lower-cased, its apostrophes dropped,
 * a number reads as `0`, and one of `endings` is cut off when three letters or more remain, then it is
 * cut to `stemLength` letters ("tickets" → `ticket`, "debugging" → `debugg`).
 */
export interface AntiPatternLexicon {
  /** A regular-expression source for the endings cut off a word, e.g. `ing|ed|es|s`. */
  readonly endings: string;
  /** Stems are cut to this many letters. */
  readonly stemLength: number;
  /**
   * Below this score an item reads as clearly healthy for a pattern, and that pattern's cues are not
   * scanned at all: most items stop here, which is what keeps detection fast. `-Infinity` scans always.
   */
  readonly floor: number;
  /** Per pattern: a negative bias and the stems grouped by weight, e.g. `'-1.3:career,learn 2.4:eta,ticket'`. */
  readonly weights: { readonly [id in AntiPatternId]: { readonly bias: number; readonly words: string } };
}

/**
 * A language's rules, as plain data: pass another one in `options.rules` to detect in another
 * language. All entries are regular-expression sources; see {@link AntiPatternCues} for the scoring.
 */
export interface AntiPatternRuleSet {
  readonly patterns: { readonly [id in AntiPatternId]: AntiPatternCues };
  /**
   * Growth and feeling frames ("I want to learn", "stressed about", "career"): cues in their clause count
   * half. Like cues, frames and negations start with a word character and match whole words.
   */
  readonly frames: readonly string[];
  /** Negators that cancel a cue they come just before ("not a", "instead of"), up to five filler words apart. */
  readonly negations: readonly string[];
  /** Filler words allowed between a negator and its cue ("a", "the", "just"). */
  readonly fillers: readonly string[];
  /** Where a clause ends (sentence punctuation, "but", "also"): frames and negations reach no further. */
  readonly breaks: string;
  /**
   * Fitted word weights that fire a pattern on their own, next to the cues: a finding then names the
   * words that weigh most. Leave it out to detect by the cues alone, and leave it out (or fit your own)
   * when you replace the cues: its `floor` decides which items the cues are read in.
   */
  readonly lexicon?: AntiPatternLexicon;
  /** The default reframe for each pattern. */
  readonly suggestions: { readonly [id in AntiPatternId]: string };
}

/** Options for {@link detectAntiPatterns}. Cached by object identity: reuse one object, do not mutate it. */
export interface DetectAntiPatternsOptions {
  /** Turn a pattern off with `false`. */
  readonly patterns?: { readonly [id in AntiPatternId]?: boolean };
  /**
   * Extra strong cues per pattern, as plain text (not regex), e.g. a host's ticket prefix `'ACME-'`
   * (a trailing `-` or `#` matches the number after it) or tool names `'Linear'`.
   */
  readonly extraTerms?: { readonly [id in AntiPatternId]?: readonly string[] };
  /** Replace the reframe shown for a pattern. */
  readonly suggestions?: { readonly [id in AntiPatternId]?: string };
  /** Another language's rules; defaults to `englishRules`. */
  readonly rules?: AntiPatternRuleSet;
}
