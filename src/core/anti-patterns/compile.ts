// Rules and options, checked and built into what the stages read: word settings, a phrase trie and
// weights per pattern. Nothing in a rule set is a regular expression, so no rule can fail to compile
// or run slowly: every problem is a OneOnOneError with the path to the field.

import {
  expectArray,
  expectBoolean,
  expectInteger,
  expectRecord,
  expectString,
  fail,
  isRecord,
  joinPath,
} from '../validate';
import { ANTI_PATTERN_IDS, type AntiPatternId } from './ids';
import {
  addSequences,
  createNode,
  CUE,
  MAX_PHRASE_WORDS,
  MAX_SEQUENCES,
  NEGATION,
  TERM,
  type Phrase,
  type PhraseNode,
} from './phrases';
import { englishRules } from './rules-en';
import { createTokens, keyAt, TICKET, tokenize, WORD, type Tokens } from './tokenize';
import { stepFrom, stemOf, parseWeights, wordOf, type Word, type WordSettings } from './words';

export interface CompiledPattern {
  readonly id: AntiPatternId;
  /** Where its weights sit in a word's weights. */
  readonly row: number;
  readonly suggestion: string;
}

export interface CompiledRules {
  /** How many words after a negation it cancels. */
  readonly reach: number;
  /** Per pattern row. */
  readonly bias: readonly number[];
  /** The patterns turned on, in the order findings report them. */
  readonly patterns: readonly CompiledPattern[];
  readonly settings: WordSettings;
  /** Whether every word keeps its stem (the fit), not only those that weigh (detection). */
  readonly every: boolean;
  /** Every key read so far and what it counts as. */
  readonly words: Map<string, Word>;
  /** What a number and each kind of punctuation count as, by token kind: no lookup for them. */
  readonly byKind: (Word | undefined)[];
  /** The last word seen in each of `RECENT` slots, by its codes: found with no map lookup at all. */
  readonly recentCodes: Int32Array;
  readonly recentCodes2: Int32Array;
  readonly recentWords: Word[];
}

// Every problem in rules or options is this one error code, with the path to the field.
function bad(path: string, expected: string, value: unknown): never {
  return fail('invalid-options', path, expected, value);
}
const text = (value: unknown, path: string, nonEmpty = false): string =>
  expectString(value, 'invalid-options', path, { nonEmpty });
const record = (value: unknown, path: string): Record<string, unknown> =>
  expectRecord(value, 'invalid-options', path);

const NAME = /^[\w-]+$/;
const SPECIAL = new Set(['*', '#', '0', '?']);
// Pure, so a bundle without detection leaves it out.
const scratch = /* @__PURE__ */ createTokens();

// A word written in the rules, keyed as the tokenizer keys it in text ("Don't" → `dont`).
function keyOfWord(word: string, path: string): string {
  // Most are plain lower-case words already: they skip the tokenizer (start-up time).
  if (/^[a-z]+$/.test(word)) return word;
  tokenize(word, scratch);
  if (scratch.length !== 1 || scratch.kind[0] !== WORD || scratch.end[0] !== word.length || scratch.start[0])
    bad(path, 'one word', word);
  return keyAt(word, scratch, 0);
}

const splitWords = (value: unknown, path: string): string[] => text(value, path).split(/\s+/).filter(Boolean);

function readName(name: string, path: string): string {
  if (!NAME.test(name)) bad(path, 'a name of letters, digits, _ and -', name);
  return name;
}

// Word sequences separated by commas, in the phrase syntax of `AntiPatternRuleSet.phrases`, expanded
// into the labels each word must carry.
function readSequences(value: unknown, path: string, labelOf: (word: string) => string): string[][] {
  const source = text(value, path, true);
  const sequences: string[][] = [];
  for (const part of source.split(',')) {
    const slots = part.split(/\s+/).filter(Boolean);
    if (!slots.length || slots.length > MAX_PHRASE_WORDS)
      bad(path, `word sequences of 1 to ${MAX_PHRASE_WORDS} words, separated by commas`, source);
    let expanded: string[][] = [[]];
    let required = false;
    for (const slot of slots) {
      const optional = slot.length > 2 && slot.startsWith('[') && slot.endsWith(']');
      required ||= !optional;
      const labels = (optional ? slot.slice(1, -1) : slot).split('|').map(labelOf);
      const next: string[][] = [];
      for (const sequence of expanded) {
        for (const label of labels) next.push([...sequence, label]);
        if (optional) next.push(sequence);
        if (sequences.length + next.length > MAX_SEQUENCES)
          bad(path, `a phrase of at most ${MAX_SEQUENCES} word sequences`, source);
      }
      expanded = next;
    }
    if (!required) bad(path, 'a sequence with a word that is not optional', part.trim());
    sequences.push(...expanded);
  }
  return sequences;
}

