import * as React from 'react';
import {
  createQuestionBank,
  defaultQuestions,
  type Question,
  type QuestionBank,
  type QuestionPillar,
} from 'one-on-one-kit/core';

/**
 * What {@link useQuestionPicker} needs from a bank: the `pick` of `createQuestionBank(…)`.
 *
 * @example
 * const bank: QuestionPickerBank = createQuestionBank(myQuestions);
 */
export type QuestionPickerBank = Pick<QuestionBank, 'pick'>;

/**
 * Options for {@link useQuestionPicker}.
 * @example const options: UseQuestionPickerOptions = { pillar: 'present', count: 2, avoid: lastAskedIds };
 */
export interface UseQuestionPickerOptions {
  /** Where to pick from; the kit's default English bank when left out. */
  bank?: QuestionPickerBank;
  /** Which pillar (or `'feedback'` for the closing ask) the questions are for. */
  pillar: QuestionPillar;
  /** How many questions to show (default 3). */
  count?: number;
  /** Same seed, same questions: on the server and in the browser alike. */
  seed?: string | number;
  /** Ids to skip while others remain, e.g. the questions asked in recent meetings. */
  avoid?: readonly string[];
  /** Prefer questions with these themes. */
  themes?: readonly string[];
}

/**
 * What {@link useQuestionPicker} returns.
 * @example const { questions, another, reset }: UseQuestionPickerResult = useQuestionPicker({ pillar: 'horizon' });
 */
export interface UseQuestionPickerResult {
  /** The questions to show now. */
  questions: readonly Question[];
  /** Picks a fresh set, skipping the ones already shown while others remain. Deterministic. */
  another: () => void;
  /** Goes back to the first set for the seed. */
  reset: () => void;
}

interface PickerRounds {
  key: string;
  round: number;
  shown: readonly string[];
}

const NOTHING_SHOWN: readonly string[] = [];

let defaultBank: QuestionPickerBank | undefined;
// Built on first use so hosts that always pass their own bank never pay for validating the default one.
function getDefaultBank(): QuestionPickerBank {
  defaultBank ??= createQuestionBank(defaultQuestions);
  return defaultBank;
}

/**
 * Suggested questions for a pillar, with "another" and "reset". The same options and the same number
 * of `another()` calls always give the same questions — no `Math.random`, so server and client agree.
 *
 * @example
 * const { questions, another } = useQuestionPicker({ pillar: 'horizon', count: 2, seed: 'ana' });
 */
export function useQuestionPicker(options: UseQuestionPickerOptions): UseQuestionPickerResult {
  return usePickedQuestions(options.bank ?? getDefaultBank(), options);
}

/**
 * The picker over a bank the caller supplies: components use this one so importing them does not
 * pull in the default question bank.
 * @internal
 */
export function usePickedQuestions(
  bank: QuestionPickerBank,
  { pillar, count = 3, seed, avoid, themes }: UseQuestionPickerOptions,
): UseQuestionPickerResult {
  // Inline arrays change identity every render; their contents decide what is picked.
  const avoidKey = avoid ? avoid.join('\u0000') : '';
  const themesKey = themes ? themes.join('\u0000') : '';
  const key = `${pillar}\u0001${typeof seed}:${seed}\u0001${count}\u0001${avoidKey}\u0001${themesKey}`;
  const [rounds, setRounds] = React.useState<PickerRounds>({ key, round: 0, shown: NOTHING_SHOWN });
  // New inputs start over from the first set.
  const current = rounds.key === key ? rounds : { key, round: 0, shown: NOTHING_SHOWN };

  const questions = React.useMemo(() => {
    const round = current.round;
    const roundSeed =
      round === 0
        ? seed
        : seed === undefined
          ? round
          : typeof seed === 'number'
            ? seed + round
            : `${seed}#${round}`;
    return bank.pick({
      pillar,
      count,
      seed: roundSeed,
      avoid: avoidKey || current.shown.length > 0 ? [...(avoid ?? []), ...current.shown] : undefined,
      themes: themes ? [...themes] : undefined,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bank, key, current.round, current.shown]);

  const another = React.useCallback(() => {
    const showing = questions.map((question) => question.id);
    setRounds((previous) => {
      const base = previous.key === key ? previous : { key, round: 0, shown: NOTHING_SHOWN };
      return { key, round: base.round + 1, shown: [...base.shown, ...showing] };
    });
  }, [key, questions]);

  const reset = React.useCallback(() => setRounds({ key, round: 0, shown: NOTHING_SHOWN }), [key]);

  return { questions, another, reset };
}
