import { carryOver, readAgenda, type Agenda } from '../agenda';
import { toDayNumber, type CalendarDate } from '../dates';
import type { MeetingRecord, MeetingTakeaways } from '../history';
import type { PillarId } from '../pillars';
import { expectBoolean, expectRecord, fail } from '../validate';
import { readRecord } from './record';

/**
 * How the meeting ended, for {@link endMeeting}.
 *
 * @example
 * const ending: EndMeetingOptions = {
 *   focus: 'horizon',
 *   nextMeetingDate: '2026-11-30',
 *   feedback: { asked: true, received: false },
 *   takeaways: { horizon: ['Curious about a staff engineer path'] },
 * };
 */
export interface EndMeetingOptions {
  /** The pillar the conversation actually focused on (the manager may have chosen another than planned). */
  readonly focus: PillarId;
  /** The date of the next 1:1; after the meeting's own date. */
  readonly nextMeetingDate: CalendarDate;
  /** Whether the manager asked for feedback on themselves, and whether it came. Left out: not asked. */
  readonly feedback?: { readonly asked: boolean; readonly received: boolean };
  /** What the report took away, by pillar (trimmed; see `TAKEAWAY_LIMITS`). */
  readonly takeaways?: MeetingTakeaways;
  /** Ids of the questions asked, so a picker can avoid them next time. */
  readonly askedQuestionIds?: readonly string[];
}

/**
 * What {@link endMeeting} returns: the record for the history and the next meeting's agenda.
 * @example const { record, next }: EndedMeeting = endMeeting(agenda, { focus: 'present', nextMeetingDate: '2026-11-30' });
 */
export interface EndedMeeting {
  readonly record: MeetingRecord;
  readonly next: Agenda;
}

/**
 * Ends a meeting: the record of what happened (its date, focus, feedback asked and received, the
 * items ticked done as `discussed`, the items reviewed as dropped as `dropped`, the takeaways), and
 * the next meeting's agenda with every other item carried over (`carriedOver + 1`). Every item of the
 * agenda lands in exactly one of `record.discussed`, `record.dropped` and `next.items`: nothing is
 * lost. Pure; the agenda is not changed. Append `record` to the history and store `next`.
 *
 * Throws `OneOnOneError`: `invalid-agenda` (path under `agenda`), `invalid-options` (e.g.
 * `options.feedback.received`, `options.takeaways.horizon[0]`), `invalid-date` for
 * `options.nextMeetingDate`, which must come after the meeting's date.
 *
 * @example
 * const { record, next } = endMeeting(agenda, {
 *   focus: 'horizon',
 *   nextMeetingDate: '2026-11-30',
 *   feedback: { asked: true, received: true },
 *   takeaways: { horizon: ['Wants to mentor a new hire'] },
 * });
 * history = [...history, record];
 * agenda = next;
 */
export function endMeeting(agenda: Agenda, options: EndMeetingOptions): EndedMeeting {
  const own = readAgenda(agenda, 'agenda');
  const { meetingDate, items } = own;
  const code = 'invalid-options';
  const input = expectRecord(options, code, 'options');
  if (toDayNumber(input['nextMeetingDate'], 'options.nextMeetingDate') <= toDayNumber(meetingDate, 'agenda'))
    fail('invalid-date', 'options.nextMeetingDate', `a date after ${meetingDate}`, input['nextMeetingDate']);
  let asked = false;
  let received = false;
  if (input['feedback'] !== undefined) {
    const feedback = expectRecord(input['feedback'], code, 'options.feedback');
    asked = expectBoolean(feedback['asked'], code, 'options.feedback.asked');
    received = expectBoolean(feedback['received'], code, 'options.feedback.received');
  }
  const rest = items.filter((item) => !item.done && !item.dropped);
  // One builder for every record, so a record from here and one read back from JSON are alike.
  const record = readRecord(
    {
      date: meetingDate,
      focus: input['focus'],
      feedbackAsked: asked,
      feedbackReceived: received,
      askedQuestionIds: input['askedQuestionIds'],
      discussed: items.filter((item) => item.done),
      dropped: items.filter((item) => !item.done && item.dropped),
      takeaways: input['takeaways'],
    },
    code,
    'options',
  );
  const next = carryOver(
    rest.length === items.length ? own : { version: 1, meetingDate, items: rest },
    input['nextMeetingDate'] as CalendarDate,
  );
  return { record, next };
}
