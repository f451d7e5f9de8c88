import { fromDayNumber, type CalendarDate } from './dates';
import { readHistory, type MeetingRecord } from './history';
import { expectBoolean } from './validate';

/**
 * How often the manager asked for feedback on themselves, and how often it came.
 *
 * @example
 * const trend: FeedbackTrend = feedbackTrend(history);
 * if (trend.meetingsSinceAsked >= 3) console.log('Ask for feedback at the end of this one.');
 */
export interface FeedbackTrend {
  /** Meetings on record. */
  readonly meetings: number;
  /** Meetings where the manager asked for feedback. */
  readonly asked: number;
  /** Meetings where feedback came. */
  readonly received: number;
  /**
   * The most recent meetings in a row where feedback was asked. Meetings on the same day count as
   * one step: all of them asked, or the streak stops there, so the order given never matters.
   */
  readonly streak: number;
  /** Meetings dated after the last one where feedback was asked (all of them if it never was). */
  readonly meetingsSinceAsked: number;
  readonly lastAskedOn: CalendarDate | null;
  readonly lastReceivedOn: CalendarDate | null;
}

/**
 * Sums up how feedback on the manager has gone across a history (in any order). Keep asking even
 * when none comes: a long `streak` with few `received` is normal early on.
 *
 * Throws `OneOnOneError` (`invalid-history` or `invalid-date`) naming the offending field.
 *
 * @example
 * feedbackTrend([
 *   { date: '2026-01-05', focus: 'present', feedbackAsked: false },
 *   { date: '2026-01-12', focus: 'present', feedbackAsked: true },
 *   { date: '2026-01-19', focus: 'horizon', feedbackAsked: true, feedbackReceived: true },
 * ]);
 * // { meetings: 3, asked: 2, received: 1, streak: 2, meetingsSinceAsked: 0,
 * //   lastAskedOn: '2026-01-19', lastReceivedOn: '2026-01-19' }
 */
export function feedbackTrend(history: readonly MeetingRecord[]): FeedbackTrend {
  const records = readHistory(history);
  // Only this function reads the flags, so only it pays for checking them.
  history.forEach((record, index) => {
    for (const flag of ['feedbackAsked', 'feedbackReceived'] as const) {
      if (record[flag] !== undefined)
        expectBoolean(record[flag], 'invalid-history', `history[${index}].${flag}`);
    }
  });
  let asked = 0;
  let received = 0;
  let lastAsked: number | undefined;
  let lastReceived: number | undefined;
  let lastMissed: number | undefined;
  for (const { record, day } of records) {
    if (record.feedbackAsked) {
      asked += 1;
      lastAsked = day;
    } else {
      lastMissed = day;
    }
    if (record.feedbackReceived) {
      received += 1;
      lastReceived = day;
    }
  }
  // Counting by date, not position, keeps same-day meetings independent of the order given.
  const countAfter = (last: number | undefined) =>
    records.filter(({ day }) => last === undefined || day > last).length;
  return {
    meetings: records.length,
    asked,
    received,
    streak: countAfter(lastMissed),
    meetingsSinceAsked: countAfter(lastAsked),
    lastAskedOn: lastAsked === undefined ? null : fromDayNumber(lastAsked, 'history'),
    lastReceivedOn: lastReceived === undefined ? null : fromDayNumber(lastReceived, 'history'),
  };
}
