// Stage 6 of detection: the words a finding names, read from the features of the unit that fired.

import type { Reading } from './features';
import type { Tokens } from './tokenize';
import type { AntiPatternEvidence } from './types';

/**
 * The spans that weighed most for pattern `row` in the unit read into `reading`: every word or phrase
 * weighing a point or more and at least half the heaviest (so at least the heaviest), overlapping
 * spans and neighbours one space apart joined. Filler words and question marks are shown only when
 * nothing else weighed for the pattern.
 */
export function evidenceOf(
  text: string,
  tokens: Tokens,
  reading: Reading,
  row: number,
): AntiPatternEvidence[] {
  const { features, first, last } = reading;
  let top = 0;
  let topOfAll = 0;
  for (let at = 0; at < reading.length; at++) {
    const weight = features[at]!.weights?.[row] ?? 0;
    if (features[at]!.shown) top = Math.max(top, weight);
    topOfAll = Math.max(topOfAll, weight);
  }
  const any = top <= 0;
  if (any) top = topOfAll;
  const floor = Math.max(Math.min(1, top), top / 2);
  const evidence: AntiPatternEvidence[] = [];
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start >= 0) evidence.push({ start, end, text: text.slice(start, end) });
  };
  // In order of where they start: a word, then the phrases starting at it.
  for (let at = 0; at < reading.length; at++) {
    const feature = features[at]!;
    if (!(top > 0 && (feature.weights?.[row] ?? 0) >= floor) || !(any || feature.shown)) continue;
    const partStart = tokens.start[first[at]!]!;
    const partEnd = tokens.end[last[at]!]!;
    if (start >= 0 && (partStart <= end || (partStart - end === 1 && text[end] === ' ')))
      end = Math.max(end, partEnd);
    else {
      close();
      start = partStart;
      end = partEnd;
    }
  }
  // Only a bias could fire with nothing weighing for it (a hand-written rule set): name the unit.
  if (start < 0) [start, end] = [tokens.start[0]!, tokens.end[tokens.length - 1]!];
  close();
  return evidence;
}
