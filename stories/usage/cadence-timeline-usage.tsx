import { CadenceTimeline } from 'one-on-one-kit';
import { planCadence, type MeetingRecord } from 'one-on-one-kit/core';

export function CadenceTimelineUsage() {
  // Three months of weekly 1:1s as the cadence would have planned them, and the next four ahead.
  const history: MeetingRecord[] = planCadence([], { from: '2026-09-07', count: 12 }).map(
    (meeting, index) => ({
      date: meeting.date,
      focus: meeting.focus,
      feedbackAsked: index % 3 !== 2,
      feedbackReceived: index % 4 === 1,
    }),
  );
  const plan = planCadence(history, { from: '2026-11-30', count: 4 });
  return <CadenceTimeline history={history} plan={plan} from="2026-09-01" />;
}
