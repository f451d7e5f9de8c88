import type { AgendaItem } from './agenda';
import { toDayNumber, type CalendarDate } from './dates';
import { isPillarId, type PillarId } from './pillars';
import { expectArray, expectRecord, fail } from './validate';

/**
 * An agenda item as a meeting's record keeps it: without `done` and `dropped`, which the list it is
 * in already says.
 * @example const step: RecordedItem = { id: 'item-4', text: 'Shadow the on-call lead', pillar: 'near-future', author: 'report', carriedOver: 1, kind: 'next-step' };
 */
export type RecordedItem = Omit<AgendaItem, 'done' | 'dropped'>;

/**
 * What the report took away from a meeting, by pillar: a few short texts each (at most
 * `TAKEAWAY_LIMITS.perPillar`, each at most `TAKEAWAY_LIMITS.length` characters).
 * @example const takeaways: MeetingTakeaways = { horizon: ['Wants to try leading a team within a year'] };
 */
export type MeetingTakeaways = { readonly [pillar in PillarId]?: readonly string[] };

/**
 * What happened at one 1:1: its date, the pillar it focused on, whether the manager asked for (and
 * received) feedback, and, when `endMeeting` wrote it, what was discussed, what was let go and what
 * the report took away. A history is an array of these, in any order.
 * @example const record: MeetingRecord = { date: '2026-10-12', focus: 'horizon', feedbackAsked: true, feedbackReceived: false };
 */
export interface MeetingRecord {
  readonly date: CalendarDate;
  /** The pillar the conversation actually focused on (the manager may have chosen another). */
  readonly focus: PillarId;
  /** The manager asked for feedback on themselves. */
  readonly feedbackAsked?: boolean;
  /** Feedback actually came. */
  readonly feedbackReceived?: boolean;
  /**
   * Ids of questions asked, so a picker can avoid repeating them (pass them to `bank.pick({ avoid })`,
   * which validates them; the cadence functions do not read this field).
   */
  readonly askedQuestionIds?: readonly string[];
  /** The items ticked done at this meeting: what was discussed (left out when none were). */
  readonly discussed?: readonly RecordedItem[];
  /** Items the report let go at this meeting (reviewed as dropped): kept here, never deleted. */
  readonly dropped?: readonly RecordedItem[];
  /** What the report took away, by pillar; `informingTakeaways` brings them to the next meeting they inform. */
  readonly takeaways?: MeetingTakeaways;
}

/** A validated meeting with its day number, for internal arithmetic. @internal */
export interface DatedRecord {
  readonly record: MeetingRecord;
  readonly day: number;
}

/**
 * Validates what the cadence reads of a history (each record's `date` and `focus`) and returns its
 * meetings with day numbers, oldest first; `feedbackTrend` checks the feedback flags itself.
 * Throws `OneOnOneError` (`invalid-history`, or `invalid-date` for a bad date) naming the path.
 * @internal
 */
export function readHistory(history: unknown): DatedRecord[] {
  const code = 'invalid-history';
  const path = 'history';
  // Array.from visits holes too, so a sparse history cannot slip past validation.
  return Array.from(expectArray(history, code, path), (entry, index) => {
    const at = `${path}[${index}]`;
    const record = expectRecord(entry, code, at);
    const day = toDayNumber(record['date'], `${at}.date`);
    if (!isPillarId(record['focus'])) fail(code, `${at}.focus`, 'a pillar id', record['focus']);
    return { record: entry as MeetingRecord, day };
  }).sort((a, b) => a.day - b.day); // stable: same-day records keep the order given
}
