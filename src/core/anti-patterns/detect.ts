import {
  expectArray,
  expectBoolean,
  expectRecord,
  expectString,
  fail,
  isRecord,
  joinPath,
} from '../validate';
import { englishRules } from './rules-en';
import type {
  AntiPatternEvidence,
  AntiPatternFinding,
  AntiPatternId,
  DetectAntiPatternsOptions,
} from './types';

const IDS: readonly AntiPatternId[] = ['status-update', 'technical-deep-dive', 'stealth-performance-review'];
const WEIGHTS = [4, 2, 1] as const;
const LEVELS = ['sure', 'strong', 'weak'] as const;

interface CompiledPattern {
  readonly id: AntiPatternId;
  /** Cue sources for each of sure/strong/weak. */
  readonly levels: readonly (readonly string[])[];
  readonly exact: RegExp | null;
  readonly suggestion: string;
}

interface LexiconEntry {
  readonly first: string;
  /** The second word of a pair ("with me"), or `''`. */
  readonly second: string;
  /** A stem: the word only has to start with `first`. */
  readonly stem: boolean;
  /** Bit mask of the patterns (by index in `CompiledRules.patterns`) it is a weak cue of. */
  mask: number;
}

// Words are hashed while they are read, so looking one up allocates nothing.
// Kept within 30 bits so V8 stores them as small integers.
const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) & 0x3fffffff;
const STEM = 0x2bd1e995;
const pairHash = (first: number, second: number): number => (Math.imul(first, 1000003) ^ second) & 0x3fffffff;

function hashWord(word: string): number {
  let hash = 0;
  for (let at = 0; at < word.length; at++) hash = hashStep(hash, word.charCodeAt(at));
  return hash;
}

function addEntry(lexicon: Map<number, LexiconEntry[]>, key: number, entry: LexiconEntry): void {
  const entries = lexicon.get(key) ?? [];
  const same = entries.find(
    (other) => other.first === entry.first && other.second === entry.second && other.stem === entry.stem,
  );
  if (same) same.mask |= entry.mask;
  else lexicon.set(key, [...entries, entry]);
}

/**
 * Weak words, word pairs and stems by hash (see `hashWord`), checked letter by letter on a hit. A flat
 * hash table of typed arrays: a lookup per word costs a few nanoseconds and allocates nothing.
 */
interface Lexicon {
  /** Bucket → index into `keys`/`next`/`entries` (0: empty). */
  readonly heads: Int32Array;
  readonly keys: number[];
  readonly next: number[];
  readonly entries: LexiconEntry[][];
  /** Buckets of words that start a pair, so most words skip the pair lookup. */
  readonly pairStarts: Uint8Array;
}

const BUCKETS = 1 << 13;

function freezeLexicon(map: Map<number, LexiconEntry[]>, pairStarts: readonly number[]): Lexicon {
  const lexicon: Lexicon = {
    heads: new Int32Array(BUCKETS),
    keys: [0],
    next: [0],
    entries: [[]],
    pairStarts: new Uint8Array(BUCKETS),
  };
  for (const [key, entries] of map) {
    const bucket = key & (BUCKETS - 1);
    lexicon.keys.push(key);
    lexicon.entries.push(entries);
    lexicon.next.push(lexicon.heads[bucket] as number);
    lexicon.heads[bucket] = lexicon.keys.length - 1;
  }
  for (const key of pairStarts) lexicon.pairStarts[key & (BUCKETS - 1)] = 1;
  return lexicon;
}

function lookUp(lexicon: Lexicon, key: number): LexiconEntry[] | undefined {
  for (let at = lexicon.heads[key & (BUCKETS - 1)] as number; at !== 0; at = lexicon.next[at] as number) {
    if (lexicon.keys[at] === key) return lexicon.entries[at];
  }
  return undefined;
}

interface CompiledRules {
  readonly patterns: readonly CompiledPattern[];
  /**
   * One scan finds the cues of every pattern: a capture group per pattern and weight, heaviest first,
   * so at one position the clearer cue wins; `groups[i]` matched means pattern `owners[i]`, `weights[i]`.
   */
  readonly cues: RegExp | null;
  readonly groups: readonly number[];
  readonly owners: readonly number[];
  readonly weights: readonly number[];
  readonly lexicon: Lexicon;
  readonly frames: RegExp;
  /** Every negator in a text; `gap` then checks only filler words stand between it and the cue. */
  readonly negators: RegExp;
  readonly gap: RegExp;
  readonly breaks: RegExp;
}

