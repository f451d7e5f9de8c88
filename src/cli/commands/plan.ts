import { planCadence } from 'one-on-one-kit/core';
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
import { CADENCE, HISTORY } from './shared-options';

/** The `--from` and `--count` options `plan` and `ics` share. */
export const PLAN_OPTIONS = {
  from: { type: 'string', value: '<date>', help: 'the first meeting (default: today)' },
  count: { type: 'string', value: '<n>', help: 'how many meetings, 0 to 520 (default 8)' },
} as const;

/** Reads the history and plans the meetings the flags ask for. */
export async function planFromArgs(args: Parameters<Command['run']>[0]) {
  const history = await readHistory(stringOf(args, 'history'));
  const from = dateOf(args, 'from') ?? today();
  const count = toInteger(stringOf(args, 'count')) ?? 8;
  return fromCore(() => planCadence(history, { from, count: count as number }, readCadence(args)), {
    'plan.from': '--from',
    'plan.count': '--count',
    ...CADENCE_SOURCES,
  });
}

export const plan: Command = {
  name: 'plan',
  summary: "The coming meetings' foci, each decided as if the ones before it happened as planned.",
  options: { history: HISTORY, ...PLAN_OPTIONS, ...CADENCE },
  examples: ['plan --history history.json --from 2026-03-02 --count 8', 'plan --from 2026-03-02 --json'],
  async run(args) {
    const meetings = await planFromArgs(args);
    if (args.json) writeJson(meetings);
    else if (!meetings.length) write('No meetings planned.');
    else
      write(
        columns(meetings.map((meeting) => [meeting.date, titleOf(meeting.focus), meeting.reason])).join('\n'),
      );
    return 0;
  },
};
