import type { PillarId } from '../pillars';

/**
 * Which part of a 1:1 a question belongs to: one of the three pillars, or the closing feedback ask.
 * @example const closing: QuestionPillar = 'feedback';
 */
export type QuestionPillar = PillarId | 'feedback';

/**
 * How far a question reaches: an `opener` starts a topic, a `deeper` one follows a thread further.
 * @example bank.pick({ pillar: 'horizon', depth: 'deeper' })
 */
export type QuestionDepth = 'opener' | 'deeper';

/**
 * One question a manager can ask in a 1:1.
 *
 * @example
 * const question: Question = {
 *   id: 'present-stuck-1',
 *   text: 'Where are you feeling stuck?',
 *   pillar: 'present',
 *   themes: ['stuck'],
 *   depth: 'opener',
 * };
 */
export interface Question {
  /** Stable, unique within a bank; hosts store it (e.g. `askedQuestionIds`) to avoid repeats. */
  readonly id: string;
  /** The question as it is asked, in the bank's language. */
  readonly text: string;
  readonly pillar: QuestionPillar;
  /** Theme words, at least one; the default bank uses {@link QUESTION_THEMES}, hosts may use their own. */
  readonly themes: readonly string[];
  readonly depth?: QuestionDepth;
  /**
   * For `feedback` asks: how to receive the answer (paraphrase it back, thank them, say what you
   * will do about it).
   */
  readonly guidance?: string;
}
