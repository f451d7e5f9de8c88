import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createQuestionBank,
  defaultQuestions,
  OneOnOneError,
  QUESTION_THEMES,
  type Question,
  type QuestionPillar,
} from 'one-on-one-kit/core';

const PILLARS: readonly QuestionPillar[] = ['present', 'near-future', 'horizon', 'feedback'];
const bank = createQuestionBank(defaultQuestions);

function catchError(run: () => unknown): OneOnOneError {
  try {
    run();
  } catch (error) {
    if (error instanceof OneOnOneError) return error;
    throw error;
  }
  throw new Error('expected a OneOnOneError');
}

function ids(questions: readonly Question[]): string[] {
  return questions.map((question) => question.id);
}

function makeQuestion(id: string, pillar: QuestionPillar = 'present', themes = ['energy']): Question {
  return { id, text: `Question ${id}?`, pillar, themes };
}

describe('the default question bank', () => {
  it('has at least 40 questions per pillar, 15 feedback asks and 150 in all', () => {
    const counts = Object.fromEntries(
      PILLARS.map((pillar) => [
        pillar,
        defaultQuestions.filter((question) => question.pillar === pillar).length,
      ]),
    );
    expect(counts.present).toBeGreaterThanOrEqual(40);
    expect(counts['near-future']).toBeGreaterThanOrEqual(40);
    expect(counts.horizon).toBeGreaterThanOrEqual(40);
    expect(counts.feedback).toBeGreaterThanOrEqual(15);
    expect(defaultQuestions.length).toBeGreaterThanOrEqual(150);
    expect(defaultQuestions.every((question) => PILLARS.includes(question.pillar))).toBe(true);
  });

  it('uses every vocabulary theme at least twice and no theme outside the vocabulary', () => {
    const uses = new Map<string, number>();
    for (const question of defaultQuestions) {
      for (const theme of question.themes) uses.set(theme, (uses.get(theme) ?? 0) + 1);
    }
    for (const theme of QUESTION_THEMES) {
      expect(uses.get(theme) ?? 0, theme).toBeGreaterThanOrEqual(2);
    }
    const vocabulary: readonly string[] = QUESTION_THEMES;
    expect([...uses.keys()].filter((theme) => !vocabulary.includes(theme))).toEqual([]);
  });

  it('documents every theme of the vocabulary in one line', () => {
    // The descriptions live in the TSDoc of QuestionTheme (a table), not in the shipped bundle.
    const source = readFileSync(path.resolve(__dirname, '../../src/core/questions/themes.ts'), 'utf8');
    expect(QUESTION_THEMES.length).toBeGreaterThanOrEqual(15);
    expect(QUESTION_THEMES.length).toBeLessThanOrEqual(25);
    expect(new Set(QUESTION_THEMES).size).toBe(QUESTION_THEMES.length);
    for (const theme of QUESTION_THEMES) {
      expect(theme).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const row = source.match(new RegExp(`^ \\* \\| \`${theme}\` \\| (.+) \\|$`, 'm'));
      expect(row?.[1]?.length ?? 0, theme).toBeGreaterThan(10);
    }
  });

  it('has no duplicate ids or texts and passes its own validation', () => {
    expect(new Set(ids(defaultQuestions)).size).toBe(defaultQuestions.length);
    const texts = defaultQuestions.map((question) => question.text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(defaultQuestions.length);
    expect(bank.questions).toHaveLength(defaultQuestions.length);
  });

  it('asks real questions: trimmed text ending in a question mark', () => {
    for (const question of defaultQuestions) {
      expect(question.text, question.id).toMatch(/^\S.*\?$/);
      expect(question.text.length, question.id).toBeLessThan(120);
    }
  });

  it('coaches every feedback ask on receiving the answer', () => {
    const asks = defaultQuestions.filter((question) => question.pillar === 'feedback');
    for (const ask of asks) {
      expect(ask.guidance, ask.id).toMatch(/thank/i);
      expect(ask.themes, ask.id).toContain('manager');
    }
    expect(defaultQuestions.some((question) => question.pillar !== 'feedback' && question.guidance)).toBe(
      false,
    );
  });

  it('mixes openers and deeper questions in every pillar', () => {
    for (const pillar of PILLARS) {
      const inPillar = defaultQuestions.filter((question) => question.pillar === pillar);
      const deeper = inPillar.filter((question) => question.depth === 'deeper').length;
      const openers = inPillar.filter((question) => question.depth === 'opener').length;
      expect(deeper + openers).toBe(inPillar.length);
      expect(deeper / inPillar.length, pillar).toBeGreaterThan(0.3);
      expect(openers / inPillar.length, pillar).toBeGreaterThan(0.3);
    }
  });

  it('includes the example questions from the method verbatim, in the right pillar', () => {
    const expected: Array<[string, QuestionPillar]> = [
      ["What's on your mind this week?", 'present'],
      ['Where are you feeling stuck?', 'present'],
      ['What would make the biggest difference in your current project?', 'near-future'],
      ['Where do you see your team getting stuck?', 'near-future'],
      ['What skills do you want to develop?', 'horizon'],
      ['What kind of leader do you want to become?', 'horizon'],
      ['What are your current career goals?', 'horizon'],
      ['What is one thing I could do differently to support you better?', 'feedback'],
    ];
    for (const [text, pillar] of expected) {
      expect(defaultQuestions.find((question) => question.text === text)?.pillar, text).toBe(pillar);
    }
  });

  it('asks about the person, never for the status of work', () => {
    const statusWords = /\b(status|eta|tickets?|deadlines?|on track|progress on|done yet|finish(ed)? by)\b/i;
    expect(defaultQuestions.filter((question) => statusWords.test(question.text)).map((q) => q.text)).toEqual(
      [],
    );
  });

  it('gives readable ids that start with the pillar and stay stable', () => {
    for (const question of defaultQuestions) {
      expect(question.id).toMatch(/^(present|near-future|horizon|feedback)-[a-z-]+-\d+$/);
      expect(question.id.startsWith(`${question.pillar}-${question.themes[0]}-`)).toBe(true);
    }
    expect(bank.byId('present-stuck-1')?.text).toBe('Where are you feeling stuck?');
    expect(bank.byId('horizon-leadership-1')?.text).toBe('What kind of leader do you want to become?');
    expect(bank.byId('feedback-manager-1')?.text).toBe(
      'What is one thing I could do differently to support you better?',
    );
  });

  it('is frozen plain data', () => {
    expect(Object.isFrozen(defaultQuestions)).toBe(true);
    expect(Object.isFrozen(defaultQuestions[0])).toBe(true);
    expect(Object.isFrozen(defaultQuestions[0]?.themes)).toBe(true);
    expect(JSON.parse(JSON.stringify(defaultQuestions))).toEqual(defaultQuestions);
  });
});

describe('picking questions', () => {
  it('gives the same questions for the same seed, strings and numbers alike', () => {
    const first = bank.pick({ pillar: 'present', seed: '2026-03-02' });
    expect(bank.pick({ pillar: 'present', seed: '2026-03-02' })).toEqual(first);
    expect(createQuestionBank(defaultQuestions).pick({ pillar: 'present', seed: '2026-03-02' })).toEqual(
      first,
    );
    expect(bank.pick({ pillar: 'horizon', seed: 42 })).toEqual(bank.pick({ pillar: 'horizon', seed: 42 }));
    expect(bank.pick({ pillar: 'horizon', seed: 42 })).toEqual(bank.pick({ pillar: 'horizon', seed: '42' }));
  });

  it('picks three by default and uses a fixed seed when none is given', () => {
    const picked = bank.pick({ pillar: 'near-future' });
    expect(picked).toHaveLength(3);
    expect(bank.pick({ pillar: 'near-future' })).toEqual(picked);
    expect(bank.pick({ pillar: 'near-future', seed: 0 })).toEqual(picked);
  });

  it('gives different questions for different seeds', () => {
    const results = new Set<string>();
    for (let seed = 0; seed < 50; seed += 1) {
      results.add(ids(bank.pick({ pillar: 'present', seed: `meeting-${seed}` })).join(','));
    }
    expect(results.size).toBeGreaterThanOrEqual(45);
    expect(ids(bank.pick({ pillar: 'horizon', seed: 'a' }))).not.toEqual(
      ids(bank.pick({ pillar: 'horizon', seed: 'b' })),
    );
  });

  it('never repeats a question within one pick', () => {
    for (let seed = 0; seed < 100; seed += 1) {
      const picked = ids(bank.pick({ pillar: 'horizon', count: 20, seed }));
      expect(new Set(picked).size).toBe(20);
    }
  });

  it('spreads picks evenly over the whole pillar across 500 seeds', () => {
    for (const pillar of PILLARS) {
      const pool = defaultQuestions.filter((question) => question.pillar === pillar);
      const counts = new Map(pool.map((question) => [question.id, 0]));
      for (let seed = 0; seed < 500; seed += 1) {
        for (const question of bank.pick({ pillar, seed }))
          counts.set(question.id, (counts.get(question.id) ?? 0) + 1);
      }
      const values = [...counts.values()];
      const expected = 1500 / pool.length;
      expect(values.length).toBe(pool.length);
      expect(Math.min(...values), pillar).toBeGreaterThanOrEqual(Math.floor(expected * 0.4));
      expect(Math.max(...values), pillar).toBeLessThanOrEqual(Math.ceil(expected * 1.6));
    }
  });

  it('returns only questions of the requested pillar, feedback included', () => {
    for (const pillar of PILLARS) {
      const picked = bank.pick({ pillar, count: 10, seed: pillar });
      expect(picked).toHaveLength(10);
      expect(picked.every((question) => question.pillar === pillar)).toBe(true);
    }
  });

  it('skips recently asked questions while others remain', () => {
    const pool = ids(defaultQuestions.filter((question) => question.pillar === 'horizon'));
    const keep = pool.slice(10, 13);
    const avoid = pool.filter((id) => !keep.includes(id));
    for (let seed = 0; seed < 20; seed += 1) {
      expect(ids(bank.pick({ pillar: 'horizon', seed, avoid })).sort()).toEqual([...keep].sort());
    }
    const recent = ids(bank.pick({ pillar: 'present', count: 5, seed: 'last week' }));
    const next = ids(bank.pick({ pillar: 'present', count: 5, seed: 'last week', avoid: recent }));
    expect(next.filter((id) => recent.includes(id))).toEqual([]);
  });

  it('falls back on avoided questions, asked longest ago first, only when the rest run out', () => {
    const small = createQuestionBank(['a', 'b', 'c', 'd'].map((id) => makeQuestion(id)));
    const picked = ids(small.pick({ pillar: 'present', count: 3, seed: 1, avoid: ['c', 'a', 'b'] }));
    expect(picked).toEqual(['d', 'c', 'a']);
    // An id listed again later counts as asked recently.
    expect(ids(small.pick({ pillar: 'present', count: 3, avoid: ['c', 'a', 'b', 'c'] }))).toEqual([
      'd',
      'a',
      'b',
    ]);
    expect(ids(small.pick({ pillar: 'present', count: 4, avoid: ['a', 'b', 'c', 'd'] }))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(ids(small.pick({ pillar: 'present', count: 2, avoid: ['unknown-id'] }))).toHaveLength(2);
  });

  it('keeps only questions with any of the given themes', () => {
    const wins = defaultQuestions.filter(
      (question) => question.pillar === 'present' && question.themes.includes('wins'),
    );
    const picked = bank.pick({ pillar: 'present', count: 50, themes: ['wins'] });
    expect(ids(picked).sort()).toEqual(ids(wins).sort());
    const either = bank.pick({ pillar: 'horizon', count: 50, themes: ['leadership', 'passions'] });
    expect(either.length).toBeGreaterThan(5);
    expect(either.every((q) => q.themes.includes('leadership') || q.themes.includes('passions'))).toBe(true);
    expect(bank.pick({ pillar: 'present', themes: ['no-such-theme'] })).toEqual([]);
    expect(bank.pick({ pillar: 'present', themes: [], seed: 5 })).toEqual(
      bank.pick({ pillar: 'present', seed: 5 }),
    );
  });

  it('keeps only openers or only deeper questions when asked', () => {
    const openers = bank.pick({ pillar: 'near-future', count: 50, depth: 'opener' });
    expect(openers.length).toBeGreaterThan(10);
    expect(openers.every((question) => question.depth === 'opener')).toBe(true);
    expect(
      bank.pick({ pillar: 'feedback', count: 5, depth: 'deeper' }).every((q) => q.depth === 'deeper'),
    ).toBe(true);
  });

  it('returns fewer than asked only when the pool is smaller', () => {
    const small = createQuestionBank([makeQuestion('a'), makeQuestion('b'), makeQuestion('c', 'horizon')]);
    expect(ids(small.pick({ pillar: 'present', count: 5 })).sort()).toEqual(['a', 'b']);
    expect(small.pick({ pillar: 'near-future', count: 5 })).toEqual([]);
    expect(bank.pick({ pillar: 'horizon', count: 50 })).toHaveLength(
      defaultQuestions.filter((question) => question.pillar === 'horizon').length,
    );
  });

  it('returns nothing for a count of zero', () => {
    expect(bank.pick({ pillar: 'present', count: 0 })).toEqual([]);
  });

  it('does not change the avoid list it is given', () => {
    const avoid = Object.freeze(['present-stuck-1', 'present-energy-1']);
    bank.pick({ pillar: 'present', count: 50, avoid });
    expect(avoid).toEqual(['present-stuck-1', 'present-energy-1']);
  });

  it('rejects bad options with the field that is wrong', () => {
    const cases: Array<[unknown, string]> = [
      [undefined, 'options'],
      [null, 'options'],
      [[], 'options'],
      [{}, 'options.pillar'],
      [{ pillar: 'future' }, 'options.pillar'],
      [{ pillar: 'present', count: -1 }, 'options.count'],
      [{ pillar: 'present', count: 51 }, 'options.count'],
      [{ pillar: 'present', count: 1.5 }, 'options.count'],
      [{ pillar: 'present', count: '3' }, 'options.count'],
      [{ pillar: 'present', seed: Number.NaN }, 'options.seed'],
      [{ pillar: 'present', seed: {} }, 'options.seed'],
      [{ pillar: 'present', avoid: 'present-stuck-1' }, 'options.avoid'],
      [{ pillar: 'present', avoid: ['ok', 7] }, 'options.avoid[1]'],
      [{ pillar: 'present', themes: [null] }, 'options.themes[0]'],
      [{ pillar: 'present', depth: 'shallow' }, 'options.depth'],
    ];
    for (const [options, path] of cases) {
      const error = catchError(() => bank.pick(options as never));
      expect(error.code, path).toBe('invalid-options');
      expect(error.path).toBe(path);
    }
  });

  it('finds questions by id and answers undefined for unknown ones', () => {
    expect(bank.byId('present-stuck-1')?.pillar).toBe('present');
    expect(bank.byId('nope')).toBeUndefined();
    expect(bank.byId(42 as never)).toBeUndefined();
  });
});

describe('validating a host bank', () => {
  function issuesOf(questions: unknown) {
    const error = catchError(() => createQuestionBank(questions as Question[]));
    expect(error.code).toBe('invalid-question-bank');
    return error.issues.map((issue) => issue.path);
  }

  it('rejects a duplicate id', () => {
    expect(issuesOf([makeQuestion('a'), { ...makeQuestion('b'), id: 'a' }])).toEqual(['questions[1].id']);
  });

  it('rejects the same text twice, ignoring case and surrounding spaces', () => {
    const first = { id: 'a', text: 'How are you?', pillar: 'present', themes: ['energy'] };
    const second = { id: 'b', text: '  how ARE you?  ', pillar: 'horizon', themes: ['growth'] };
    expect(issuesOf([first, second])).toEqual(['questions[1].text']);
  });

  it('rejects an unknown pillar', () => {
    expect(issuesOf([{ ...makeQuestion('a'), pillar: 'future' }])).toEqual(['questions[0].pillar']);
  });

  it('rejects empty text and empty ids', () => {
    expect(issuesOf([{ ...makeQuestion('a'), text: '   ' }])).toEqual(['questions[0].text']);
    expect(issuesOf([{ ...makeQuestion('a'), id: '' }])).toEqual(['questions[0].id']);
  });

  it('rejects missing, empty or blank themes', () => {
    expect(issuesOf([{ ...makeQuestion('a'), themes: [] }])).toEqual(['questions[0].themes']);
    expect(issuesOf([{ ...makeQuestion('a'), themes: 'energy' }])).toEqual(['questions[0].themes']);
    expect(issuesOf([{ ...makeQuestion('a'), themes: ['energy', ' '] }])).toEqual(['questions[0].themes[1]']);
  });

  it('rejects an unknown depth and blank guidance', () => {
    expect(issuesOf([{ ...makeQuestion('a'), depth: 'medium' }])).toEqual(['questions[0].depth']);
    expect(issuesOf([{ ...makeQuestion('a'), guidance: '' }])).toEqual(['questions[0].guidance']);
  });

  it('rejects input that is not an array of question objects', () => {
    for (const input of [null, undefined, 42, 'questions', { questions: [] }]) {
      expect(issuesOf(input)).toEqual(['questions']);
    }
    expect(issuesOf([makeQuestion('a'), null, ['x']])).toEqual(['questions[1]', 'questions[2]']);
  });

  it('lists every problem at once, each with its path', () => {
    const error = catchError(() =>
      createQuestionBank([
        makeQuestion('a'),
        { id: 'a', text: '', pillar: 'someday', themes: [] },
        { ...makeQuestion('c'), text: 'Question a?' },
        7,
        { id: 'e', text: 'Fine?', pillar: 'horizon', themes: ['growth', 3], depth: 'deep' },
      ] as never),
    );
    expect(error.code).toBe('invalid-question-bank');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'questions[1].id',
      'questions[1].text',
      'questions[1].pillar',
      'questions[1].themes',
      'questions[2].text',
      'questions[3]',
      'questions[4].themes[1]',
      'questions[4].depth',
    ]);
    expect(error.path).toBe('questions[1].id');
    expect(error.message).toContain('and 7 more');
    expect(error.issues.every((issue) => issue.message.length > 0)).toBe(true);
  });

  it('accepts theme words of its own and an empty bank', () => {
    const own = createQuestionBank([
      { id: 'x', text: 'Any rocks in your shoe?', pillar: 'present', themes: ['pebbles'] },
    ]);
    expect(own.pick({ pillar: 'present', themes: ['pebbles'] })).toHaveLength(1);
    expect(createQuestionBank([]).pick({ pillar: 'horizon' })).toEqual([]);
  });

  it('keeps frozen copies, so later changes to the input do not reach the bank', () => {
    const themes = ['energy'];
    const input = [{ id: 'a', text: 'How are you?', pillar: 'present' as const, themes, extra: true }];
    const own = createQuestionBank(input);
    themes.push('stress');
    input[0]!.text = 'Changed?';
    expect(own.byId('a')).toEqual({ id: 'a', text: 'How are you?', pillar: 'present', themes: ['energy'] });
    expect(Object.isFrozen(own)).toBe(true);
    expect(Object.isFrozen(own.questions)).toBe(true);
  });
});

