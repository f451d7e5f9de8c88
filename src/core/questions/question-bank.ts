import { OneOnOneError, type OneOnOneIssue } from '../errors';
import {
  expectArray,
  expectInteger,
  expectOneOf,
  expectRecord,
  expectString,
  fail,
  isText,
  joinPath,
} from '../validate';
import { createRandom, hashSeed, sample } from './random';
import type { Question, QuestionDepth, QuestionPillar } from './types';

/**
 * Options for {@link createQuestionBank}.
 * @example createQuestionBank(spanishQuestions, { locale: 'es' })
 */
export interface QuestionBankOptions {
  /** The language the questions are written in, as a BCP 47 tag such as `'de'`; `'en'` when left out. */
  readonly locale?: string;
}

/**
 * Options for {@link QuestionBank.pick}.
 * @example bank.pick({ pillar: 'present', count: 2, seed: '2026-03-02', avoid: recentIds, themes: ['wins'] })
 */
export interface PickQuestionsOptions {
  /** Which pillar to pick from, or `'feedback'` for the closing ask. */
  readonly pillar: QuestionPillar;
  /** How many questions, a whole number from 0 to 50; 3 when left out. */
  readonly count?: number;
  /** Same seed, same bank, same options → same questions. A fixed default keeps `pick` pure. */
  readonly seed?: string | number;
  /**
   * Ids asked recently, oldest first (e.g. the `askedQuestionIds` of past meetings in order).
   * They are skipped while other questions remain; when they must fill in, the longest-ago come first.
   */
  readonly avoid?: readonly string[];
  /** Keep questions with any of these themes; an empty list or none keeps every theme. */
  readonly themes?: readonly string[];
  /** Keep only openers or only deeper questions; questions without a depth then drop out. */
  readonly depth?: QuestionDepth;
}

/**
 * A validated, frozen set of questions with a deterministic picker.
 * @example
 * const bank = createQuestionBank(defaultQuestions);
 * bank.byId('present-stuck-1')?.text; // 'Where are you feeling stuck?'
 */
export interface QuestionBank {
  /** Every question, in the order given, as frozen copies. */
  readonly questions: readonly Question[];
  /** The language the questions are written in. */
  readonly locale: string;
  /**
   * Picks up to `count` different questions for a pillar: deterministic for a seed, spread evenly
   * over many seeds, skipping `avoid` while it can. Fewer come back only when the pool is smaller.
   */
  pick(options: PickQuestionsOptions): Question[];
  /** The question with this id, or `undefined`. */
  byId(id: string): Question | undefined;
  /** A new bank with these questions added after the current ones (validated the same way). */
  extend(questions: readonly Question[]): QuestionBank;
}

const CODE = 'invalid-question-bank';
const PILLARS_AND_FEEDBACK: readonly QuestionPillar[] = ['present', 'near-future', 'horizon', 'feedback'];
const DEPTHS: readonly QuestionDepth[] = ['opener', 'deeper'];
const NON_EMPTY = { nonEmpty: true };

/** Texts compare trimmed and case-insensitively: "Where are you stuck?" twice is one question. */
const textKey = (text: string) => text.trim().toLowerCase();

/**
 * Checks `input` against the ids and texts already in `ids`/`texts` (which it extends) and returns
 * frozen copies plus every problem found, so a host sees all its mistakes in one error.
 */
function readQuestions(input: unknown, ids: Set<string>, texts: Set<string>): Question[] {
  const questions: Question[] = [];
  const issues: OneOnOneIssue[] = [];
  // Each check throws like every other validation; collecting the errors reports them all at once.
  const check = (run: () => void) => {
    try {
      run();
    } catch (error) {
      issues.push(...(error as OneOnOneError).issues);
    }
  };
  // Array.from visits holes too, so a sparse array cannot slip past validation.
  Array.from(expectArray(input, CODE, 'questions'), (value, index) =>
    check(() => {
      const path = joinPath('questions', index);
      const at = (key: string) => `${path}.${key}`;
      const { id, text, pillar, themes, depth, guidance } = expectRecord(value, CODE, path);
      const before = issues.length;
      const unique = (key: string, value: unknown, seen: Set<string>, toKey = (x: string) => x) =>
        check(() => {
          const found = toKey(expectString(value, CODE, at(key), NON_EMPTY));
          if (seen.has(found)) fail(CODE, at(key), `${key} not already in the bank`, value);
          seen.add(found);
        });
      unique('id', id, ids);
      unique('text', text, texts, textKey);
      check(() => expectOneOf(pillar, PILLARS_AND_FEEDBACK, CODE, at('pillar')));
      check(() => {
        const list = expectArray(themes, CODE, at('themes'));
        if (!list.length) fail(CODE, at('themes'), 'at least one theme', list);
        Array.from(list, (theme, themeIndex) =>
          check(() => expectString(theme, CODE, joinPath(at('themes'), themeIndex), NON_EMPTY)),
        );
      });
      if (depth !== undefined) check(() => expectOneOf(depth, DEPTHS, CODE, at('depth')));
      if (guidance !== undefined) check(() => expectString(guidance, CODE, at('guidance'), NON_EMPTY));
      // Copy only the known fields so later changes to the host's objects cannot reach the bank.
      if (issues.length === before)
        questions.push(
          Object.freeze({
            id,
            text,
            pillar,
            themes: Object.freeze([...(themes as string[])]),
            ...(depth === undefined ? {} : { depth }),
            ...(guidance === undefined ? {} : { guidance }),
          } as Question),
        );
    }),
  );
  const [first] = issues;
  if (first) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new OneOnOneError(CODE, first.message + more, first.path, issues);
  }
  return questions;
}

