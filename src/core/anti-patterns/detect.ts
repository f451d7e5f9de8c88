import {
  expectArray,
  expectBoolean,
  expectRecord,
  expectString,
  fail,
  isRecord,
  joinPath,
} from '../validate';
import { compileLexicon, weightsAt, wordEnd, wordStart, type CompiledLexicon } from './lexicon';
import { englishRules } from './rules-en';
import type { AntiPatternFinding, AntiPatternId, DetectAntiPatternsOptions } from './types';

const IDS: readonly AntiPatternId[] = ['status-update', 'technical-deep-dive', 'stealth-performance-review'];
const LEVELS = ['sure', 'strong', 'weak', 'words'] as const;
// Letters outside ASCII glue onto a word ("caféquery" holds no English "query").
const LETTER = '\\w\\u00c0-\\u1fff';

/** A regular expression over a pattern's cues: `weights[i]` is the weight of capture group `groups[i]`. */
interface CueScan {
  readonly regex: RegExp;
  readonly groups: readonly number[];
  readonly weights: readonly number[];
}

interface CompiledPattern {
  readonly id: AntiPatternId;
  /** Where its weights sit in a lexicon row. */
  readonly row: number;
  readonly suggestion: string;
  /** Usually one; more only when the cues outgrow what V8 optimises in one expression. */
  readonly scans: readonly CueScan[];
  readonly exact: RegExp | null;
  /** False when the host added its own terms: those are always looked for, whatever the lexicon says. */
  readonly gated: boolean;
}

interface CompiledRules {
  readonly patterns: readonly CompiledPattern[];
  readonly frames: RegExp;
  /** Every negator in a text; `gap` then checks that only filler words stand between it and a cue. */
  readonly negators: RegExp;
  readonly gap: RegExp;
  readonly breaks: RegExp;
  /** A character that glues onto a word. */
  readonly glued: RegExp;
  readonly lexicon: CompiledLexicon | null;
}

/** A span that fired: start, end, weight, index of its pattern; weight 0 once cancelled. */
type Cue = [start: number, end: number, weight: number, pattern: number];

function readSource(value: unknown, path: string): string {
  const source = expectString(value, 'invalid-options', path, { nonEmpty: true });
  try {
    new RegExp(source);
  } catch {
    fail('invalid-options', path, 'a regular expression', source);
  }
  return source;
}

// Typed text often drops the apostrophe ("havent", "whats"): outside a class, one in a source is optional.
const looseApostrophes = (source: string): string =>
  source.replace(/\[(?:\\.|[^\]\\])*\]|'(?![?*+{])/g, (part) => (part === "'" ? "'?" : part));

const readSources = (value: unknown, path: string): string[] =>
  value === undefined
    ? []
    : // Array.from visits holes too, so a sparse list cannot slip past validation.
      Array.from(expectArray(value, 'invalid-options', path), (entry, index) =>
        looseApostrophes(readSource(entry, joinPath(path, index))),
      );

const anyOf = (sources: readonly string[]): string => (sources.length ? sources.join('|') : '(?!)');

// Calls `visit` with each character of a source that is syntax (not escaped, not inside a class) from
// `at` on, until `visit` returns true; gives where it stopped, or the source's length.
function walkSyntax(source: string, at: number, visit: (char: string, at: number) => boolean | void): number {
  for (let inClass = false; at < source.length; at++) {
    const char = source[at] as string;
    if (char === '\\') at++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (visit(char, at)) return at;
  }
  return source.length;
}

// Index of the `)` that closes the group opened at `at`.
function closing(source: string, at: number): number {
  let depth = 0;
  return walkSyntax(source, at, (char) => {
    if (char === '(') depth++;
    return char === ')' && !--depth;
  });
}

// The top-level alternatives of a source: `a|(?:b|c)d` gives `a` and `(?:b|c)d`.
function splitTop(source: string): string[] {
  const alternatives: string[] = [];
  let from = 0;
  let depth = 0;
  walkSyntax(source, 0, (char, at) => {
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && !depth) {
      alternatives.push(source.slice(from, at));
      from = at + 1;
    }
  });
  return [...alternatives, source.slice(from)];
}