function readSource(value: unknown, path: string): string {
  const source = expectString(value, 'invalid-options', path, { nonEmpty: true });
  try {
    new RegExp(source, 'i');
  } catch {
    fail('invalid-options', path, 'a regular expression', source);
  }
  // Typed and typographic apostrophes are the same letter to a reader.
  return source.replace(/'/g, "['’]");
}

function readSources(value: unknown, path: string): string[] {
  if (value === undefined) return [];
  return expectArray(value, 'invalid-options', path).map((entry, index) =>
    readSource(entry, joinPath(path, index)),
  );
}

// A capture group per weight level; inner groups in user rules shift the indexes, so count them.
function countGroups(source: string): number {
  return (new RegExp(`${source}|`).exec('') as RegExpExecArray).length - 1;
}

const wholeWords = (sources: readonly string[]): string => `(?<!\\w)(?:${sources.join('|')})(?!\\w)`;

const escapeTerm = (term: string): string => {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A ticket prefix such as 'ACME-' or 'GH#' means the prefix and its number.
  return /[-#]$/.test(term) ? `${escaped}\\d+` : escaped;
};

function compilePattern(
  id: AntiPatternId,
  cues: unknown,
  extra: readonly string[],
  suggestion: string,
  path: string,
): CompiledPattern {
  const record = expectRecord(cues, 'invalid-options', path);
  const levels = LEVELS.map((level) => readSources(record[level], joinPath(path, level)));
  levels[1] = [...(levels[1] as string[]), ...extra.filter((term) => /^\w/.test(term)).map(escapeTerm)];
  const exact = readSources(record['exact'], joinPath(path, 'exact'));
  // Extra terms starting with a symbol ("#", "@") cannot follow `\b`: match them with the exact cues.
  for (const term of extra) if (!/^\w/.test(term)) exact.push(escapeTerm(term));
  return {
    id,
    levels,
    exact: exact.length ? new RegExp(wholeWords(exact), 'g') : null,
    suggestion,
  };
}

function compileRules(rules: unknown, options: Record<string, unknown>): CompiledRules {
  const rulesPath = 'options.rules';
  const set = expectRecord(rules, 'invalid-options', rulesPath);
  const patterns = expectRecord(set['patterns'], 'invalid-options', joinPath(rulesPath, 'patterns'));
  const suggestions = expectRecord(set['suggestions'], 'invalid-options', joinPath(rulesPath, 'suggestions'));
  const enabled = (options['patterns'] ?? {}) as Record<string, unknown>;
  const extraTerms = (options['extraTerms'] ?? {}) as Record<string, readonly string[] | undefined>;
  const ownSuggestions = (options['suggestions'] ?? {}) as Record<string, string | undefined>;
  const compiled: CompiledPattern[] = [];
  const lexicon = new Map<number, LexiconEntry[]>();
  const pairStarts: number[] = [];
  for (const id of IDS) {
    const suggestion = expectString(
      suggestions[id],
      'invalid-options',
      joinPath(joinPath(rulesPath, 'suggestions'), id),
      { nonEmpty: true },
    );
    const pattern = compilePattern(
      id,
      patterns[id],
      extraTerms[id] ?? [],
      ownSuggestions[id] ?? suggestion,
      joinPath(joinPath(rulesPath, 'patterns'), id),
    );
    if (enabled[id] === false) continue;
    const bit = 1 << compiled.length;
    const wordsPath = joinPath(joinPath(joinPath(rulesPath, 'patterns'), id), 'words');
    const list = (patterns[id] as Record<string, unknown>)['words'];
    for (const word of list === undefined
      ? []
      : expectString(list, 'invalid-options', wordsPath).split(/\s+/)) {
      if (!word) continue;
      if (!/^[a-z0-9_]+(?:\*|\+[a-z0-9_]+)?$/.test(word)) {
        fail('invalid-options', wordsPath, 'lower-case words, pairs joined by + or stems ending in *', word);
      }
      if (word.endsWith('*')) {
        const stem = word.slice(0, -1);
        if (stem.length < 3) fail('invalid-options', wordsPath, 'a stem of three letters or more', word);
        addEntry(lexicon, hashWord(stem.slice(0, 3)) ^ STEM, {
          first: stem,
          second: '',
          stem: true,
          mask: bit,
        });
        continue;
      }
      const [first = '', second = ''] = word.split('+');
      if (second) {
        addEntry(lexicon, pairHash(hashWord(first), hashWord(second)), {
          first,
          second,
          stem: false,
          mask: bit,
        });
        pairStarts.push(hashWord(first));
        continue;
      }
      // Regular endings, so "ticket" also finds "tickets" and "debug" finds "debugging".
      const base = word.replace(/e$/, '');
      for (const form of new Set([
        word,
        `${word}s`,
        `${word}es`,
        `${word}ed`,
        `${word}d`,
        `${word}ing`,
        `${base}ing`,
        word.replace(/y$/, 'ies'),
      ])) {
        addEntry(lexicon, hashWord(form), { first: form, second: '', stem: false, mask: bit });
      }
    }
    compiled.push(pattern);
  }
  const frames = readSources(set['frames'], joinPath(rulesPath, 'frames'));
  const negations = readSources(set['negations'], joinPath(rulesPath, 'negations'));
  const fillers = readSources(set['fillers'], joinPath(rulesPath, 'fillers'));
  const breaks = readSource(set['breaks'], joinPath(rulesPath, 'breaks'));
  const filler = fillers.length ? `(?:(?:${fillers.join('|')})\\s+){0,5}` : '';
  const groups: number[] = [];
  const owners: number[] = [];
  const weights: number[] = [];
  const parts: string[] = [];
  let next = 1;
  LEVELS.forEach((_, level) =>
    compiled.forEach((pattern, index) => {
      const sources = pattern.levels[level] as readonly string[];
      if (sources.length === 0) return;
      const part = `(${sources.join('|')})`;
      groups.push(next);
      owners.push(index);
      weights.push(WEIGHTS[level] as number);
      parts.push(part);
      next += countGroups(part);
    }),
  );
  return {
    patterns: compiled,
    // `\b` is cheaper than a look-behind at every position; cue sources start with a word character.
    cues: parts.length ? new RegExp(`\\b(?:${parts.join('|')})(?!\\w)`, 'gi') : null,
    groups,
    owners,
    weights,
    lexicon: freezeLexicon(lexicon, pairStarts),
    frames: new RegExp(frames.length ? wholeWords(frames) : '(?!)', 'i'),
    negators: new RegExp(negations.length ? wholeWords(negations) : '(?!)', 'gi'),
    gap: new RegExp(`^\\s+${filler}$`, 'i'),
    breaks: new RegExp(breaks, 'g'),
  };
}

function validateOptions(options: unknown): Record<string, unknown> {
  const record = expectRecord(options, 'invalid-options', 'options');
  for (const key of Object.keys(record)) {
    const path = joinPath('options', key);
    const value = record[key];
    if (key === 'rules') {
      if (value !== undefined) expectRecord(value, 'invalid-options', path);
      continue;
    }
    if (key !== 'patterns' && key !== 'extraTerms' && key !== 'suggestions') {
      fail('invalid-options', path, 'an option among patterns, extraTerms, suggestions and rules', key);
    }
    if (value === undefined) continue;
    const map = expectRecord(value, 'invalid-options', path);
    for (const id of Object.keys(map)) {
      const at = joinPath(path, id);
      if (!IDS.includes(id as AntiPatternId))
        fail('invalid-options', at, `an anti-pattern id (${IDS.join(', ')})`, id);
      const entry = map[id];
      if (key === 'patterns') expectBoolean(entry, 'invalid-options', at);
      if (key === 'suggestions') expectString(entry, 'invalid-options', at, { nonEmpty: true });
      if (key === 'extraTerms') {
        expectArray(entry, 'invalid-options', at).forEach((term, index) =>
          expectString(term, 'invalid-options', joinPath(at, index), { nonEmpty: true }),
        );
      }
    }
  }
  return record;
}

let defaultRules: CompiledRules | undefined;
const cache = new WeakMap<object, CompiledRules>();

function compiledFor(options: unknown): CompiledRules {
  if (options === undefined) return (defaultRules ??= compileRules(englishRules, {}));
  if (isRecord(options)) {
    const hit = cache.get(options);
    if (hit) return hit;
  }
  const record = validateOptions(options);
  const compiled = compileRules(record['rules'] ?? englishRules, record);
  cache.set(record, compiled);
  return compiled;
}

/** The cues of one pattern in the current item, sorted and non-overlapping; reused across items. */
interface CueList {
  readonly start: number[];
  readonly end: number[];
  readonly weight: number[];
  count: number;
  total: number;
}

// Scratch state reused across items, so the hot path allocates only for findings.
const lists: CueList[] = [];
const clauseEnds: number[] = [];
const clauseFramed: number[] = [];
let clausesFound = false;
const negatorEnds: number[] = [];
let negatorsFound = false;

function removeCue(list: CueList, at: number): void {
  list.total -= list.weight[at] as number;
  list.count--;
  for (let index = at; index < list.count; index++) {
    list.start[index] = list.start[index + 1] as number;
    list.end[index] = list.end[index + 1] as number;
    list.weight[index] = list.weight[index + 1] as number;
  }
}

// Overlapping cues of one pattern: the heavier wins, so an exact ticket id beats a vaguer phrase.
function pushCue(list: CueList, start: number, end: number, weight: number): void {
  let at = list.count;
  while (at > 0 && (list.start[at - 1] as number) > start) at--;
  let first = at;
  while (first > 0 && (list.end[first - 1] as number) > start) first--;
  let last = at;
  while (last < list.count && (list.start[last] as number) < end) last++;
  for (let index = first; index < last; index++) if ((list.weight[index] as number) >= weight) return;
  for (let index = last - 1; index >= first; index--) removeCue(list, index);
  for (let index = list.count; index > first; index--) {
    list.start[index] = list.start[index - 1] as number;
    list.end[index] = list.end[index - 1] as number;
    list.weight[index] = list.weight[index - 1] as number;
  }
  list.start[first] = start;
  list.end[first] = end;
  list.weight[first] = weight;
  list.count++;
  list.total += weight;
}

function scanCues(text: string, rules: CompiledRules): boolean {
  const { cues: regex, groups, owners, weights, patterns } = rules;
  let firing = false;
  for (let index = 0; index < patterns.length; index++) {
    const list = (lists[index] ??= { start: [], end: [], weight: [], count: 0, total: 0 });
    list.count = list.total = 0;
  }
  let match: RegExpExecArray | null;
  if (regex) {
    regex.lastIndex = 0;
    while ((match = regex.exec(text)) !== null) {
      if (match[0] === '') {
        regex.lastIndex++;
        continue;
      }
      let found = 0;
      while (match[groups[found] as number] === undefined) found++;
      // One scan yields sorted, disjoint matches: append directly.
      const list = lists[owners[found] as number] as CueList;
      list.start[list.count] = match.index;
      list.end[list.count] = match.index + match[0].length;
      list.weight[list.count++] = weights[found] as number;
      list.total += weights[found] as number;
      if (list.total >= 2) firing = true;
    }
  }
  for (let index = 0; index < patterns.length; index++) {
    const { exact } = patterns[index] as CompiledPattern;
    if (!exact) continue;
    const list = lists[index] as CueList;
    exact.lastIndex = 0;
    while ((match = exact.exec(text)) !== null) {
      if (match[0] === '') exact.lastIndex++;
      else pushCue(list, match.index, match.index + match[0].length, 2);
    }
    if (list.total >= 2) firing = true;
  }
  return firing;
}

// Whether text[start, end) is `word`, ignoring ASCII case.
function isWord(text: string, start: number, end: number, word: string, stem: boolean): boolean {
  if (stem ? end - start < word.length : end - start !== word.length) return false;
  for (let at = 0; at < word.length; at++) {
    const code = text.charCodeAt(start + at);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== word.charCodeAt(at)) return false;
  }
  return true;
}

