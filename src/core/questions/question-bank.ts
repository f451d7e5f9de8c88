import {
  checkFields,
  expectArray,
  expectInteger,
  expectOneOf,
  expectRecord,
  expectString,
  fail,
  isRecord,
  isText,
  joinPath,
  noProblems,
  note,
  oneOf,
  optional,
  readList,
  throwProblems,
  type FieldRule,
  type Problems,
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
const PILLAR_RULE: readonly FieldRule[] = [/* @__PURE__ */ oneOf('pillar', PILLARS_AND_FEEDBACK)];
const OPTIONAL_RULES: readonly FieldRule[] = [
  /* @__PURE__ */ optional(/* @__PURE__ */ oneOf('depth', DEPTHS)),
  /* @__PURE__ */ optional(['guidance', isText, 'non-empty text']),
];

/** Texts compare trimmed and case-insensitively: "Where are you stuck?" twice is one question. */
const textKey = (text: string) => text.trim().toLowerCase();

/**
 * Checks `input` against the ids and texts already in `ids`/`texts` (which it extends) and returns
 * frozen copies. A host sees its mistakes in one error: the first few spelled out, all of them counted.
 */
function readQuestions(input: unknown, ids: Set<string>, texts: Set<string>): Question[] {
  const questions: Question[] = [];
  const problems = noProblems();
  const list = readList(input, problems, 'questions') ?? [];
  // An index loop visits holes too, so a sparse array cannot slip past validation.
  for (let index = 0; index < list.length; index++) {
    const question = readQuestion(list[index], joinPath('questions', index), problems, ids, texts);
    if (question) questions.push(question);
  }
  throwProblems(problems, CODE);
  return questions;
}

/** One question's frozen copy, or `null` once its problems are noted. */
function readQuestion(
  value: unknown,
  path: string,
  problems: Problems,
  ids: Set<string>,
  texts: Set<string>,
): Question | null {
  if (!isRecord(value)) {
    note(problems, path, 'an object', value);
    return null;
  }
  const at = (key: string) => `${path}.${key}`;
  const { id, text, pillar, themes, depth, guidance } = value;
  const before = problems.count;
  const unique = (key: string, found: unknown, seen: Set<string>, toKey = (x: string) => x) => {
    if (!isText(found)) return note(problems, at(key), 'non-empty text', found);
    if (seen.has(toKey(found))) return note(problems, at(key), `${key} not already in the bank`, found);
    seen.add(toKey(found));
  };
  unique('id', id, ids);
  unique('text', text, texts, textKey);
  checkFields(value, PILLAR_RULE, problems, path);
  const list = readList(themes, problems, at('themes'));
  if (list && !list.length) note(problems, at('themes'), 'at least one theme', list);
  for (let index = 0; list && index < list.length; index++)
    if (!isText(list[index])) note(problems, joinPath(at('themes'), index), 'non-empty text', list[index]);
  checkFields(value, OPTIONAL_RULES, problems, path);
  // Copy only the known fields so later changes to the host's objects cannot reach the bank.
  return problems.count > before
    ? null
    : Object.freeze({
        id,
        text,
        pillar,
        themes: Object.freeze([...(themes as string[])]),
        ...(depth === undefined ? {} : { depth }),
        ...(guidance === undefined ? {} : { guidance }),
      } as Question);
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
