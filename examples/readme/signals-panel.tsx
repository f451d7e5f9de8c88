import { MeetingSignals } from 'one-on-one-kit';
import { detectMeetingSignals, type Agenda, type MeetingRecord } from 'one-on-one-kit/core';

// For the manager before the 1:1: the meeting's shape, each signal with its number and what to do.
export function SignalsPanel({ agenda, history }: { agenda: Agenda; history: readonly MeetingRecord[] }) {
  const signals = detectMeetingSignals({ agenda, history, on: agenda.meetingDate });
  return (
    <MeetingSignals signals={signals} items={agenda.items} onDismiss={(signal) => console.log(signal.kind)} />
  );
}
