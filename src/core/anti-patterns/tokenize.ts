// Stage 1 of detection: the text as tokens, read in one pass, each character once. Everything after
// this stage reads tokens, never the text, so no later stage can be slower than linear in its length.

/** A word: letters and digits, with apostrophes and invisible characters inside it ("don't"). */
export const WORD = 0;
/** A number, with its separators and an ordinal or plural ending ("3.9", "1:1s", "2nd"); its key is `0`. */
export const NUMBER = 1;
/** A ticket or issue id: capitals, a dash and digits ("PAY-1234"), or `#` and two digits or more. */
export const TICKET = 2;
/** A run of punctuation holding a question mark: ends a sentence. */
export const QUESTION = 3;
/** A run of punctuation that ends a sentence: `.` before a space, `!`, `;`, a line break, a bullet. */
export const STOP = 4;
/** A pause inside a sentence: `,`, `:`, brackets, a dash between spaces. Ends a clause. */
export const PAUSE = 5;

/**
 * The tokens of one text as parallel arrays (no object per token), reused from item to item. Spans
 * index the text as given: `text.slice(start[i], end[i])` is the token as written.
 */
export interface Tokens {
  length: number;
  /** How many of them are words, numbers or tickets (not punctuation). */
  words: number;
  readonly kind: number[];
  readonly start: number[];
  readonly end: number[];
  /**
   * A word's key: lower case, apostrophes and invisible characters dropped ("Don't" → `dont`); an id
   * typed in lower case is its prefix and a dash ("acme-78" → `acme-`). A ticket's key is `#` and its
   * prefix (`#pay-`, or `#` alone for "#482"); a number's is `0`; punctuation's `?`, `.` or `,`.
   */
  readonly key: string[];
  /**
   * A word of twelve ASCII letters or fewer (most words) as two numbers, its first six letters and the
   * rest read in base 27 (`code2` is 0 for six letters or fewer); -1 for any other token. Such a
   * word is looked up by its numbers (see `wordAt`), and its key is only built (see `keyAt`) the
   * first time one is seen.
   */
  readonly code: number[];
  readonly code2: number[];
}

export const createTokens = (): Tokens => ({
  length: 0,
  words: 0,
  kind: [],
  start: [],
  end: [],
  key: [],
  code: [],
  code2: [],
});

/**
 * A unit, the span weighed as a whole, closes at the first sentence end after this many words:
 * weights are fitted on whole agenda items, so an item of a few sentences is weighed whole, and a
 * page a few sentences at a time (summed whole, it would say nothing).
 */
export const UNIT_WORDS = 20;
/**
 * A unit also closes after this many words without a sentence end (or twice as many tokens), so no
 * unit grows without bound.
 */
export const MAX_UNIT_WORDS = 60;

/** The key of token `at` of `text` (built now for a short word, whose key the tokenizer left empty). */
export const keyAt = (text: string, tokens: Tokens, at: number): string =>
  tokens.key[at] || (tokens.key[at] = text.slice(tokens.start[at], tokens.end[at]).toLowerCase());

const LETTER = 1;
const DIGIT = 2;
/** An apostrophe: part of a word when a letter follows ("don't"), not at its end ("teams'"). */
const JOIN = 3;
/** Zero-width and soft-hyphen characters: part of a word when inside one, otherwise nothing. */
const INVISIBLE = 4;

// The class of each ASCII character, as a digit: one lookup instead of a chain of comparisons.
const ASCII =
  '00000000000000000000000000000000000000030000000022222222220000000111111111111111111111111110000001111111111111111111111111100000';

function classOf(code: number): number {
  if (code < 128) return ASCII.charCodeAt(code) - 48;
  if (code === 0x2019) return JOIN;
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff)
    return INVISIBLE;
  // Letters and combining marks of every script in the Basic Multilingual Plane; not punctuation,
  // symbols, surrogates (emoji and other astral characters are never part of a word) or private use.
  return code >= 0xc0 &&
    code !== 0xd7 &&
    code !== 0xf7 &&
    !(code >= 0x2000 && code <= 0x2bff) &&
    !(code >= 0x3000 && code <= 0x303f) &&
    !(code >= 0xd800 && code <= 0xf8ff) &&
    !(code >= 0xfe00 && code <= 0xfe0f) &&
    code < 0xfff0
    ? LETTER
    : 0;
}

