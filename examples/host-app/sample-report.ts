import {
  createAgenda,
  planCadence,
  type Agenda,
  type CalendarDate,
  type MeetingRecord,
} from 'one-on-one-kit/core';

/** The date of the sample report's coming 1:1: The Horizon is due, The Near Future the week after. */
export const SAMPLE_MEETING_DATE: CalendarDate = '2026-11-23';

/**
 * Six months of weekly 1:1s with Sam, kept the way the first version of this app kept them (a bare
 * array of records, read through `parseHistory`'s migration), and the agenda Sam has been writing for
 * the next one: two next steps from last time, a talk proposal carried three times, and a status item
 * the manager slipped in.
 */
export function sampleReport(): { history: MeetingRecord[]; agenda: Agenda } {
  const history = planCadence([], { from: '2026-06-08', count: 24 }).map(
    ({ date, focus }, index): MeetingRecord => ({
      date,
      focus,
      // Asked most weeks, not in the last three: a signal to pick up on.
      feedbackAsked: index < 21 && index % 6 !== 5,
      feedbackReceived: [4, 9, 13, 18].includes(index),
    }),
  );
  const agenda = createAgenda(SAMPLE_MEETING_DATE, [
    { text: 'Feeling stretched thin since the reorg', author: 'report', pillar: 'present' },
    {
      text: 'Draft the on-call handbook outline',
      author: 'report',
      pillar: 'near-future',
      kind: 'next-step',
      carriedOver: 1,
    },
    {
      text: 'Ask Priya how she moved to staff engineer',
      author: 'report',
      pillar: 'horizon',
      kind: 'next-step',
      carriedOver: 1,
    },
    { text: 'Conference talk proposal', author: 'report', pillar: 'horizon', carriedOver: 3 },
    { text: 'What would a staff engineer path look like for me?', author: 'report', pillar: 'horizon' },
    { text: 'Go through the status of PAY-1234 and PAY-1240', author: 'manager', pillar: 'present' },
  ]);
  return { history, agenda };
}
