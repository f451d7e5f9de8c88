import { fail } from './validate';

/** An ISO calendar date, `YYYY-MM-DD`: no time, no zone, the same day everywhere. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const DAY_MS = 86_400_000;

// UTC arithmetic only: no local time zone and no clock is ever consulted.
function parse(value: string): number {
  return new Date(0).setUTCFullYear(+value.slice(0, 4), +value.slice(5, 7) - 1, +value.slice(8, 10)) / DAY_MS;
}

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (2026-02-30 is not).
 * @example isIsoDate('2028-02-29'); // true (a leap year)
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // An impossible day or month (02-30, 13-01) does not survive the round trip through a day number.
  return typeof value === 'string' && ISO_DATE.test(value) && fromDayNumber(parse(value)) === value;
}

/**
 * Days since 1970-01-01 for an ISO date; throws `OneOnOneError('invalid-date')` naming `path`.
 * @internal
 */
export function toDayNumber(value: unknown, path: string): number {
  if (!isIsoDate(value)) fail('invalid-date', path, 'a date written YYYY-MM-DD', value);
  return parse(value);
}

/** The ISO date `dayNumber` days after 1970-01-01. @internal */
export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date `days` days after `date` (negative goes back).
 * @example addDays('2028-02-28', 1) // '2028-02-29'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date, 'date') + days);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2026-01-01', '2026-03-01') // 59
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to, 'to') - toDayNumber(from, 'from');
}