describe('extending, replacing and translating the bank', () => {
  it('adds a host’s questions to the defaults with extend or a spread', () => {
    const mine = [
      {
        id: 'ours-1',
        text: 'What did you learn from the last on-call week?',
        pillar: 'present' as const,
        themes: ['growth'],
      },
    ];
    const extended = bank.extend(mine);
    expect(extended.questions).toHaveLength(defaultQuestions.length + 1);
    expect(extended.byId('ours-1')?.text).toBe(mine[0]!.text);
    expect(bank.byId('ours-1')).toBeUndefined();
    expect(createQuestionBank([...defaultQuestions, ...mine]).questions).toEqual(extended.questions);
  });

  it('reports clashes with the existing bank by the index in the added list', () => {
    const error = catchError(() =>
      bank.extend([
        { id: 'ours-1', text: 'Fresh?', pillar: 'present', themes: ['growth'] },
        { id: 'present-stuck-1', text: 'where are you feeling stuck?', pillar: 'present', themes: ['stuck'] },
      ]),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['questions[1].id', 'questions[1].text']);
  });

  it('replaces the defaults entirely with a bank of the host’s own', () => {
    const own = createQuestionBank([makeQuestion('only', 'feedback', ['manager'])]);
    expect(own.pick({ pillar: 'feedback', count: 5 }).map((question) => question.id)).toEqual(['only']);
    expect(own.byId('present-stuck-1')).toBeUndefined();
  });

  it('builds and picks from a bank in German', () => {
    const german = createQuestionBank(
      [
        {
          id: 'jetzt-1',
          text: 'Was beschäftigt dich diese Woche?',
          pillar: 'present',
          themes: ['on-their-mind'],
        },
        { id: 'jetzt-2', text: 'Wo steckst du gerade fest?', pillar: 'present', themes: ['stuck'] },
        {
          id: 'bald-1',
          text: 'Was würde in deinem Projekt den größten Unterschied machen?',
          pillar: 'near-future',
          themes: ['biggest-difference'],
        },
        {
          id: 'weit-1',
          text: 'Was für eine Führungskraft möchtest du werden?',
          pillar: 'horizon',
          themes: ['leadership'],
        },
        {
          id: 'rueck-1',
          text: 'Was könnte ich anders machen, um dich besser zu unterstützen?',
          pillar: 'feedback',
          themes: ['manager'],
          guidance: 'Wiederhole, was du gehört hast, bedanke dich und sag, was du tun wirst.',
        },
      ],
      { locale: 'de' },
    );
    expect(german.locale).toBe('de');
    expect(bank.locale).toBe('en');
    expect(ids(german.pick({ pillar: 'present', count: 2, seed: 'Montag' })).sort()).toEqual([
      'jetzt-1',
      'jetzt-2',
    ]);
    expect(german.pick({ pillar: 'feedback' })[0]?.guidance).toContain('bedanke');
    expect(german.extend([makeQuestion('weit-2', 'horizon')]).locale).toBe('de');
  });

  it('rejects bank options that are not an object or a blank locale', () => {
    expect(catchError(() => createQuestionBank([], 'de' as never)).path).toBe('options');
    const error = catchError(() => createQuestionBank([], { locale: ' ' }));
    expect([error.code, error.path]).toEqual(['invalid-options', 'options.locale']);
  });
});
