import type { AntiPatternFinding } from 'one-on-one-kit/core';

/** Every finding has evidence, and each span is where it says: sorted, not overlapping, inside the text. */
export function expectValidSpans(
  findings: readonly AntiPatternFinding[],
  textById: ReadonlyMap<string, string>,
): void {
  for (const finding of findings) {
    const text = textById.get(finding.itemId) as string;
    expect(finding.evidence.length).toBeGreaterThan(0);
    let lastEnd = 0;
    for (const span of finding.evidence) {
      expect(span.start).toBeGreaterThanOrEqual(lastEnd);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end)).toBe(span.text);
      lastEnd = span.end;
    }
  }
}
