import { planToICalendar } from 'one-on-one-kit/core';
import { CliError, helpHint, type Command } from '../args';
import { fromCore, stringOf, toInteger } from '../input';
import { writeJson } from '../output';
import { planFromArgs, PLAN_OPTIONS } from './plan';
import { CADENCE, HISTORY } from './shared-options';

export const ics: Command = {
  name: 'ics',
  summary: 'The coming meetings as an iCalendar file (.ics) for Google Calendar, Outlook or Apple Calendar.',
  options: {
    title: {
      type: 'string',
      value: '<text>',
      help: 'the series, e.g. "1:1 with Sam" (required: event UIDs derive from it)',
    },
    history: HISTORY,
    ...PLAN_OPTIONS,
    'start-time': { type: 'string', value: '<HH:MM>', help: 'when each meeting starts (default 09:00)' },
    duration: { type: 'string', value: '<minutes>', help: 'how long each meeting lasts (default 30)' },
    'time-zone': {
      type: 'string',
      value: '<zone>',
      help: "the IANA zone of --start-time, e.g. Europe/Berlin (default: this computer's)",
    },
    'uid-domain': {
      type: 'string',
      value: '<domain>',
      help: 'a domain you control, for globally unique UIDs (default one-on-one-kit)',
    },
    ...CADENCE,
  },
  notes: ['The calendar goes to stdout; --json prints { meetings, calendar }.'],
  examples: [
    'ics --title "1:1 with Sam" --history history.json --from 2026-03-02 --count 8 > sam.ics',
    'ics --title "1:1 with Sam" --from 2026-03-02 --start-time 14:30 --time-zone America/New_York',
  ],
  async run(args) {
    const title = stringOf(args, 'title');
    if (title === undefined)
      throw new CliError(`--title is required, e.g. --title "1:1 with Sam" (${helpHint('ics')})`);
    const meetings = await planFromArgs(args);
    if (!meetings.length) throw new CliError('--count: a calendar needs at least 1 meeting');
    const calendar = fromCore(
      () =>
        planToICalendar(meetings, {
          title,
          startTime: stringOf(args, 'start-time') ?? '09:00',
          durationMinutes: (toInteger(stringOf(args, 'duration')) ?? 30) as number,
          timeZone: stringOf(args, 'time-zone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
          uidDomain: stringOf(args, 'uid-domain') ?? 'one-on-one-kit',
        }),
      {
        'options.title': '--title',
        'options.startTime': '--start-time',
        'options.durationMinutes': '--duration',
        'options.timeZone': '--time-zone',
        'options.uidDomain': '--uid-domain',
      },
    );
    if (args.json) writeJson({ meetings, calendar });
    else process.stdout.write(calendar);
    return 0;
  },
};