function readStrings(value: unknown, path: string): readonly string[] {
  return Array.from(expectArray(value, 'invalid-options', path), (entry, index) =>
    expectString(entry, 'invalid-options', joinPath(path, index)),
  );
}

function readPickOptions(input: unknown) {
  const code = 'invalid-options';
  const {
    pillar,
    count = 3,
    seed = 0,
    avoid = [],
    themes = [],
    depth,
  } = expectRecord(input, code, 'options');
  expectOneOf(pillar, PILLARS_AND_FEEDBACK, code, 'options.pillar');
  expectInteger(count, code, 'options.count', 0, 50);
  // A fixed default seed keeps `pick` pure; NaN and Infinity would all pick alike, so they are refused.
  if (typeof seed !== 'string' && !Number.isFinite(seed))
    fail(code, 'options.seed', 'text or a finite number', seed);
  if (depth !== undefined) expectOneOf(depth, DEPTHS, code, 'options.depth');
  return {
    pillar,
    count: count as number,
    seed: seed as string | number,
    avoid: readStrings(avoid, 'options.avoid'),
    themes: readStrings(themes, 'options.themes'),
    depth,
  };
}

function buildBank(questions: readonly Question[], locale: string): QuestionBank {
  const byId = new Map(questions.map((question) => [question.id, question]));
  return Object.freeze({
    questions,
    locale,
    pick(options: PickQuestionsOptions) {
      const { pillar, count, seed, avoid, themes, depth } = readPickOptions(options);
      const pool = questions.filter(
        (question) =>
          question.pillar === pillar &&
          (depth === undefined || question.depth === depth) &&
          (!themes.length || question.themes.some((theme) => themes.includes(theme))),
      );
      // Later mentions win, so an id asked again recently counts as recent.
      const askedAt = new Map(avoid.map((id, index) => [id, index]));
      const picked = sample(
        pool.filter((question) => !askedAt.has(question.id)),
        count,
        createRandom(hashSeed(seed)),
      );
      const stale = pool
        .filter((question) => askedAt.has(question.id))
        .sort((a, b) => askedAt.get(a.id)! - askedAt.get(b.id)!);
      return [...picked, ...stale].slice(0, count);
    },
    byId: (id: string) => byId.get(id),
    extend: (more: readonly Question[]) =>
      buildBank(
        Object.freeze([
          ...questions,
          ...readQuestions(
            more,
            new Set(byId.keys()),
            new Set(questions.map((question) => textKey(question.text))),
          ),
        ]),
        locale,
      ),
  });
}

/**
 * Validates a bank of questions and returns a frozen {@link QuestionBank} with a deterministic
 * picker. Every problem is reported at once in one `OneOnOneError('invalid-question-bank')` whose
 * `issues` name each field (`questions[4].pillar`). Theme words are free: use
 * {@link QUESTION_THEMES} or your own. Nothing is mutated; the bank holds frozen copies.
 *
 * Use the kit's bank, add to it, replace it, or build one in another language:
 *
 * @example
 * const bank = createQuestionBank(defaultQuestions);
 * bank.pick({ pillar: 'present', count: 3, seed: '2026-03-02', avoid: lastAskedIds });
 * // → three present-moment questions, the same three for the same seed
 *
 * const ours = createQuestionBank([...defaultQuestions, ...teamQuestions]); // or bank.extend(teamQuestions)
 *
 * const german = createQuestionBank(
 *   [{ id: 'jetzt-1', text: 'Was beschäftigt dich diese Woche?', pillar: 'present', themes: ['on-their-mind'] }],
 *   { locale: 'de' },
 * );
 */
export function createQuestionBank(
  questions: readonly Question[],
  options: QuestionBankOptions = {},
): QuestionBank {
  const { locale = 'en' } = expectRecord(options, 'invalid-options', 'options');
  if (!isText(locale)) fail('invalid-options', 'options.locale', 'a language tag such as "de"', locale);
  return buildBank(Object.freeze(readQuestions(questions, new Set(), new Set())), locale);
}
