import { expectInteger, expectRecord, expectString, fail, joinPath } from '../validate';
import type { AntiPatternId } from './types';

// The word reader is shared with the script that fits the weights (scripts/lexicon/fit.ts): what the fit
// saw and what detection reads must be the very same words.

/** A word's key: lower case, apostrophes dropped, any run of digits as `0` ("Don't" → `dont`, "1234" → `0`). */
export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  const key = lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
  return key.charCodeAt(0) < 58 && /^\d+$/.test(key) ? '0' : key;
}

// Letters and digits: ASCII, and Latin, Greek, Cyrillic and other letters up to U+1FFF.
const isWordCode = (code: number): boolean =>
  code < 128
    ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)
    : code >= 0xc0 && code <= 0x1fff && code !== 0xd7 && code !== 0xf7;

/** Where the next word starts, from `at` on (`text.length` when none does). */
export function wordStart(text: string, at: number): number {
  while (at < text.length && !isWordCode(text.charCodeAt(at))) at++;
  return at;
}

/** Where the word starting at `start` ends: apostrophes inside belong to it ("don't"), a trailing one does not. */
export function wordEnd(text: string, start: number): number {
  let end = start + 1;
  for (let at = end; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isWordCode(code)) end = at + 1;
    else if (code !== 39 && code !== 0x2019) break;
  }
  return end;
}

/** Calls `visit` with each word of `text` as written, and its span. */
export function eachWord(text: string, visit: (start: number, end: number, word: string) => void): void {
  for (let start = wordStart(text, 0), end; start < text.length; start = wordStart(text, end)) {
    end = wordEnd(text, start);
    visit(start, end, text.slice(start, end));
  }
}

/** Cuts one of `endings` off a key when three letters or more remain, then keeps `length` letters. */
export function stemmer(endings: string, length: number): (key: string) => string {
  const ending = new RegExp(`^(.{3,}?)(?:${endings})$`);
  return (key) => (ending.exec(key)?.[1] ?? key).slice(0, length);
}

export interface CompiledLexicon {
  readonly bias: readonly number[];
  readonly floor: number;
  /** A stem's weight for each pattern, in the order of `ids`. */
  readonly weights: ReadonlyMap<string, readonly number[]>;
  readonly stem: (key: string) => string;
  /** The weights of any number. */
  readonly number: readonly number[] | null;
  /** Words already looked up, as written: a word is keyed and stemmed once, not at every item. */
  readonly seen: Map<string, readonly number[] | null>;
  /** Short plain words already looked up, by their letters read as a number: no string is built for them. */
  readonly short: Map<number, readonly number[] | null>;
}

/**
 * The weights of the word `text.slice(start, end)`, or `null`. Most words are short: one of six ASCII
 * letters or fewer is found by its letters read as a base-27 number (exact, and a small integer), so
 * no string is cut out of the text for it.
 */
export function weightsAt(
  lexicon: CompiledLexicon,
  text: string,
  start: number,
  end: number,
): readonly number[] | null {
  if (end - start <= 6) {
    let code = 0;
    for (let at = start; at < end && code >= 0; at++) {
      const letter = text.charCodeAt(at) | 32;
      code = letter >= 97 && letter <= 122 ? code * 27 + letter - 96 : -1;
    }
    if (code >= 0) {
      let weights = lexicon.short.get(code);
      if (weights === undefined) {
        if (lexicon.short.size >= 50_000) lexicon.short.clear();
        weights = weightsOf(lexicon, text.slice(start, end));
        lexicon.short.set(code, weights);
      }
      return weights;
    }
  }
  return weightsOf(lexicon, text.slice(start, end));
}

/** A word's weights for each pattern, or `null` when the lexicon does not know it. */
export function weightsOf(lexicon: CompiledLexicon, word: string): readonly number[] | null {
  // Numbers are all one word, and each is new: they skip the memo rather than fill it.
  if (word.charCodeAt(0) < 58 && /^\d+$/.test(word)) return lexicon.number;
  let row = lexicon.seen.get(word);
  if (row === undefined) {
    // Bounded, so a stream of unique words cannot grow it without end.
    if (lexicon.seen.size >= 50_000) lexicon.seen.clear();
    row = lexicon.weights.get(lexicon.stem(keyOf(word))) ?? null;
    lexicon.seen.set(word, row);
  }
  return row;
}

const GROUP = /^(-?\d+(?:\.\d+)?):([^\s:,]+(?:,[^\s:,]+)*)$/;

export function compileLexicon(value: unknown, path: string, ids: readonly AntiPatternId[]): CompiledLexicon {
  const lexicon = expectRecord(value, 'invalid-options', path);
  const endings = expectString(lexicon['endings'], 'invalid-options', joinPath(path, 'endings'), {
    nonEmpty: true,
  });
  try {
    new RegExp(endings);
  } catch {
    fail('invalid-options', joinPath(path, 'endings'), 'a regular expression', endings);
  }
  const floor = lexicon['floor'];
  if (typeof floor !== 'number' || Number.isNaN(floor))
    fail('invalid-options', joinPath(path, 'floor'), 'a number', floor);
  const length = expectInteger(lexicon['stemLength'], 'invalid-options', joinPath(path, 'stemLength'), 1, 64);
  const all = expectRecord(lexicon['weights'], 'invalid-options', joinPath(path, 'weights'));
  const weights = new Map<string, number[]>();
  const bias = ids.map((id, index) => {
    const at = joinPath(joinPath(path, 'weights'), id);
    const own = expectRecord(all[id], 'invalid-options', at);
    const value = own['bias'];
    if (typeof value !== 'number' || !Number.isFinite(value))
      fail('invalid-options', joinPath(at, 'bias'), 'a finite number', value);
    const words = expectString(own['words'], 'invalid-options', joinPath(at, 'words'));
    for (const group of words.split(/\s+/)) {
      if (!group) continue;
      const match =
        GROUP.exec(group) ??
        fail('invalid-options', joinPath(at, 'words'), 'groups like "1.5:stem,stem"', group);
      for (const stem of (match[2] as string).split(',')) {
        const row = weights.get(stem) ?? ids.map(() => 0);
        row[index] = Number(match[1]);
        weights.set(stem, row);
      }
    }
    return value;
  });
  return {
    bias,
    floor,
    weights,
    number: weights.get('0') ?? null,
    stem: stemmer(endings, length),
    seen: new Map(),
    short: new Map(),
  };
}
