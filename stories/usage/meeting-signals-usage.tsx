import { MeetingSignals } from 'one-on-one-kit';
import { addDays, createAgenda, detectMeetingSignals, type MeetingRecord } from 'one-on-one-kit/core';

export function MeetingSignalsUsage() {
  // The manager's view before the 1:1: the agenda is mostly theirs, and feedback has not been asked for a while.
  const agenda = createAgenda('2026-11-23', [
    { text: 'Q1 planning', author: 'manager', pillar: 'near-future' },
    { text: 'Hiring loop for the platform team', author: 'manager', pillar: 'present' },
    { text: 'How the on-call rota feels', author: 'report', pillar: 'present' },
  ]);
  const history: MeetingRecord[] = [0, 1, 2, 3].map((week) => ({
    date: addDays('2026-10-26', 7 * week),
    focus: 'present',
    feedbackAsked: false,
  }));
  const signals = detectMeetingSignals({ agenda, history, on: agenda.meetingDate });
  return <MeetingSignals signals={signals} items={agenda.items} />;
}