// A weight, then features: `+phrase`, `@class`, or a stem or a pair of two (`go_over`). A literal, so
// a bundle without detection leaves it out.
const GROUP =
  /^-?\d+(?:\.\d+)?:(?:[+@][^:,]+|[^:,_+@]+(?:_[^:,_+@]+)?)(?:,(?:[+@][^:,]+|[^:,_+@]+(?:_[^:,_+@]+)?))*$/;

// One pattern's weights: "value:feature,feature" groups. `known` says whether a `+phrase` or `@class`
// exists.
function readWeights(
  value: unknown,
  path: string,
  known: (name: string) => boolean,
): [bias: number, words: string] {
  const own = record(value, path);
  const bias = own['bias'];
  if (typeof bias !== 'number' || !Number.isFinite(bias))
    bad(joinPath(path, 'bias'), 'a finite number', bias);
  const at = joinPath(path, 'words');
  const words = text(own['words'], at);
  for (const group of words.split(/\s+/)) {
    if (group && !GROUP.test(group)) bad(at, 'groups like "1.5:stem,@class,+phrase"', group);
  }
  for (const [, name = ''] of words.matchAll(/[:,]([+@][^,\s]*)/g)) {
    if (!known(name)) bad(at, 'a +phrase or @class the rules define', name);
  }
  return [bias, words];
}

// Every label a phrase names, so a word no phrase names can be read as the shared plain word.
function collectEdges(node: PhraseNode, edges: Set<string>): void {
  for (const [label, child] of node.next) {
    edges.add(label);
    collectEdges(child, edges);
  }
}

