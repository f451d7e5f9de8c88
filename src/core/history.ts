import { toDayNumber, type CalendarDate } from './dates';
import { isPillarId, type PillarId } from './pillars';
import { expectArray, expectRecord, fail } from './validate';

/**
 * What happened at one 1:1: its date, the pillar it focused on, and whether the manager asked for
 * (and received) feedback. A history is an array of these, in any order.
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