function isSpaceBetween(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) > 32) return false;
  return end > start;
}

function addWordCues(
  entries: readonly LexiconEntry[] | undefined,
  text: string,
  start: number,
  end: number,
  previous: number,
  previousEnd: number,
): boolean {
  if (!entries) return false;
  let firing = false;
  for (const entry of entries) {
    const from = entry.second ? previous : start;
    const matches = entry.second
      ? previous >= 0 &&
        isWord(text, previous, previousEnd, entry.first, false) &&
        isWord(text, start, end, entry.second, false) &&
        isSpaceBetween(text, previousEnd, start)
      : isWord(text, start, end, entry.first, entry.stem);
    if (!matches) continue;
    for (let index = 0, mask = entry.mask; mask !== 0; index++, mask >>= 1) {
      if ((mask & 1) === 0) continue;
      const list = lists[index] as CueList;
      pushCue(list, from, end, 1);
      if (list.total >= 2) firing = true;
    }
  }
  return firing;
}

// Weak words come from one pass over the text and a map lookup by hash: far cheaper than a regex.
function scanWords(text: string, { lexicon }: CompiledRules): boolean {
  let firing = false;
  let start = -1;
  let hash = 0;
  let stemHash = 0;
  let previous = -1;
  let previousEnd = -1;
  let previousHash = 0;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 32;
    if (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 95
    ) {
      if (start < 0) {
        start = at;
        hash = 0;
      }
      hash = hashStep(hash, code >= 65 && code <= 90 ? code + 32 : code);
      if (at - start === 2) stemHash = hash;
      continue;
    }
    if (start < 0) continue;
    // A word glued to non-ASCII letters ("café") is not an English word here.
    if (code <= 127 && (start === 0 || text.charCodeAt(start - 1) <= 127)) {
      if (addWordCues(lookUp(lexicon, hash), text, start, at, -1, -1)) firing = true;
      if (at - start > 3 && addWordCues(lookUp(lexicon, stemHash ^ STEM), text, start, at, -1, -1))
        firing = true;
      if (
        previous >= 0 &&
        addWordCues(lookUp(lexicon, pairHash(previousHash, hash)), text, start, at, previous, previousEnd)
      ) {
        firing = true;
      }
    }
    previous = lexicon.pairStarts[hash & (BUCKETS - 1)] === 1 ? start : -1;
    previousEnd = at;
    previousHash = hash;
    start = -1;
  }
  return firing;
}

