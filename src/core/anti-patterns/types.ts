import type { AntiPatternId } from './ids';

export type { AntiPatternId } from './ids';

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

/** The words that made a pattern fire: `item.text.slice(start, end) === text`. */
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
 * How a language's words are read before anything is weighed. A word is lower-cased, its apostrophes
 * dropped ("Don't" → `dont`), an alias replaced, the longest of `endings` cut off when three letters or
 * more remain, and the rest cut to `stemLength` letters: "Tickets" → `ticket`, "debugging" → `debugg`.
 */
export interface AntiPatternWords {
  /** Spellings read as another word, as `from=to` pairs separated by spaces: `'thru=through w/=with ur=your'`. */
  readonly aliases: string;
  /** Endings cut off a word, separated by spaces: `'ing ed es s'`. */
  readonly endings: string;
  /** The most letters a stem keeps, from 1 to 64. */
  readonly stemLength: number;
}

/**
 * Per pattern, its bias and the weights of its features, grouped by weight:
 * `'-1.3:career,learn 2.4:eta,ticket,+walk-through,your_ticket'`. A feature is a stem, `@class` (any word
 * of a class), `+phrase` (a phrase cue), `stem_stem` (two words next to each other, written as the
 * rules stem them: `your_ticket` is "your tickets"), `#` (a ticket id), `0` (a number) or `?` (a
 * question mark).
 */
export interface AntiPatternWeights {
  readonly bias: number;
  readonly words: string;
}

/**
 * A language's rules, as plain data (no regular expressions): pass another one in `options.rules` to
 * detect in another language. Detection reads an item's tokens once: each word's stem and classes,
 * the phrases that start at it, and whether a negation reaches it. A pattern fires when, in one unit
 * (an item, or a few sentences of a long text), its `bias` plus the weights of every feature passes
 * 0; the finding's evidence is the words and phrases that weighed most for it.
 */
export interface AntiPatternRuleSet {
  readonly words: AntiPatternWords;
  /**
   * Named lists of words (stems are read like the text's), e.g. `{ state: 'done ready sent signed' }`.
   * A word's classes are features of their own (`@state`), so a word no one weighed still counts
   * through its class; phrases name them too.
   */
  readonly classes: { readonly [name: string]: string };
  /**
   * Named phrase cues, each a word sequence. Words are separated by spaces and matched by stem
   * (`tickets` finds "ticket"); `a|b` takes either, `[a]` is optional, `@class` takes any word of a
   * class, `*` any one word, `#` a ticket id, `0` a number, `?` a question mark. Several sequences may
   * share a name when separated by `, `. E.g. `{ 'walk-through': 'go|walk [me] over|through @work' }`.
   */
  readonly phrases: { readonly [name: string]: string };
  /**
   * Words and word sequences that cancel what follows them in their clause ("not", "instead of"),
   * separated by `, `: the next `reach` words weigh nothing, and no phrase starting there counts.
   */
  readonly negations: string;
  /** How many words after a negation it cancels, not counting fillers. */
  readonly reach: number;
  /** Words a negation reaches past without counting them (e.g. `'a the this to want'`). */
  readonly fillers: string;
  /** Words that end a clause (e.g. `'but however although'`), beside commas, colons and dashes. */
  readonly breaks: string;
  /**
   * The weights of each pattern. The English ones are fitted on labelled agenda items (logistic
   * regression); another language can write its own by hand, e.g. `{ bias: -2, words: '2:ticketstatus' }`.
   */
  readonly weights: { readonly [id in AntiPatternId]: AntiPatternWeights };
  /** The default reframe for each pattern. */
  readonly suggestions: { readonly [id in AntiPatternId]: string };
}

/** Options for {@link detectAntiPatterns}. Cached by object identity: reuse one object, do not mutate it. */
export interface DetectAntiPatternsOptions {
  /** Turn a pattern off with `false`. */
  readonly patterns?: { readonly [id in AntiPatternId]?: boolean };
  /**
   * A host's own terms per pattern, as plain text (not regex), e.g. a ticket prefix `'ACME-'` (a
   * trailing `-` or `#` matches the number after it) or a tool's name `'Linear'`. A term fires its
   * pattern on its own, unless a negation reaches it.
   */
  readonly extraTerms?: { readonly [id in AntiPatternId]?: readonly string[] };
  /** Replace the reframe shown for a pattern. */
  readonly suggestions?: { readonly [id in AntiPatternId]?: string };
  /** Another language's rules; defaults to `englishRules`. */
  readonly rules?: AntiPatternRuleSet;
}
