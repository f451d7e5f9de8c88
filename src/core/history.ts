import { toDayNumber, type IsoDate } from './dates';
import { OneOnOneError } from './errors';
import { isPillarId, type PillarId } from './pillars';
import { describe, expectArray, expectBoolean, expectRecord, joinPath } from './validate';

/**
 * What happened at one 1:1: its date, the pillar it focused on, and whether the manager asked for
 * (and received) feedback. A history is an array of these, in any order.
 */
export interface MeetingRecord {
  readonly date: IsoDate;
  /** The pillar the conversation actually focused on (the manager may have chosen another). */
  readonly focus: PillarId;
  /** The manager asked for feedback on themselves. */
  readonly feedbackAsked?: boolean;
  /** Feedback actually came. */
  readonly feedbackReceived?: boolean;
  /** Ids of questions asked, so a picker can avoid repeating them. */
  readonly askedQuestionIds?: readonly string[];
}

/** A validated meeting with its day number, for internal arithmetic. @internal */
export interface DatedRecord {
  readonly record: MeetingRecord;
  readonly day: number;
}

/**
 * Validates a history and returns its meetings with day numbers, oldest first.
 * Throws `OneOnOneError` (`invalid-history`, or `invalid-date` for a bad date) naming the path.
 * @internal
 */
export function readHistory(history: unknown, path = 'history'): DatedRecord[] {
  const list = expectArray(history, 'invalid-history', path);
  const dated: DatedRecord[] = [];
  list.forEach((entry, index) => {
    const at = joinPath(path, index);
    const record = expectRecord(entry, 'invalid-history', at);
    const day = toDayNumber(record['date'], joinPath(at, 'date'));
    if (!isPillarId(record['focus'])) {
      throw new OneOnOneError(
        'invalid-history',
        `Expected a pillar id ('present', 'near-future' or 'horizon'), got ${describe(record['focus'])}`,
        joinPath(at, 'focus'),
      );
    }
    for (const flag of ['feedbackAsked', 'feedbackReceived'] as const) {
      if (record[flag] !== undefined) expectBoolean(record[flag], 'invalid-history', joinPath(at, flag));
    }
    const asked = record['askedQuestionIds'];
    if (asked !== undefined) {
      expectArray(asked, 'invalid-history', joinPath(at, 'askedQuestionIds')).forEach((id, i) => {
        if (typeof id !== 'string') {
          throw new OneOnOneError(
            'invalid-history',
            `Expected a question id, got ${describe(id)}`,
            joinPath(joinPath(at, 'askedQuestionIds'), i),
          );
        }
      });
    }
    dated.push({ record: entry as MeetingRecord, day });
  });
  // A stable sort keeps same-day records in the order given.
  return dated.sort((a, b) => a.day - b.day);
}