// Words take the sense of the clearest cue they are part of: a cue yields to an overlapping heavier cue of
// another pattern ("walk through" inside "walk through the backlog" is not a deep dive); ties keep both.
function resolveSenses(count: number): void {
  for (let a = 0; a < count; a++) {
    const one = lists[a] as CueList;
    for (let b = a + 1; b < count; b++) {
      const other = lists[b] as CueList;
      let i = 0;
      let j = 0;
      while (i < one.count && j < other.count) {
        const startA = one.start[i] as number;
        const startB = other.start[j] as number;
        if ((one.end[i] as number) <= startB) i++;
        else if ((other.end[j] as number) <= startA) j++;
        else {
          const weightA = one.weight[i] as number;
          const weightB = other.weight[j] as number;
          if (weightA > weightB) removeCue(other, j);
          else if (weightB > weightA) removeCue(one, i);
          else if ((one.end[i] as number) <= (other.end[j] as number)) i++;
          else j++;
        }
      }
    }
  }
}

function clauseOf(text: string, position: number, breaks: RegExp): number {
  if (!clausesFound) {
    clausesFound = true;
    clauseEnds.length = 0;
    clauseFramed.length = 0;
    breaks.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = breaks.exec(text)) !== null) {
      if (match[0] === '') breaks.lastIndex++;
      else clauseEnds.push(match.index + match[0].length);
    }
    clauseEnds.push(text.length);
  }
  let low = 0;
  let high = clauseEnds.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((clauseEnds[middle] as number) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

const clauseStartOf = (clause: number): number => (clause === 0 ? 0 : (clauseEnds[clause - 1] as number));

function isFramed(text: string, position: number, rules: CompiledRules): boolean {
  const clause = clauseOf(text, position, rules.breaks);
  let state = clauseFramed[clause];
  if (state === undefined) {
    state = rules.frames.test(text.slice(clauseStartOf(clause), clauseEnds[clause])) ? 1 : 0;
    clauseFramed[clause] = state;
  }
  return state === 1;
}

// Only filler words may stand between a negator and its cue, in the same clause ("not a status update").
function isNegated(text: string, position: number, rules: CompiledRules): boolean {
  if (!negatorsFound) {
    negatorsFound = true;
    negatorEnds.length = 0;
    const { negators } = rules;
    negators.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = negators.exec(text)) !== null) {
      if (match[0] === '') negators.lastIndex++;
      else negatorEnds.push(match.index + match[0].length);
    }
  }
  let nearest = -1;
  for (const end of negatorEnds) {
    if (end > position) break;
    nearest = end;
  }
  if (nearest < 0 || position - nearest > 64) return false;
  return (
    rules.gap.test(text.slice(nearest, position)) &&
    nearest >= clauseStartOf(clauseOf(text, position, rules.breaks))
  );
}

