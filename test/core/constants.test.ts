import * as core from 'one-on-one-kit/core';

// Every value the core exports that is not a function is a shared constant: a host module that could
// change one would change it for every other module of the app.
const constants = Object.entries(core).filter(([, value]) => typeof value !== 'function');

/** Paths of every object inside `value` (itself included) that is not frozen. */
function unfrozen(value: unknown, path: string): string[] {
  if (!value || typeof value !== 'object') return [];
  return [
    ...(Object.isFrozen(value) ? [] : [path]),
    ...Object.entries(value).flatMap(([key, inner]) => unfrozen(inner, `${path}.${key}`)),
  ];
}

describe('exported constants', () => {
  it('are the ones the docs name, found from the module itself', () => {
    expect(constants.map(([name]) => name).sort()).toEqual([
      'ANTI_PATTERNS',
      'ANTI_PATTERN_IDS',
      'DEFAULT_CADENCE',
      'PILLARS',
      'PILLAR_IDS',
      'QUESTION_THEMES',
      'TAKEAWAY_LIMITS',
      'defaultQuestions',
      'englishRules',
    ]);
  });

  it.each(constants)('%s is frozen all the way down', (name, value) => {
    expect(unfrozen(value, name)).toEqual([]);
  });

  it('cannot be changed by one host module for the others', () => {
    const before = structuredClone(constants);
    // What a careless host module might do; test files are ES modules, so each write throws.
    const attempts: (() => void)[] = [
      () => ((core.PILLARS[0] as { title: string }).title = 'Status'),
      () => (core.PILLARS as unknown as unknown[]).push({}),
      () => ((core.PILLARS[1].explores as string[])[0] = 'tickets'),
      () => ((core.PILLAR_IDS as string[])[0] = 'status'),
      () => ((core.DEFAULT_CADENCE as { horizonEveryDays: number }).horizonEveryDays = 1),
      () => (core.QUESTION_THEMES as unknown as string[]).splice(0, 1),
      () => ((core.ANTI_PATTERNS[0] as { suggestion?: string }).suggestion = 'none'),
      () => ((core.englishRules.classes as Record<string, string>)['verdict'] = ''),
      () => ((core.englishRules.weights['status-update'] as { bias: number }).bias = Infinity),
      () => ((core.englishRules.suggestions as Record<string, string>)['status-update'] = ''),
      () => ((core.defaultQuestions[0] as { text: string }).text = 'Changed?'),
      () => (core.defaultQuestions[0]!.themes as string[]).push('status'),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    expect(structuredClone(constants)).toEqual(before);
    // And so the core still behaves as documented for everyone.
    expect(core.nextFocus([], '2026-03-02').reason).toContain('The Present Moment');
    expect(core.detectAntiPatterns([{ id: 'a', text: 'ETA for PAY-1234?' }])).toHaveLength(1);
  });
});
