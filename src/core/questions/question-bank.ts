import { OneOnOneError, type OneOnOneIssue } from '../errors';
import { isPillarId } from '../pillars';
import { describe, expectArray, expectInteger, expectRecord, isRecord, joinPath } from '../validate';
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

const DEPTHS: readonly unknown[] = ['opener', 'deeper'];
const NON_EMPTY = 'non-empty text';
const PILLAR_NAMES = "'present', 'near-future', 'horizon' or 'feedback'";
const DEPTH_NAMES = "'opener' or 'deeper'";
const DEFAULT_SEED = 0;
const MAX_COUNT = 50;

function isQuestionPillar(value: unknown): value is QuestionPillar {
  return value === 'feedback' || isPillarId(value);
}

function isNonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Texts compare trimmed and case-insensitively: "Where are you stuck?" twice is one question. */
function textKey(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * Checks `input` against the ids and texts already in `ids`/`texts` (which it extends) and returns
 * frozen copies plus every problem found, so a host sees all its mistakes in one error.
 */
function readQuestions(
  input: unknown,
  ids: Set<string>,
  texts: Set<string>,
): { questions: Question[]; issues: OneOnOneIssue[] } {
  const list = expectArray(input, 'invalid-question-bank', 'questions');
  const questions: Question[] = [];
  const issues: OneOnOneIssue[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const path = joinPath('questions', index);
    const value = list[index];
    if (!isRecord(value)) {
      issues.push({ path, message: `Expected a question, got ${describe(value)}` });
      continue;
    }
    const { id, text, pillar, themes, depth, guidance } = value;
    const before = issues.length;
    const fail = (field: string | number, expected: string, got: unknown, at = path) =>
      issues.push({ path: joinPath(at, field), message: `Expected ${expected}, got ${describe(got)}` });
    if (!isNonEmptyText(id)) fail('id', NON_EMPTY, id);
    else if (ids.has(id)) fail('id', 'a unique id', id);
    else ids.add(id);
    if (!isNonEmptyText(text)) fail('text', NON_EMPTY, text);
    else if (texts.has(textKey(text))) fail('text', 'a text not already in the bank', text);
    else texts.add(textKey(text));
    if (!isQuestionPillar(pillar)) fail('pillar', PILLAR_NAMES, pillar);
    if (!Array.isArray(themes) || themes.length === 0)
      fail('themes', 'a non-empty array of theme words', themes);
    else {
      // A plain loop, unlike forEach, also visits the holes of a sparse array.
      for (let themeIndex = 0; themeIndex < themes.length; themeIndex += 1) {
        const theme: unknown = themes[themeIndex];
        if (!isNonEmptyText(theme)) fail(themeIndex, NON_EMPTY, theme, joinPath(path, 'themes'));
      }
    }
    if (depth !== undefined && !DEPTHS.includes(depth)) fail('depth', DEPTH_NAMES, depth);
    if (guidance !== undefined && !isNonEmptyText(guidance)) fail('guidance', NON_EMPTY, guidance);
    if (issues.length > before) continue;
    // Copy only the known fields so later changes to the host's objects cannot reach the bank.
    const question: Question = {
      id: id as string,
      text: text as string,
      pillar: pillar as QuestionPillar,
      themes: Object.freeze([...(themes as string[])]),
      ...(depth === undefined ? {} : { depth: depth as QuestionDepth }),
      ...(guidance === undefined ? {} : { guidance: guidance as string }),
    };
    questions.push(Object.freeze(question));
  }
  return { questions, issues };
}

function readStringList(value: unknown, path: string): readonly string[] {
  const list = expectArray(value, 'invalid-options', path);
  for (let index = 0; index < list.length; index += 1) {
    if (typeof list[index] !== 'string') {
      const message = `Expected text, got ${describe(list[index])}`;
      throw new OneOnOneError('invalid-options', message, joinPath(path, index));
    }
  }
  return list as readonly string[];
}

function readPickOptions(input: unknown) {
  const options = expectRecord(input, 'invalid-options', 'options');
  const { pillar, count = 3, seed = DEFAULT_SEED, avoid, themes, depth } = options;
  if (!isQuestionPillar(pillar)) {
    throw new OneOnOneError(
      'invalid-options',
      `Expected ${PILLAR_NAMES}, got ${describe(pillar)}`,
      'options.pillar',
    );
  }
  expectInteger(count, 'invalid-options', 'options.count', 0, MAX_COUNT);
  if (typeof seed !== 'string' && !(typeof seed === 'number' && Number.isFinite(seed))) {
    throw new OneOnOneError(
      'invalid-options',
      `Expected text or a finite number, got ${describe(seed)}`,
      'options.seed',
    );
  }
  if (depth !== undefined && !DEPTHS.includes(depth)) {
    throw new OneOnOneError(
      'invalid-options',
      `Expected ${DEPTH_NAMES}, got ${describe(depth)}`,
      'options.depth',
    );
  }
  return {
    pillar,
    count: count as number,
    seed,
    avoid: avoid === undefined ? [] : readStringList(avoid, 'options.avoid'),
    themes: themes === undefined ? [] : readStringList(themes, 'options.themes'),
    depth: depth as QuestionDepth | undefined,
  };
}

function buildBank(questions: readonly Question[], locale: string): QuestionBank {
  const byIdMap = new Map(questions.map((question) => [question.id, question]));
  const bank: QuestionBank = {
    questions,
    locale,
    pick(options) {
      const { pillar, count, seed, avoid, themes, depth } = readPickOptions(options);
      const wanted = new Set(themes);
      const pool = questions.filter(
        (question) =>
          question.pillar === pillar &&
          (depth === undefined || question.depth === depth) &&
          (wanted.size === 0 || question.themes.some((theme) => wanted.has(theme))),
      );
      // Later mentions win, so an id asked again recently counts as recent.
      const askedAt = new Map<string, number>();
      avoid.forEach((id, index) => askedAt.set(id, index));
      const fresh = pool.filter((question) => !askedAt.has(question.id));
      const picked = sample(fresh, count, createRandom(hashSeed(seed)));
      if (picked.length < count) {
        const stale = pool
          .filter((question) => askedAt.has(question.id))
          .sort((a, b) => (askedAt.get(a.id) as number) - (askedAt.get(b.id) as number));
        picked.push(...stale.slice(0, count - picked.length));
      }
      return picked;
    },
    byId(id) {
      return typeof id === 'string' ? byIdMap.get(id) : undefined;
    },
    extend(more) {
      const ids = new Set(byIdMap.keys());
      const texts = new Set(questions.map((question) => textKey(question.text)));
      const { questions: added, issues } = readQuestions(more, ids, texts);
      if (issues.length > 0) throw new OneOnOneError('invalid-question-bank', issues);
      return buildBank(Object.freeze([...questions, ...added]), locale);
    },
  };
  return Object.freeze(bank);
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
  options?: QuestionBankOptions,
): QuestionBank {
  let locale = 'en';
  if (options !== undefined) {
    const record = expectRecord(options, 'invalid-options', 'options');
    if (record.locale !== undefined) {
      if (!isNonEmptyText(record.locale)) {
        const message = `Expected a language tag, got ${describe(record.locale)}`;
        throw new OneOnOneError('invalid-options', message, 'options.locale');
      }
      locale = record.locale;
    }
  }
  const { questions: copies, issues } = readQuestions(questions, new Set(), new Set());
  if (issues.length > 0) throw new OneOnOneError('invalid-question-bank', issues);
  return buildBank(Object.freeze(copies), locale);
}