const isWordAt = (text: string, at: number): boolean => {
  const type = classOf(text.charCodeAt(at));
  return type === LETTER || type === DIGIT;
};

const isDigitAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

// Inside a number: "3.9", "10,000", "06:40", "18/27".
const isNumberSeparator = (code: number): boolean => code === 46 || code === 44 || code === 58 || code === 47;

// Capitals-dash-digits that are not tickets: quarters, severities, standards, a virus.
const NOT_TICKETS = /^(?:[qh]\d|sev|covid|utf|iso|sha|rfc|gpt|cve)/;
// Endings that stay with a number: "1:1s", "502s", "2nd".
const NUMBER_ENDINGS = new Set(['s', 'st', 'nd', 'rd', 'th']);

function push(
  tokens: Tokens,
  kind: number,
  start: number,
  end: number,
  key: string,
  code = -1,
  code2 = 0,
): void {
  const at = tokens.length++;
  if (kind < QUESTION) tokens.words++;
  tokens.kind[at] = kind;
  tokens.start[at] = start;
  tokens.end[at] = end;
  tokens.key[at] = key;
  tokens.code[at] = code;
  tokens.code2[at] = code2;
}

// Punctuation runs become one token: the strongest kind in the run wins (a question over a stop over
// a pause), so a wall of "?!.;" is one token, not a million.
function punctuation(tokens: Tokens, kind: number, start: number, end: number): void {
  const last = tokens.length - 1;
  if (last >= 0 && tokens.kind[last]! >= QUESTION && tokens.end[last] === start) {
    tokens.end[last] = end;
    const strongest = Math.min(tokens.kind[last]!, kind);
    tokens.kind[last] = strongest;
    tokens.key[last] = strongest === QUESTION ? '?' : strongest === STOP ? '.' : ',';
  } else push(tokens, kind, start, end, kind === QUESTION ? '?' : kind === STOP ? '.' : ',');
}

// A word's key: lower case, without apostrophes or invisible characters.
function keyOf(text: string, start: number, end: number, joined: boolean): string {
  const lower = text.slice(start, end).toLowerCase();
  if (!joined) return lower;
  let key = '';
  for (let at = 0; at < lower.length; at++) {
    const type = classOf(lower.charCodeAt(at));
    if (type === LETTER || type === DIGIT) key += lower[at];
  }
  return key;
}

// What a punctuation character makes: a question, a stop or a pause; 0 for anything else (a full
// stop and a dash are read in context).
function punctuationOf(code: number): number {
  switch (code) {
    case 63:
      return QUESTION;
    case 33:
    case 59:
    case 10:
    case 0x2022:
    case 124:
      return STOP;
    case 44:
    case 58:
    case 40:
    case 41:
    case 0x2013:
    case 0x2014:
      return PAUSE;
    default:
      return 0;
  }
}

/**
 * Reads one unit of `text`, from `from`, into `tokens` (cleared first), and gives where the next unit
 * starts (`text.length` at the end). Reading a long text unit by unit keeps the buffers small, however
 * long the text. Words keep apostrophes and invisible characters inside them, so a span never splits a
 * letter from its accent; "w/" and "b/c" stay one word so the rules can name them; a ticket id is one
 * token. Emoji and symbols are skipped. Spans index the whole text.
 */