// Alternatives that start with a plain letter are grouped by it ("e(?:tas?|stimates?)"): at a word the
// engine then tries one branch per letter, not every alternative. The others follow in their order.
function groupByFirst(sources: readonly string[], depth = 2): string[] {
  const byFirst: Record<string, string[]> = {};
  const rest: string[] = [];
  const queue = sources.flatMap(splitTop);
  for (let alternative; (alternative = queue.shift()) !== undefined;) {
    // A leading group with a short tail spreads into its branches: "(?:due|ship) dates?" → "due dates?", …
    const end = alternative.startsWith('(?:') ? closing(alternative, 0) + 1 : 0;
    if (end && alternative.length - end < 80 && !/[?*+{]/.test(alternative[end] ?? '')) {
      const tail = alternative.slice(end);
      queue.unshift(...splitTop(alternative.slice(3, end - 1)).map((branch) => branch + tail));
      continue;
    }
    const [first = '', next = ''] = alternative;
    if (/\w/.test(first) && !/[?*+{]/.test(next))
      (byFirst[first.toLowerCase()] ??= []).push(alternative.slice(1));
    else rest.push(alternative);
  }
  return [
    ...Object.entries(byFirst).map(
      ([first, rests]) => `${first}(?:${(depth > 1 ? groupByFirst(rests, depth - 1) : rests).join('|')})`,
    ),
    ...rest,
  ];
}

// Regular endings, stems and pairs: "ticket" finds "tickets", "debug*" finds "debugging", "with+me" two words.
function readWords(value: unknown, path: string): string[] {
  if (value === undefined) return [];
  return expectString(value, 'invalid-options', path)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      if (!/^[a-z0-9_]+(?:\*|\+[a-z0-9_]+)?$/.test(word)) {
        fail('invalid-options', path, 'lower-case words, pairs joined by + or stems ending in *', word);
      }
      if (word.length < 4 && word.endsWith('*'))
        fail('invalid-options', path, 'a stem of three letters or more', word);
      const stem = word.slice(0, -1);
      const last = word.slice(-1);
      return last === '*'
        ? `${stem}\\w*`
        : word.includes('+')
          ? word.replace('+', '\\s+')
          : `${word}(?:e?[sd]|ing)?${last === 'e' ? `|${stem}ing` : last === 'y' ? `|${stem}ies` : ''}`;
    });
}

