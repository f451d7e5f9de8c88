import { CadenceTimeline } from 'one-on-one-kit';
import { addDays, planCadence, type CalendarDate, type MeetingRecord } from 'one-on-one-kit/core';

// Six months of 1:1s and the next six weeks, with the balance between the pillars since then.
export function Rhythm({ history, next }: { history: readonly MeetingRecord[]; next: CalendarDate }) {
  return (
    <CadenceTimeline
      history={history}
      plan={planCadence(history, { from: next, count: 6 })}
      from={addDays(next, -182)}
    />
  );
}