function compileRules(value: unknown, options: Record<string, unknown>, every = false): CompiledRules {
  const at = (...keys: string[]): string => ['options.rules', ...keys].join('.');
  const rules = record(value, at());
  const words = record(rules['words'], at('words'));
  const aliases = new Map<string, string>();
  for (const pair of splitWords(words['aliases'], at('words', 'aliases'))) {
    const [from = '', to, ...rest] = pair.split('=');
    if (to === undefined || rest.length) bad(at('words', 'aliases'), 'pairs like "thru=through"', pair);
    aliases.set(keyOfWord(from, at('words', 'aliases')), keyOfWord(to, at('words', 'aliases')));
  }

  // Names first: the weights may name any class (`@name`) or phrase (`+name`).
  const classRecord = record(rules['classes'], at('classes'));
  const phraseRecord = record(rules['phrases'], at('phrases'));
  const classNames = new Set(Object.keys(classRecord).map((name) => readName(name, at('classes', name))));
  const phraseNames = new Set(Object.keys(phraseRecord).map((name) => readName(name, at('phrases', name))));
  const known = (name: string): boolean => (name[0] === '+' ? phraseNames : classNames).has(name.slice(1));
  const allWeights = record(rules['weights'], at('weights'));
  const read = ANTI_PATTERN_IDS.map((id) => readWeights(allWeights[id], at('weights', id), known));
  const weights = parseWeights(read.map(([, source]) => source));

  const classes = new Map<string, string[]>();
  const settings: WordSettings = {
    aliases,
    endings: splitWords(words['endings'], at('words', 'endings')).sort((a, b) => b.length - a.length),
    stemLength: expectInteger(words['stemLength'], 'invalid-options', at('words', 'stemLength'), 1, 64),
    classes,
    breaks: new Set(),
    fillers: new Set(),
    weights,
    root: createNode(),
    edges: new Set(),
    pairs: new Map(),
    pairEnds: new Map(),
    plain: {
      labels: [],
      weights: null,
      breaks: false,
      filler: false,
      isWord: true,
      shown: true,
      roots: [],
      pairs: null,
      pairEnd: -1,
    },
  };
  const stemOfWord = (word: string, path: string): string => stemOf(settings, keyOfWord(word, path));
  for (const name of classNames) {
    const path = at('classes', name);
    for (const word of splitWords(classRecord[name], path)) {
      const stem = stemOfWord(word, path);
      const names = classes.get(stem) ?? [];
      if (!names.includes(name)) classes.set(stem, [...names, name]);
    }
  }
  for (const key of ['breaks', 'fillers'] as const) {
    for (const word of splitWords(rules[key], at(key)))
      (settings[key] as Set<string>).add(stemOfWord(word, at(key)));
  }

  const { root } = settings;
  const labelIn =
    (path: string) =>
    (word: string): string => {
      if (SPECIAL.has(word)) return word;
      if (word[0] !== '@') return stemOfWord(word, path);
      if (!classNames.has(word.slice(1))) bad(path, 'a class named in rules.classes', word);
      return word;
    };
  for (const name of phraseNames) {
    const path = at('phrases', name);
    const label = `+${name}`;
    const phrase: Phrase = {
      kind: CUE,
      labels: [label],
      weights: weights.get(label) ?? null,
      shown: true,
      seen: 0,
    };
    addSequences(root, readSequences(phraseRecord[name], path, labelIn(path)), phrase);
  }
  // A fitted word pair (`stem_stem`) weighs like a phrase of two stems, found from its first word by
  // one array index (no walk: pairs start at common words). Each second stem is numbered; the first
  // word's list holds the pair at that number. Plain loops, no destructuring: this runs once, cold.
  const pairs = settings.pairs as Map<string, Phrase[]>;
  const pairEnds = settings.pairEnds as Map<string, number>;
  const edges = settings.edges as Set<string>;
  weights.forEach((pairWeights, name) => {
    const cut = name.indexOf('_');
    if (cut < 0 || name[0] === '+' || name[0] === '@') return;
    const first = name.slice(0, cut);
    const second = name.slice(cut + 1);
    let end = pairEnds.get(second);
    if (end === undefined) pairEnds.set(second, (end = pairEnds.size));
    let list = pairs.get(first);
    if (!list) pairs.set(first, (list = []));
    list[end] = { kind: CUE, labels: [name], weights: pairWeights, shown: true, seen: 0 };
    edges.add(first).add(second);
  });
  const negation: Phrase = { kind: NEGATION, labels: [], weights: null, shown: true, seen: 0 };
  addSequences(root, readSequences(rules['negations'], at('negations'), labelIn(at('negations'))), negation);

  const {
    extraTerms = {},
    suggestions: own = {},
    patterns: enabled = {},
  } = options as Record<string, Record<string, never>>;
  const suggestions = record(rules['suggestions'], at('suggestions'));
  const patterns: CompiledPattern[] = [];
  ANTI_PATTERN_IDS.forEach((id, row) => {
    const suggestion = expectString(suggestions[id], 'invalid-options', at('suggestions', id), {
      nonEmpty: true,
    });
    // A host's term weighs without bound for its pattern: it fires on its own.
    const term: Phrase = {
      kind: TERM,
      labels: [],
      weights: ANTI_PATTERN_IDS.map((_, other) => (other === row ? Infinity : 0)),
      shown: true,
      seen: 0,
    };
    ((extraTerms[id] ?? []) as string[]).forEach((text, index) =>
      addSequences(root, [termLabels(text, settings, joinPath(`options.extraTerms.${id}`, index))], term),
    );
    if (enabled[id] !== false) patterns.push({ id, row, suggestion: own[id] ?? suggestion });
  });
  collectEdges(root, settings.edges as Set<string>);
  settings.plain = { ...settings.plain, roots: stepFrom(root, [], true) };
  return {
    patterns,
    settings,
    every,
    words: new Map(),
    byKind: [
      undefined,
      wordOf(settings, '0'),
      undefined,
      wordOf(settings, '?'),
      wordOf(settings, '.'),
      wordOf(settings, ','),
    ],
    recentCodes: new Int32Array(RECENT).fill(-1),
    recentCodes2: new Int32Array(RECENT),
    recentWords: [],
    reach: expectInteger(rules['reach'], 'invalid-options', at('reach'), 0, MAX_PHRASE_WORDS),
    bias: read.map(([bias]) => bias),
  };
}

