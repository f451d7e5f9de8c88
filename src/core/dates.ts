import { expectInteger, fail } from './validate';

/**
 * A calendar date written `YYYY-MM-DD`, from `0001-01-01` to `9999-12-31`: no time, no zone, the same
 * day everywhere. The type lets a date literal through and stops a plain `string` of unknown shape, so
 * `createAgenda(new Date().toISOString())` does not compile; every function still checks the value
 * at run time. Turn a `Date` into one with {@link toCalendarDate}, and check a string from JSON or a
 * URL with {@link isCalendarDate}.
 *
 * @example
 * const meetingDate: CalendarDate = '2026-03-02';
 */
export type CalendarDate = `${number}${number}${number}${number}-${number}${number}-${number}${number}`;

/**
 * The former name of {@link CalendarDate}.
 * @deprecated Use `CalendarDate`.
 */
export type IsoDate = CalendarDate;

const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const DAY_MS = 86_400_000;
const EXPECTED = 'a date written YYYY-MM-DD, from 0001-01-01 to 9999-12-31';
// The most days between two dates in range: a larger step could only leave it.
const SPAN = 3_652_058;

// UTC arithmetic only: no local time zone and no clock is ever consulted.
function parse(value: string): number {
  return new Date(0).setUTCFullYear(+value.slice(0, 4), +value.slice(5, 7) - 1, +value.slice(8, 10)) / DAY_MS;
}

// The date of a day number (within ±100 million days), or an expanded year (`+010000-…`) out of range.
const format = (dayNumber: number): string => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD`, from year 0001 to 9999 (2026-02-30 and
 * 0000-01-01 are not). Use it on strings from JSON or a URL; it narrows them to {@link CalendarDate}.
 * @example isCalendarDate('2028-02-29'); // true (a leap year)
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  // An impossible day or month (02-30, 13-01) does not survive the round trip through a day number.
  return (
    typeof value === 'string' && ISO_DATE.test(value) && value >= '0001' && format(parse(value)) === value
  );
}

/**
 * The former name of {@link isCalendarDate}.
 * @deprecated Use `isCalendarDate`.
 * @example isIsoDate('2028-02-29'); // true
 */
export const isIsoDate: (value: unknown) => value is CalendarDate = isCalendarDate;

/**
 * Days since 1970-01-01 for a calendar date; throws `OneOnOneError('invalid-date')` naming `path`.
 * @internal
 */
export function toDayNumber(value: unknown, path: string): number {
  if (!isCalendarDate(value)) fail('invalid-date', path, EXPECTED, value);
  return parse(value);
}

/**
 * The calendar date `dayNumber` days after 1970-01-01 (a whole number within ±100 million). A day
 * before year 0001 or after 9999 throws `OneOnOneError('invalid-date')` naming `path`, the input that
 * led there.
 * @internal
 */
export function fromDayNumber(dayNumber: number, path: string): CalendarDate {
  const value = format(dayNumber);
  if (!isCalendarDate(value)) fail('invalid-date', path, EXPECTED, value);
  return value;
}

/**
 * The date `days` days after `date` (negative goes back). Throws `OneOnOneError`: `invalid-date` for a
 * bad `date` or a result outside years 0001–9999 (path `days`), `invalid-options` when `days` is not a
 * whole number.
 * @example addDays('2028-02-28', 1) // '2028-02-29'
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const day = toDayNumber(date, 'date');
  // Bounded first, so the sum stays a day the date arithmetic can still write down.
  return fromDayNumber(day + expectInteger(days, 'invalid-options', 'days', -SPAN - 1, SPAN + 1), 'days');
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2026-01-01', '2026-03-01') // 59
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to, 'to') - toDayNumber(from, 'from');
}

/**
 * The calendar date a `Date` falls on in a time zone: the host reads the clock and says where, the
 * core never does either. Throws `OneOnOneError`: `invalid-date` for an invalid `Date` or one outside
 * years 0001–9999, `invalid-options` for a time zone the runtime does not know.
 *
 * @example
 * toCalendarDate(new Date('2026-03-01T23:30:00Z'), 'Europe/Berlin'); // '2026-03-02'
 * createAgenda(toCalendarDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone));
 */
export function toCalendarDate(date: Date, timeZone: string): CalendarDate {
  let time = NaN;
  try {
    time = Date.prototype.getTime.call(date);
  } catch {
    // Not a Date (from any realm): `time` stays NaN.
  }
  if (!Number.isFinite(time)) fail('invalid-date', 'date', 'a valid Date', date);
  // A missing zone would mean the runtime's own: reading the environment, which the core never does.
  if (typeof timeZone !== 'string') fail('invalid-options', 'timeZone', 'an IANA time zone name', timeZone);
  let parts: Intl.DateTimeFormatPart[] = [];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(time);
  } catch {
    fail('invalid-options', 'timeZone', 'an IANA time zone name such as "Europe/Berlin"', timeZone);
  }
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  const value = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  // Years before 0001 print as positive era years: a result days away from the UTC date is one of them.
  if (!isCalendarDate(value) || Math.abs(parse(value) - time / DAY_MS) > 2)
    fail('invalid-date', 'date', 'a Date from year 0001 to 9999', date);
  return value;
}