// A ticket prefix such as 'ACME-' or 'GH#' means the prefix and its number.
const escapeTerm = (term: string): string =>
  term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (/[-#]$/.test(term) ? '\\d+' : '');

// The capture groups a source adds, so the level groups after it keep their numbers: every `(` that is
// not escaped, not in a class, and not `(?:`, `(?=`, `(?!`, `(?<=` or `(?<!`. Read from the text: asking
// the engine (compiling the source and running it once) cost most of the start-up time.
function countGroups(source: string): number {
  let count = 0;
  walkSyntax(source, 0, (char, at) => {
    if (
      char === '(' &&
      (source[at + 1] !== '?' || (source[at + 2] === '<' && !/[=!]/.test(source[at + 3] ?? '')))
    )
      count++;
  });
  return count;
}

// V8 stops optimising a regular expression whose source passes 20 kB, and then runs it ten or more
// times slower: cues beyond this size go on into another expression.
const MAX_SOURCE = 19_000;

function compileScans(levels: readonly string[][]): CueScan[] {
  const scans: CueScan[] = [];
  let chunk: string[][] = [];
  let size = 0;
  const flush = (): void => {
    const groups: number[] = [];
    const weights: number[] = [];
    let next = 1;
    const parts = chunk.flatMap((alternatives, level) => {
      if (!alternatives?.length) return [];
      const part = `(${alternatives.join('|')})`;
      groups.push(next);
      weights.push(4 >> Math.min(level, 2));
      next += countGroups(part);
      return [part];
    });
    // `\b` first: cheaper than a look-behind at every position. Heavier levels come first, so at one
    // position the clearer cue wins.
    if (parts.length)
      scans.push({
        regex: new RegExp(`\\b(?<![${LETTER}])(?:${parts.join('|')})(?![${LETTER}])`, 'gi'),
        groups,
        weights,
      });
    chunk = [];
    size = 0;
  };
  levels.forEach((sources, level) => {
    for (const alternative of groupByFirst(sources)) {
      if (size && size + alternative.length > MAX_SOURCE) flush();
      (chunk[level] ??= []).push(alternative);
      size += alternative.length + 4;
    }
  });
  flush();
  return scans;
}

function compileRules(rules: unknown, options: Record<string, unknown>): CompiledRules {
  const at = (...keys: string[]): string => ['options.rules', ...keys].join('.');
  const set = expectRecord(rules, 'invalid-options', at());
  const patterns = expectRecord(set['patterns'], 'invalid-options', at('patterns'));
  const suggestions = expectRecord(set['suggestions'], 'invalid-options', at('suggestions'));
  const {
    patterns: enabled = {},
    extraTerms = {},
    suggestions: own = {},
  } = options as Record<string, Record<string, never>>;
  const compiled: CompiledPattern[] = [];
  for (const id of IDS) {
    const suggestion = expectString(suggestions[id], 'invalid-options', at('suggestions', id), {
      nonEmpty: true,
    });
    const cues = expectRecord(patterns[id], 'invalid-options', at('patterns', id));
    const levels = LEVELS.map((level) =>
      level === 'words'
        ? readWords(cues[level], at('patterns', id, level))
        : readSources(cues[level], at('patterns', id, level)),
    );
    const exact = readSources(cues['exact'], at('patterns', id, 'exact'));
    // Extra terms are strong cues; those starting with a symbol ("#", "@") cannot follow `\b`.
    for (const term of (extraTerms[id] ?? []) as string[]) {
      (/^\w/.test(term) ? (levels[1] as string[]) : exact).push(escapeTerm(term));
    }
    if (enabled[id] === false) continue;
    compiled.push({
      id,
      row: IDS.indexOf(id),
      gated: !(extraTerms[id] as string[] | undefined)?.length,
      suggestion: own[id] ?? suggestion,
      scans: compileScans(levels),
      // No look-behind up front, so the engine can skip ahead to a possible first character; `collectCues`
      // checks what comes before instead.
      exact: exact.length ? new RegExp(`(?:${exact.join('|')})(?![${LETTER}])`, 'g') : null,
    });
  }
  const fillers = readSources(set['fillers'], at('fillers'));
  return {
    patterns: compiled,
    // Grouped by first letter like the cues: the engine then tries one branch per word, not all of them.
    frames: new RegExp(`\\b(?:${anyOf(groupByFirst(readSources(set['frames'], at('frames'))))})(?!\\w)`, 'i'),
    // A word boundary first: cheaper than a look-behind at every position.
    negators: new RegExp(
      `\\b(?<!\\w)(?:${anyOf(groupByFirst(readSources(set['negations'], at('negations'))))})(?!\\w)`,
      'gi',
    ),
    gap: new RegExp(`^\\s+(?:(?:${anyOf(fillers)})\\s+){0,5}$`, 'i'),
    breaks: new RegExp(readSource(set['breaks'], at('breaks')), 'g'),
    glued: new RegExp(`[${LETTER}]`),
    lexicon: set['lexicon'] === undefined ? null : compileLexicon(set['lexicon'], at('lexicon'), IDS),
  };
}

function validateOptions(options: unknown): Record<string, unknown> {
  const record = expectRecord(options, 'invalid-options', 'options');
  for (const key of Object.keys(record)) {
    const path = joinPath('options', key);
    const value = record[key];
    if (value === undefined) continue;
    if (key === 'rules') {
      expectRecord(value, 'invalid-options', path);
      continue;
    }
    if (key !== 'patterns' && key !== 'extraTerms' && key !== 'suggestions') {
      fail('invalid-options', path, 'an option among patterns, extraTerms, suggestions and rules', key);
    }
    const map = expectRecord(value, 'invalid-options', path);
    for (const id of Object.keys(map)) {
      const entry = map[id];
      const here = joinPath(path, id);
      if (!IDS.includes(id as AntiPatternId))
        fail('invalid-options', here, `an anti-pattern id (${IDS.join(', ')})`, id);
      if (key === 'patterns') expectBoolean(entry, 'invalid-options', here);
      else if (key === 'suggestions') expectString(entry, 'invalid-options', here, { nonEmpty: true });
      else
        Array.from(expectArray(entry, 'invalid-options', here), (term, index) =>
          expectString(term, 'invalid-options', joinPath(here, index), { nonEmpty: true }),
        );
    }
  }
  return record;
}

// Built on first use, never at import: importing the core must not pay for detection.
let defaultRules: CompiledRules | undefined;
let cache: WeakMap<object, CompiledRules> | undefined;

function compiledFor(options: unknown): CompiledRules {
  if (options === undefined) return (defaultRules ??= compileRules(englishRules, {}));
  cache ??= new WeakMap();
  let compiled = isRecord(options) ? cache.get(options) : undefined;
  if (!compiled) {
    const record = validateOptions(options);
    try {
      compiled = compileRules(record['rules'] ?? englishRules, record);
    } catch (error) {
      // Sources valid one by one can still clash once joined (a group name twice), or outgrow the engine.
      if (!(error instanceof SyntaxError || error instanceof RangeError)) throw error;
      fail('invalid-options', 'options.rules', 'rules that compile together', error.message);
    }
    cache.set(record, compiled);
  }
  return compiled;
}

// `matchAll` clones the regular expression on every call, which costs more than the scan itself here.
// `visit` may move `regex.lastIndex` on to skip a match.
function eachMatch(regex: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  regex.lastIndex = 0;
  for (let match; (match = regex.exec(text));) {
    if (!match[0]) regex.lastIndex++;
    visit(match);
  }
}

function scan(regex: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  eachMatch(regex, text, (match) => matches.push(match));
  return matches;
}

const push = (cues: Cue[], match: RegExpExecArray, weight: number, pattern: number): number =>
  match[0] ? cues.push([match.index, match.index + match[0].length, weight, pattern]) && weight : 0;

// `sums`, when a lexicon weighed the item: a pattern whose words weigh below the lexicon's floor is
// not read at all.
function collectCues(text: string, rules: CompiledRules, cues: Cue[], sums: number[] | null): boolean {
  let firing = false;
  const floor = rules.lexicon?.floor ?? -Infinity;
  rules.patterns.forEach(({ scans, exact, row, gated }, pattern) => {
    if (sums && gated && (sums[row] as number) < floor) return;
    let total = 0;
    for (const { regex, groups, weights } of scans) {
      eachMatch(regex, text, (match) => {
        let found = 0;
        // Bounded: the last level is the one left when no earlier group took part.
        while (found < groups.length - 1 && match[groups[found] as number] === undefined) found++;
        total += push(cues, match, weights[found] as number, pattern);
      });
    }
    if (exact)
      eachMatch(exact, text, (match) => {
        // Glued onto a word before it: not a ticket id; look again one character on.
        if (match.index && rules.glued.test(text[match.index - 1] as string))
          exact.lastIndex = match.index + 1;
        else total += push(cues, match, 2, pattern);
      });
    if (total >= 2) firing = true;
  });
  return firing;
}

// Words take the sense of the clearest cue they are part of: of two overlapping cues the lighter yields
// ("walk through" inside "walk through the backlog" is not a deep dive), on a tie the first one wins,
// and only the very same words (a word two patterns share) keep both senses.
function resolveOverlaps(cues: Cue[]): void {
  cues.sort((a, b) => a[0] - b[0] || b[2] - a[2]);
  for (let i = 0; i < cues.length; i++) {
    const a = cues[i] as Cue;
    for (let j = i + 1; j < cues.length && (cues[j] as Cue)[0] < a[1]; j++) {
      const b = cues[j] as Cue;
      if (!a[2] || !b[2]) continue;
      if (a[2] > b[2] || (a[2] === b[2] && (a[3] === b[3] || a[0] !== b[0] || a[1] !== b[1]))) b[2] = 0;
      else if (b[2] > a[2]) a[2] = 0;
    }
  }
}

// Adds up the cues per pattern into `scores`. A negation just before a cue cancels it; inside a growth
// or feeling frame a cue counts half. Says whether the item holds a frame at all.
function scoreCues(text: string, rules: CompiledRules, cues: Cue[], scores: number[]): boolean {
  resolveOverlaps(cues);
  const negators = scan(rules.negators, text).map((match) => match.index + match[0].length);
  // Clauses: frames and negations reach no further than the punctuation or "but" around a cue. They
  // matter only to a negation or a frame, and most items hold neither.
  const framing = rules.frames.test(text);
  const ends =
    negators.length || framing ? scan(rules.breaks, text).map((match) => match.index + match[0].length) : [];
  ends.push(text.length);
  const framed: boolean[] = [];
  let clause = 0;
  for (const cue of cues) {
    if (!cue[2]) continue;
    while ((ends[clause] as number) <= cue[0]) clause++;
    const from = clause ? (ends[clause - 1] as number) : 0;
    const negator = negators.reduce((last, end) => (end <= cue[0] ? end : last), -1);
    if (negator >= from && cue[0] - negator < 64 && rules.gap.test(text.slice(negator, cue[0]))) cue[2] = 0;
    // Inside a growth or feeling frame a cue counts half; a sure cue (4) stays sure.
    else
      scores[cue[3]] =
        (scores[cue[3]] ?? 0) +
        (cue[2] < 4 && framing && (framed[clause] ??= rules.frames.test(text.slice(from, ends[clause])))
          ? cue[2] / 2
          : cue[2]);
  }
  return framing;
}

// A sentence ends at `.`, `!`, `?` or `;` before a space, or at a line break.
function endsSentence(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || ((code === 46 || code === 33 || code === 63 || code === 59) && at + 1 < to))
      return true;
  }
  return false;
}