export function tokenize(text: string, tokens: Tokens, from = 0): number {
  tokens.length = 0;
  tokens.words = 0;
  const length = text.length;
  let at = from;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (tokens.words >= UNIT_WORDS || tokens.length >= 2 * MAX_UNIT_WORDS) {
      const last = tokens.length - 1;
      const ended = tokens.kind[last] === STOP || tokens.kind[last] === QUESTION;
      // Closed at a sentence end once its run of punctuation is over, or at the most words (or
      // twice as many tokens: a page of punctuation).
      const full = tokens.words >= MAX_UNIT_WORDS || tokens.length >= 2 * MAX_UNIT_WORDS;
      if (
        (ended || full) &&
        !(
          tokens.kind[last]! >= QUESTION &&
          tokens.end[last] === at &&
          (punctuationOf(code) || code === 46 || code === 45)
        )
      )
        break;
    }
    const type = classOf(code);
    const start = at;
    if (type === DIGIT) {
      at++;
      while (isDigitAt(text, at) || (isNumberSeparator(text.charCodeAt(at)) && isDigitAt(text, at + 1))) at++;
      let end = at;
      while (end < length && classOf(text.charCodeAt(end)) === LETTER && end - at < 3) end++;
      if (NUMBER_ENDINGS.has(text.slice(at, end).toLowerCase()) && !isWordAt(text, end)) at = end;
      push(tokens, NUMBER, start, at, '0');
    } else if (type === LETTER) {
      let joined = false;
      // The word's letters in base 27 while they are ASCII letters, six to a number, twelve at most:
      // -1 otherwise.
      let letters = (code | 32) - 96;
      if (letters < 1 || letters > 26) letters = -1;
      let letters2 = 0;
      let count = 1;
      at++;
      for (;;) {
        const char = text.charCodeAt(at);
        // ASCII letters first: most characters of most words.
        const letter = (char | 32) - 96;
        if (letter >= 1 && letter <= 26 && char < 128) {
          if (letters >= 0) {
            if (count < 6) letters = letters * 27 + letter;
            else if (count < 12) letters2 = letters2 * 27 + letter;
            else letters = -1;
            count++;
          }
          at++;
          continue;
        }
        const next = classOf(char);
        if (next === LETTER || next === DIGIT) {
          letters = -1;
          at++;
        } else if ((next === JOIN || next === INVISIBLE) && isWordAt(text, at + 1)) {
          joined = true;
          at += 2;
        } else if (next === INVISIBLE && at + 1 < length && classOf(text.charCodeAt(at + 1)) === INVISIBLE) {
          // A run of invisible characters inside a word: step over them one by one.
          joined = true;
          at++;
        } else break;
      }
      let end = at;
      const letterEnd = at;
      const separator = text.charCodeAt(end);
      if ((separator === 45 || separator === 35) && isDigitAt(text, end + 1) && end - start <= 10) {
        // "PAY-1234", "acme-78", "GH#12": one token keyed by its prefix, a ticket when in capitals.
        let close = end + 1;
        while (isDigitAt(text, close)) close++;
        if (!isWordAt(text, close) && !joined) {
          const prefix = text.slice(start, end);
          const key = `${prefix.toLowerCase()}-`;
          const ticket = /^[A-Z][A-Z\d]+$/.test(prefix) && !NOT_TICKETS.test(key);
          push(tokens, ticket ? TICKET : WORD, start, close, ticket ? `#${key}` : key);
          at = close;
          continue;
        }
      }
      if (end - start === 1 && separator === 47) {
        // "w/", "w/o", "b/c": a letter, a slash and at most one more letter.
        end++;
        if (classOf(text.charCodeAt(end)) === LETTER && !isWordAt(text, end + 1)) end++;
        at = end;
      }
      if (letters >= 0 && !joined && end === letterEnd) push(tokens, WORD, start, end, '', letters, letters2);
      else push(tokens, WORD, start, end, keyOf(text, start, end, joined));
    } else {
      at++;
      if (code === 32) continue;
      const kind = punctuationOf(code);
      if (kind) punctuation(tokens, kind, start, at);
      else if (code === 46) {
        // A full stop ends a sentence before a space or the end, not inside "node.js" or "e.g".
        if (!isWordAt(text, at)) punctuation(tokens, STOP, start, at);
      } else if (code === 45) {
        // A dash between spaces is a pause; inside a word ("follow-up") it only separates.
        if (!isWordAt(text, at) && !isWordAt(text, start - 1)) punctuation(tokens, PAUSE, start, at);
      } else if (code === 35 && isDigitAt(text, at) && isDigitAt(text, at + 1)) {
        while (isDigitAt(text, at)) at++;
        if (isWordAt(text, at)) continue;
        push(tokens, TICKET, start, at, '#');
      } else if (code === 37) {
        // A percent sign is a word the rules may weigh: "% complete".
        push(tokens, WORD, start, at, '%');
      }
    }
  }
  return at;
}
