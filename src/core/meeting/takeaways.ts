import { toDayNumber, type CalendarDate } from '../dates';
import type { MeetingRecord } from '../history';
import { PILLAR_IDS, type PillarId } from '../pillars';
import { expectOneOf, expectRecord } from '../validate';
import { expectList, readRecord } from './record';

/**
 * Takeaways from an earlier meeting that inform the coming one, from {@link informingTakeaways}.
 * @example const { pillar, date, takeaways } = informingTakeaways(history, 'near-future') ?? {};
 */
export interface InformingTakeaways {
  /** The pillar they were taken away from: the one above the coming meeting's focus. */
  readonly pillar: PillarId;
  /** The date of the meeting they come from. */
  readonly date: CalendarDate;
  readonly takeaways: readonly string[];
}

/**
 * The pillar whose conversations inform `focus`: The Horizon informs The Near Future, which informs
 * The Present Moment; nothing is above The Horizon (`null`).
 *
 * @example
 * informingPillar('near-future'); // 'horizon'
 * informingPillar('horizon'); // null
 */
export function informingPillar(focus: PillarId): PillarId | null {
  const at = PILLAR_IDS.indexOf(expectOneOf(focus, PILLAR_IDS, 'invalid-options', 'focus'));
  return PILLAR_IDS[at + 1] ?? null;
}

/**
 * What the report took away from the pillar above the coming meeting's focus, from the latest
 * meeting that recorded takeaways for it: a Near Future meeting gets the last Horizon takeaways, a
 * Present Moment meeting the last Near Future ones, a Horizon meeting nothing (`null`). Pass `on`, the
 * coming meeting's date, to ignore records on or after it. Same-day records: the later one given wins.
 *
 * Throws `OneOnOneError`: `invalid-history` (path `history[2].takeaways.horizon`, …), `invalid-date`,
 * or `invalid-options` for `focus` or `options`.
 *
 * @example
 * const history = [{ date: '2026-10-12', focus: 'horizon', takeaways: { horizon: ['Wants to lead a team'] } }];
 * informingTakeaways(history, 'near-future');
 * // { pillar: 'horizon', date: '2026-10-12', takeaways: ['Wants to lead a team'] }
 */
export function informingTakeaways(
  history: readonly MeetingRecord[],
  focus: PillarId,
  options: { readonly on?: CalendarDate } = {},
): InformingTakeaways | null {
  const above = informingPillar(focus);
  const { on } = expectRecord(options, 'invalid-options', 'options');
  const before = on === undefined ? Infinity : toDayNumber(on, 'options.on');
  let found: InformingTakeaways | null = null;
  let foundDay = -Infinity;
  const records = expectList(history, 'invalid-history', 'history');
  for (let index = 0; index < records.length; index += 1) {
    // Every record is read in full, so a damaged history fails here rather than in a later render.
    const record = readRecord(records[index], 'invalid-history', `history[${index}]`);
    const day = toDayNumber(record.date, 'date');
    const takeaways = above && record.takeaways?.[above];
    if (takeaways && day < before && day >= foundDay) {
      found = Object.freeze({ pillar: above, date: record.date, takeaways });
      foundDay = day;
    }
  }
  return found;
}