// Adds up the lexicon's weights over each sentence of the item and keeps, per pattern, the highest
// sentence in `sums` and where it lies in `scratch` (weights fitted on one-line items say nothing about a
// page summed whole); true when a pattern passes 0.
function weigh(lexicon: CompiledLexicon, text: string, sums: number[], scratch: Weighing): boolean {
  const { bias } = lexicon;
  const { sentence, from, to } = scratch;
  const count = bias.length;
  let first = 0;
  let end = 0;
  const close = (): void => {
    for (let row = 0; row < count; row++) {
      if ((sentence[row] as number) > (sums[row] as number)) {
        sums[row] = sentence[row] as number;
        from[row] = first;
        to[row] = end;
      }
      sentence[row] = bias[row] as number;
    }
  };
  for (let row = 0; row < count; row++) {
    sums[row] = -Infinity;
    sentence[row] = bias[row] as number;
  }
  for (let start = wordStart(text, 0); start < text.length; start = wordStart(text, end)) {
    if (end && endsSentence(text, end, start)) {
      close();
      first = start;
    }
    end = wordEnd(text, start);
    const weights = weightsAt(lexicon, text, start, end);
    if (weights)
      for (let row = 0; row < count; row++)
        sentence[row] = (sentence[row] as number) + (weights[row] as number);
  }
  close();
  let passes = false;
  for (let row = 0; row < count; row++) if ((sums[row] as number) > 0) passes = true;
  return passes;
}