// Weights add up across the item; inside a growth or feeling frame a cue counts half.
function evidenceFor(text: string, list: CueList, rules: CompiledRules): AntiPatternEvidence[] | null {
  let total = list.total;
  if (total < 2) return null;
  const { start, end, weight } = list;
  for (let at = 0; at < list.count; at++) {
    if (isNegated(text, start[at] as number, rules)) {
      total -= weight[at] as number;
      weight[at] = 0;
    }
  }
  if (total < 2) return null;
  if (total < 4) {
    let doubled = 0;
    for (let at = 0; at < list.count; at++) {
      const cue = weight[at] as number;
      if (cue > 0) doubled += isFramed(text, start[at] as number, rules) ? cue : cue * 2;
    }
    if (doubled < 4) return null;
  }
  const evidence: AntiPatternEvidence[] = [];
  for (let at = 0; at < list.count; at++) {
    if ((weight[at] as number) === 0) continue;
    const from = start[at] as number;
    const to = end[at] as number;
    evidence.push({ start: from, end: to, text: text.slice(from, to) });
  }
  return evidence;
}

/**
 * Reads agenda items as they are written and says which ones turn the 1:1 into a status update, a
 * technical deep dive or a stealth performance review — with the words that fired and a reframe.
 * Rules, not a model: weighted cues add up per item, a negation just before a cue ("not a status update")
 * cancels it, and inside talk of the person's own growth or feelings ("I want to learn…", "stressed
 * about…") cues count half. Compiled rules are cached per options object.
 *
 * @example
 * detectAntiPatterns([{ id: 'a', text: 'Go over your tickets' }, { id: 'b', text: 'I want to grow into an architect role' }]);
 * // → [{ pattern: 'status-update', itemId: 'a', evidence: [{ start: 0, end: 20, text: 'Go over your tickets' }], suggestion: '…' }]
 */
