import fc from 'fast-check';
import { detectAntiPatterns, OneOnOneError } from 'one-on-one-kit/core';
import { expectValidSpans } from './anti-patterns.spans';

const MILLION = 1_000_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(MILLION / unit.length)).slice(0, MILLION);
// A million characters of words never seen twice, to fill every memo.
const uniqueWords = (): string => {
  const words: string[] = [];
  for (let index = 0, length = 0; length < MILLION; index++) {
    const word = `w${index.toString(36)}x `;
    words.push(word);
    length += word.length;
  }
  return words.join('').slice(0, MILLION);
};

// Shapes that made the regular-expression detector quadratic or overflow its stack, and more.
const hostile: [name: string, text: () => string][] = [
  ['repeated cues', () => fill('why did you ')],
  ['repeated phrases', () => fill('go over your tickets ')],
  ['a negation before a run of punctuation', () => `not ETA ${fill('.!?;')}`.slice(0, MILLION)],
  ['negations only', () => fill("not don't never ")],
  ['zero-width characters inside words', () => fill('sta\u200btus \u200d\u200c')],
  ['zero-width characters only', () => fill('\u200b')],
  ['lone surrogates', () => fill('\ud800a\udc00 ')],
  ['one word a million letters long', () => fill('a')],
  ['one number a million digits long', () => fill('1')],
  ['a ticket prefix and a million digits', () => `PAY-${fill('7')}`.slice(0, MILLION)],
  ['a million hashes and digits', () => fill('#12')],
  ['words never seen twice', uniqueWords],
  ['apostrophes', () => fill("'")],
  ['combining marks', () => fill('e\u0301\u0302 ')],
  ['emoji', () => fill('🚀✅ ')],
  ['slashes', () => fill('w/ b/c a/b/')],
  ['line breaks', () => fill('\n')],
  ['pauses', () => fill(',-:() – ')],
  ['phrase starts that go nowhere', () => fill('you how i any where one ')],
];

describe('detection on hostile text', () => {
  it.each(hostile)('reads a million characters of %s in under a second', (_name, make) => {
    const text = make();
    expect(text.length).toBe(MILLION);
    const started = performance.now();
    let findings: ReturnType<typeof detectAntiPatterns> = [];
    try {
      findings = detectAntiPatterns([{ id: 'x', text }]);
    } catch (error) {
      expect(error).toBeInstanceOf(OneOnOneError);
    }
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    expectValidSpans(findings, new Map([['x', text]]));
  });

  it('keeps every span exact for any text: astral characters, combining marks, lone surrogates, invisible characters', () => {
    const pieces = fc.constantFrom(
      'ETA',
      'not',
      'PAY-12',
      '#48',
      'why did you',
      'walk through',
      'the diff',
      'your output',
      'e\u0301',
      'caf\u00e9',
      '\u200b',
      '\u200d',
      '\ud83d\ude80',
      '\ud800',
      '\udc00',
      '\ud835\udc00', // a letter outside the Basic Multilingual Plane
      '’',
      "'",
      '.',
      '?',
      ' ',
      '\n',
      'w/',
      '1:1s',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.array(pieces, { maxLength: 40 }).map((list) => list.join('')),
      fc.array(pieces, { maxLength: 40 }).map((list) => list.join(' ')),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        const items = texts.map((value, index) => ({ id: String(index), text: value }));
        const findings = detectAntiPatterns(items);
        expectValidSpans(findings, new Map(items.map((item) => [item.id, item.text])));
        for (const finding of findings) {
          for (const { start, end, text: span } of finding.evidence) {
            // Never half a surrogate pair, never an accent cut from its letter.
            const whole = texts[Number(finding.itemId)]!;
            expect(/^[\udc00-\udfff]/.test(span) && /[\ud800-\udbff]$/.test(whole.slice(0, start))).toBe(
              false,
            );
            expect(/[\ud800-\udbff]$/.test(span) && /^[\udc00-\udfff]/.test(whole.slice(end))).toBe(false);
            expect(/^[\u0300-\u036f]/.test(whole.slice(end))).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
