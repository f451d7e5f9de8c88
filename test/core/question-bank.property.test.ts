import fc from 'fast-check';
import {
  createQuestionBank,
  defaultQuestions,
  OneOnOneError,
  type QuestionPillar,
} from 'one-on-one-kit/core';

const bank = createQuestionBank(defaultQuestions);
const allIds = defaultQuestions.map((question) => question.id);
const pillar = fc.constantFrom<QuestionPillar>('present', 'near-future', 'horizon', 'feedback');
const seed = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const avoid = fc.array(fc.oneof(fc.constantFrom(...allIds), fc.string()), { maxLength: 80 });

function expectOnlyOneOnOneError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof OneOnOneError)) throw error;
  }
}

describe('pick, for any seed, count and avoid list', () => {
  it('returns distinct questions of the pillar, as many as the pool allows, fresh ones first', () => {
    fc.assert(
      fc.property(pillar, seed, fc.integer({ min: 0, max: 50 }), avoid, (which, anySeed, count, avoided) => {
        const picked = bank.pick({ pillar: which, seed: anySeed, count, avoid: avoided });
        // The bank holds frozen copies, so compare by id.
        const pool = defaultQuestions
          .filter((question) => question.pillar === which)
          .map((question) => question.id);
        const fresh = pool.filter((id) => !avoided.includes(id));
        expect(picked).toHaveLength(Math.min(count, pool.length));
        const pickedIds = picked.map((question) => question.id);
        expect(new Set(pickedIds).size).toBe(picked.length);
        expect(pickedIds.every((id) => pool.includes(id))).toBe(true);
        const freshPicked = pickedIds.filter((id) => fresh.includes(id));
        expect(freshPicked).toHaveLength(Math.min(count, fresh.length));
        // Fresh questions always come before avoided ones.
        expect(pickedIds.slice(0, freshPicked.length)).toEqual(freshPicked);
        expect(bank.pick({ pillar: which, seed: anySeed, count, avoid: avoided })).toEqual(picked);
      }),
      { numRuns: 300 },
    );
  });

  it('honours a theme filter for any set of themes', () => {
    const themes = fc.array(
      fc.constantFrom(...new Set(defaultQuestions.flatMap((question) => question.themes))),
      {
        minLength: 1,
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(pillar, seed, fc.integer({ min: 0, max: 50 }), themes, (which, anySeed, count, wanted) => {
        const picked = bank.pick({ pillar: which, seed: anySeed, count, themes: wanted });
        const pool = defaultQuestions
          .filter(
            (question) =>
              question.pillar === which && question.themes.some((theme) => wanted.includes(theme)),
          )
          .map((question) => question.id);
        expect(picked).toHaveLength(Math.min(count, pool.length));
        expect(picked.every((question) => pool.includes(question.id))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fuzzed input', () => {
  it('createQuestionBank throws nothing but OneOnOneError for any value', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (questions, options) => {
        expectOnlyOneOnOneError(() => createQuestionBank(questions as never));
        expectOnlyOneOnOneError(() => createQuestionBank([], options as never));
      }),
      { numRuns: 500 },
    );
  });

  it('createQuestionBank throws nothing but OneOnOneError for question-shaped values', () => {
    const field = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.constantFrom('present', 'feedback', 'opener', 'deeper'),
    );
    const question = fc.record(
      {
        id: field,
        text: field,
        pillar: field,
        themes: fc.oneof(fc.array(field), field),
        depth: field,
        guidance: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(question, fc.anything()), { maxLength: 8 }), (questions) => {
        expectOnlyOneOnOneError(() =>
          createQuestionBank(questions as never).pick({ pillar: 'present', count: 50 }),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('pick, byId and extend throw nothing but OneOnOneError for any value', () => {
    const options = fc.oneof(
      fc.anything(),
      fc.record(
        {
          pillar: fc.oneof(pillar, fc.anything()),
          count: fc.anything(),
          seed: fc.anything(),
          avoid: fc.anything(),
          themes: fc.anything(),
          depth: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(options, fc.anything(), (anyOptions, anyValue) => {
        expectOnlyOneOnOneError(() => bank.pick(anyOptions as never));
        expectOnlyOneOnOneError(() => bank.byId(anyValue as never));
        expectOnlyOneOnOneError(() => bank.extend(anyValue as never));
      }),
      { numRuns: 500 },
    );
  });
});
