import {
  createQuestionBank,
  defaultQuestions,
  nextFocus,
  type IsoDate,
  type MeetingRecord,
} from 'one-on-one-kit/core';
import type { Command } from '../args';
import {
  CADENCE_SOURCES,
  dateOf,
  fromCore,
  readCadence,
  readHistory,
  stringOf,
  toInteger,
  today,
} from '../input';
import { columns, titleOf, write, writeJson } from '../output';
import { CADENCE, HISTORY, SEED } from './shared-options';

/** Question ids asked before `on`, oldest first, as the picker's `avoid` expects them. */
function askedBefore(history: readonly MeetingRecord[], on: IsoDate): string[] {
  return history
    .filter((record) => record.date < on)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .flatMap((record) => record.askedQuestionIds ?? []);
}

export const next: Command = {
  name: 'next',
  summary: 'The focus for one meeting, why, and questions to ask.',
  options: {
    history: HISTORY,
    on: { type: 'string', value: '<date>', help: "the meeting's date (default: today)" },
    count: { type: 'string', value: '<n>', help: 'how many questions, 0 to 50 (default 3)' },
    seed: { ...SEED, help: `${SEED.help} (default: the meeting's date)` },
    ...CADENCE,
  },
  examples: [
    'next --history history.json --on 2026-03-02',
    'next --history - --on 2026-03-02 --json < history.json',
  ],
  notes: [
    'Questions already asked (askedQuestionIds in the history) are left for later while others remain.',
  ],
  async run(args) {
    const history = await readHistory(stringOf(args, 'history'));
    const on = dateOf(args, 'on') ?? today();
    const decision = fromCore(() => nextFocus(history, on, readCadence(args)), {
      on: '--on',
      ...CADENCE_SOURCES,
    });
    const bank = createQuestionBank(defaultQuestions);
    const seed = stringOf(args, 'seed') ?? on;
    const avoid = askedBefore(history, on);
    const count = toInteger(stringOf(args, 'count')) ?? 3;
    const questions = fromCore(
      () => bank.pick({ pillar: decision.pillar, count: count as number, seed, avoid }),
      {
        'options.count': '--count',
      },
    );
    // The method ends every 1:1 with the manager asking for feedback.
    const [feedback] = bank.pick({ pillar: 'feedback', count: 1, seed, avoid });

    if (args.json) {
      writeJson({ on, ...decision, questions, feedback });
      return 0;
    }
    const lines = [`Focus for ${on}: ${titleOf(decision.pillar)}`, decision.reason];
    if (questions.length)
      lines.push('', 'Questions to ask:', ...questions.map((question) => `  - ${question.text}`));
    if (feedback) lines.push('', 'End by asking for feedback:', `  - ${feedback.text}`);
    lines.push(
      '',
      'Where each pillar stands:',
      ...columns(
        decision.due.map((status) => [
          titleOf(status.pillar),
          status.lastDate ? `last ${status.lastDate}` : 'not yet the focus',
          `due from ${status.dueOn}`,
          // The Present Moment is the default focus: being past its interval is no news.
          status.pillar === 'present' ? '' : status.overdue ? 'overdue' : status.isDue ? 'due now' : '',
        ]),
        '  ',
      ),
    );
    write(lines.join('\n'));
    return 0;
  },
};