// A host's plain-text term as the labels its words carry: "ACME-" is a ticket prefix, "Shortcut board"
// two words; punctuation in it is left out ("(c+d)" is c then d).
function termLabels(text: string, settings: WordSettings, path: string): string[] {
  const prefix = /^([^\s#-]+)[-#]$/.exec(text);
  if (prefix) return [`${keyOfWord(prefix[1]!, path)}-`];
  tokenize(text, scratch);
  const labels: string[] = [];
  for (let index = 0; index < scratch.length; index++) {
    const key = keyAt(text, scratch, index);
    if (scratch.kind[index] === TICKET) labels.push(key.slice(1) || key);
    else if (key === '0' || key.endsWith('-')) labels.push(key);
    else if (key !== '.' && key !== ',' && key !== '?') labels.push(stemOf(settings, key));
  }
  if (!labels.length || labels.length > MAX_PHRASE_WORDS)
    bad(path, `a term of 1 to ${MAX_PHRASE_WORDS} words`, text);
  return labels;
}

function validateOptions(options: unknown): Record<string, unknown> {
  const given = record(options, 'options');
  for (const key of Object.keys(given)) {
    const path = joinPath('options', key);
    const value = given[key];
    if (value === undefined || key === 'rules') continue;
    if (key !== 'patterns' && key !== 'extraTerms' && key !== 'suggestions') {
      bad(path, 'an option among patterns, extraTerms, suggestions and rules', key);
    }
    const map = record(value, path);
    for (const id of Object.keys(map)) {
      const entry = map[id];
      const here = joinPath(path, id);
      if (!ANTI_PATTERN_IDS.includes(id as AntiPatternId))
        bad(here, `an anti-pattern id (${ANTI_PATTERN_IDS.join(', ')})`, id);
      if (key === 'patterns') expectBoolean(entry, 'invalid-options', here);
      else if (key === 'suggestions') text(entry, here, true);
      else
        // Array.from visits holes too, so a sparse list cannot slip past validation.
        Array.from(expectArray(entry, 'invalid-options', here), (term, index) =>
          expectString(term, 'invalid-options', joinPath(here, index), { nonEmpty: true }),
        );
    }
  }
  return given;
}

// Built on first use, never at import: importing the core must not pay for detection.
let defaultRules: CompiledRules | undefined;
let cache: WeakMap<object, CompiledRules> | undefined;

/** The rules compiled to read every word, weighing or not, as the fit reads them. */
export const compileForFit = (rules: unknown): CompiledRules => compileRules(rules, {}, true);

/** The compiled rules for `options` (cached by the options object's identity). */
export function compiledFor(options: unknown): CompiledRules {
  if (options === undefined) return (defaultRules ??= compileRules(englishRules, {}));
  cache ??= new WeakMap();
  let compiled = isRecord(options) ? cache.get(options) : undefined;
  if (!compiled) {
    const record = validateOptions(options);
    compiled = compileRules(record['rules'] ?? englishRules, record);
    cache.set(record, compiled);
  }
  return compiled;
}

// Bounded memos: a stream of new words cannot grow them without end.
const MEMO = 10_000;
// 2^14, written out: a bundler keeps a module-level `1 << 14` as if it could have effects.
const RECENT = 16384;

/** What token `at` of `text` counts as, read once per distinct word and kept. */
export function wordAt(rules: CompiledRules, text: string, tokens: Tokens, at: number): Word {
  const constant = rules.byKind[tokens.kind[at]!];
  if (constant) return constant;
  const code = tokens.code[at]!;
  const code2 = tokens.code2[at]!;
  // Most words are ASCII letters: a slot picked by their codes holds the last one seen there.
  const slot = Math.imul(code ^ Math.imul(code2, 0x85ebca6b), 0x9e3779b1) >>> 18;
  const { recentCodes, recentCodes2, recentWords } = rules;
  if (code >= 0 && recentCodes[slot] === code && recentCodes2[slot] === code2) return recentWords[slot]!;
  const key = keyAt(text, tokens, at);
  let word = rules.words.get(key);
  if (!word) {
    word = wordOf(rules.settings, key, rules.every);
    // A plain word the recent slots can hold stays out of the map: a stream of new words (a pasted
    // log, a list of names) then churns no memo.
    if (key.length <= 64 && !(code >= 0 && word === rules.settings.plain)) {
      if (rules.words.size >= MEMO) rules.words.clear();
      rules.words.set(key, word);
    }
  }
  if (code >= 0) {
    recentCodes[slot] = code;
    recentCodes2[slot] = code2;
    recentWords[slot] = word;
  }
  return word;
}