export function detectAntiPatterns(
  items: readonly { readonly id: string; readonly text: string }[],
  options?: DetectAntiPatternsOptions,
): AntiPatternFinding[] {
  const list: readonly unknown[] = expectArray(items, 'invalid-items', 'items');
  const rules = compiledFor(options);
  const findings: AntiPatternFinding[] = [];
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      fail('invalid-items', `items[${index}]`, 'an item { id, text }', item);
    }
    const { id, text } = item as Record<string, unknown>;
    if (typeof id !== 'string') expectString(id, 'invalid-items', `items[${index}].id`);
    if (typeof text !== 'string') expectString(text, 'invalid-items', `items[${index}].text`);
    clausesFound = false;
    negatorsFound = false;
    const count = rules.patterns.length;
    let found = 0;
    let firing = scanCues(text as string, rules);
    if (scanWords(text as string, rules)) firing = true;
    if (!firing) continue;
    for (let at = 0; at < count; at++) if ((lists[at] as CueList).count > 0) found++;
    if (found > 1) resolveSenses(count);
    for (let at = 0; at < count; at++) {
      const pattern = rules.patterns[at] as CompiledPattern;
      const evidence = evidenceFor(text as string, lists[at] as CueList, rules);
      if (evidence)
        findings.push({
          pattern: pattern.id,
          itemId: id as string,
          evidence,
          suggestion: pattern.suggestion,
        });
    }
  }
  return findings;
}