/** Per pattern: the running sentence's score, and where the best sentence starts and ends. */
interface Weighing {
  readonly sentence: number[];
  readonly from: number[];
  readonly to: number[];
}

// The words that pushed a pattern over, in its best sentence: every word weighing a point or more (at
// least the heaviest one), with neighbours only a space apart joined into one span. Read again only for
// such a finding.
function heaviest(
  lexicon: CompiledLexicon,
  text: string,
  row: number,
  from: number,
  to: number,
): [start: number, end: number][] {
  const words: [start: number, end: number, weight: number][] = [];
  for (let start = wordStart(text, from), end; start < to; start = wordStart(text, end)) {
    end = wordEnd(text, start);
    const weight = weightsAt(lexicon, text, start, end)?.[row] ?? 0;
    if (weight > 0) words.push([start, end, weight]);
  }
  // A loop, not a spread: a long text can hold more words than a call takes arguments.
  const top = words.reduce((most, word) => Math.max(most, word[2]), -Infinity);
  const spans: [number, number][] = [];
  for (const [start, end, weight] of words) {
    if (weight < Math.min(1, top)) continue;
    const last = spans[spans.length - 1];
    if (last && start - last[1] === 1 && text[last[1]] === ' ') last[1] = end;
    else spans.push([start, end]);
  }
  return spans;
}

