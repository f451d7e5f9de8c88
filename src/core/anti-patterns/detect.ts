import { expectArray, expectString, fail, isRecord } from '../validate';
import { compiledFor, wordAt } from './compile';
import { evidenceOf } from './evidence';
import { createTokens, tokenize } from './tokenize';
import type { AntiPatternFinding, DetectAntiPatternsOptions } from './types';
import { createReading, readFeatures } from './features';
import { weigh } from './weigh';
import type { Word } from './words';

// A pattern fires when a unit's sum passes 0. Weights have one decimal, but their sum in floating point
// does not: -3.3 + 2 + 1.3 is 4.4e-16. A sum that is 0 in decimals must not fire on a rounding error.
const FIRES = 1e-9;

/**
 * Reads agenda items as they are written and says which ones turn the 1:1 into a status update, a
 * technical deep dive or a stealth performance review, with the words that fired and a reframe.
 * Each item is read once, word by word: every word weighs for each pattern through its stem and word
 * classes, phrase cues ("go over your tickets") and pairs of neighbouring words ("your tickets") add
 * their own weight, and a negation just before a cue ("not a status update") cancels it. A pattern fires when an item's weights add up past 0 (a
 * long text is weighed a few sentences at a time); the English weights are fitted on labelled agenda
 * items. Time is linear in the text's length, whatever it holds. Compiled rules are cached per
 * options object.
 *
 * @example
 * detectAntiPatterns([{ id: 'a', text: 'ETA for the billing feature' }, { id: 'b', text: 'I want to grow into an architect role' }]);
 * // → [{ pattern: 'status-update', itemId: 'a', evidence: [{ start: 0, end: 3, text: 'ETA' }], suggestion: '…' }]
 */
export function detectAntiPatterns(
  items: readonly { readonly id: string; readonly text: string }[],
  options?: DetectAntiPatternsOptions,
): AntiPatternFinding[] {
  const list = expectArray(items, 'invalid-items', 'items');
  const rules = compiledFor(options);
  const rows = rules.bias.length;
  const findings: AntiPatternFinding[] = [];
  const tokens = createTokens();
  const words: Word[] = [];
  const reading = createReading();
  const sums: number[] = [];
  // Per pattern row: the best unit's score, and where that unit starts in the text.
  const best: number[] = [];
  const bestStart: number[] = [];
  // Reads the unit of `text` starting at `start` into `reading`; gives where the next one starts.
  const read = (text: string, start: number): number => {
    const next = tokenize(text, tokens, start);
    for (let at = 0; at < tokens.length; at++) words[at] = wordAt(rules, text, tokens, at);
    readFeatures(rules.reach, tokens, words, reading);
    return next;
  };
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    // Error paths are only spelled out for an item that fails: building them costs more than the check.
    if (!isRecord(item) || typeof item['id'] !== 'string' || typeof item['text'] !== 'string') {
      if (!isRecord(item)) fail('invalid-items', `items[${index}]`, 'an item { id, text }', item);
      expectString(item['id'], 'invalid-items', `items[${index}].id`);
      expectString(item['text'], 'invalid-items', `items[${index}].text`);
    }
    const { id, text } = item as { id: string; text: string };
    for (let row = 0; row < rows; row++) best[row] = -Infinity;
    // A long text is read unit by unit (see `tokenize`), keeping only the best unit's score per pattern.
    // Where the unit now in `reading` starts.
    let current = -1;
    for (let start = 0; start < text.length;) {
      const next = read(text, start);
      if (tokens.length) {
        weigh(rules.bias, reading, sums);
        for (let row = 0; row < rows; row++) {
          if (sums[row]! > best[row]!) {
            best[row] = sums[row]!;
            bestStart[row] = start;
          }
        }
        current = start;
      }
      start = next;
    }
    for (const { id: pattern, row, suggestion } of rules.patterns) {
      if (!(best[row]! > FIRES)) continue;
      // Evidence comes from the unit that fired: read again unless it is the one just read.
      if (current !== bestStart[row]) {
        current = bestStart[row]!;
        read(text, current);
      }
      findings.push({ pattern, itemId: id, evidence: evidenceOf(text, tokens, reading, row), suggestion });
    }
  }
  return findings;
}