// The evidence of a finding only the lexicon made, or null when the rules know better: a growth or
// feeling frame anywhere in the item (`framing`) leaves it to the cues, and words that already took
// another pattern's clearer sense are not read again.
function lexiconSpans(
  rules: CompiledRules,
  text: string,
  cues: readonly Cue[],
  scores: readonly number[],
  row: number,
  { from, to }: Weighing,
  framing: boolean,
): [start: number, end: number][] | null {
  if (framing) return null;
  const spans = heaviest(rules.lexicon as CompiledLexicon, text, row, from[row] as number, to[row] as number);
  const claimed = ([start, end]: [number, number]): boolean =>
    cues.some((cue) => cue[2] && (scores[cue[3]] ?? 0) >= 2 && cue[0] <= start && end <= cue[1]);
  return spans.every(claimed) ? null : spans;
}

/**
 * Reads agenda items as they are written and says which ones turn the 1:1 into a status update, a
 * technical deep dive or a stealth performance review — with the words that fired and a reframe.
 * Phrase rules: weighted cues add up per item and a pattern fires at 2; a negation just before a cue
 * ("not a status update") cancels it, and inside talk of the person's own growth or feelings ("I want
 * to learn…", "stressed about…") a cue counts half. Next to them, a lexicon of fitted word weights fires
 * where a sentence's words add up past 0, naming the words that weighed most; a pattern the words rule
 * out (below the lexicon's floor) is not scanned for cues. Compiled rules are cached per options object.
 *
 * @example
 * detectAntiPatterns([{ id: 'a', text: 'Go over your tickets' }, { id: 'b', text: 'I want to grow into an architect role' }]);
 * // → [{ pattern: 'status-update', itemId: 'a', evidence: [{ start: 0, end: 20, text: 'Go over your tickets' }], suggestion: '…' }]
 */
export function detectAntiPatterns(
  items: readonly { readonly id: string; readonly text: string }[],
  options?: DetectAntiPatternsOptions,
): AntiPatternFinding[] {
  const list = expectArray(items, 'invalid-items', 'items');
  const rules = compiledFor(options);
  const findings: AntiPatternFinding[] = [];
  const cues: Cue[] = [];
  const sums: number[] = [];
  const weighing: Weighing = { sentence: [], from: [], to: [] };
  const scores: number[] = [];
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    // Error paths are only spelled out for an item that fails: building them costs more than the check.
    if (!isRecord(item) || typeof item['id'] !== 'string' || typeof item['text'] !== 'string') {
      if (!isRecord(item)) fail('invalid-items', `items[${index}]`, 'an item { id, text }', item);
      expectString(item['id'], 'invalid-items', `items[${index}].id`);
      expectString(item['text'], 'invalid-items', `items[${index}].text`);
    }
    const { id, text: original } = item as { id: string; text: string };
    // A typographic apostrophe reads as a typed one; same length, so spans still index the original.
    const text = original.includes('’') ? original.replace(/’/g, "'") : original;
    cues.length = 0;
    const weighed = rules.lexicon ? weigh(rules.lexicon, text, sums, weighing) : false;
    const firing = collectCues(text, rules, cues, rules.lexicon ? sums : null);
    scores.length = 0;
    if (!firing && !weighed) continue;
    // Whether the item holds a growth or feeling frame: read once, by the cues or the lexicon, if needed.
    let framing = firing ? scoreCues(text, rules, cues, scores) : undefined;
    rules.patterns.forEach(({ id: pattern, suggestion, row }, at) => {
      const spans: readonly (readonly number[])[] | null =
        (scores[at] ?? 0) >= 2
          ? cues.filter((cue) => cue[3] === at && cue[2])
          : weighed && (sums[row] as number) > 0
            ? lexiconSpans(rules, text, cues, scores, row, weighing, (framing ??= rules.frames.test(text)))
            : null;
      if (!spans) return;
      const evidence = spans.map(([start = 0, end = 0]) => ({
        start,
        end,
        text: original.slice(start, end),
      }));
      findings.push({ pattern, itemId: id, evidence, suggestion });
    });
  }
  return findings;
}
