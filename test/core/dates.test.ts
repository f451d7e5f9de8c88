import {
  addDays,
  daysBetween,
  isCalendarDate,
  isIsoDate,
  OneOnOneError,
  toCalendarDate,
  type CalendarDate,
} from 'one-on-one-kit/core';
import { expectError } from './expect-error';
import { fromDayNumber, toDayNumber } from '../../src/core/dates';

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isIsoDate('2026-11-22')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-1-10')).toBe(false);
    expect(isIsoDate('2026-01-10T00:00:00Z')).toBe(false);
    expect(isIsoDate(20260110)).toBe(false);
  });

  it('counts days across month ends and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('follows the Gregorian leap-year rule for every month of five centuries', () => {
    // An independent oracle: month lengths from the calendar's rules, not from the implementation.
    const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const monthLength = (year: number, month: number) =>
      month === 2 ? (leap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    let day = toDayNumber('1900-01-01', 'start');
    const mismatches: string[] = [];
    for (let year = 1900; year < 2400; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const length = monthLength(year, month);
        const prefix = `${year}-${String(month).padStart(2, '0')}-`;
        if (!isIsoDate(`${prefix}${length}`) || isIsoDate(`${prefix}${length + 1}`)) mismatches.push(prefix);
        if (fromDayNumber(day, 'd') !== `${prefix}01`) mismatches.push(`${prefix}01 at ${day}`);
        day += length;
      }
    }
    expect(mismatches).toEqual([]);
    expect(toDayNumber('1970-01-01', 'd')).toBe(0);
    expect(toDayNumber('2000-03-01', 'd') - toDayNumber('2000-02-28', 'd')).toBe(2);
    expect(toDayNumber('2100-03-01', 'd') - toDayNumber('2100-02-28', 'd')).toBe(1);
  });

  it('gives the same day numbers whatever the process time zone', () => {
    // The TZ runs of this suite (npm run test:tz) execute this under three extreme zones.
    expect(toDayNumber('2026-11-22', 'd')).toBe(20779);
    expect(fromDayNumber(20779, 'd')).toBe('2026-11-22');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
  });

  it('throws OneOnOneError naming the path for a bad date', () => {
    expect(() => toDayNumber('2026-02-30', 'meetings[3].date')).toThrow(OneOnOneError);
    try {
      toDayNumber('tomorrow', 'on');
    } catch (error) {
      expect(error).toBeInstanceOf(OneOnOneError);
      expect((error as OneOnOneError).code).toBe('invalid-date');
      expect((error as OneOnOneError).path).toBe('on');
      expect((error as OneOnOneError).message).toContain('YYYY-MM-DD');
    }
    expect.assertions(5);
  });

  it('keeps to years 0001–9999, where every date has four digits', () => {
    expect(isCalendarDate('0001-01-01')).toBe(true);
    expect(isCalendarDate('9999-12-31')).toBe(true);
    expect(isCalendarDate('0000-12-31')).toBe(false);
    expect(isCalendarDate('+10000-01-01')).toBe(false);
    expect(isIsoDate).toBe(isCalendarDate);
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(daysBetween('0001-01-01', '9999-12-31')).toBe(3_652_058);
    expectError(() => addDays('9999-12-31', 1), 'invalid-date', 'days');
    expectError(() => addDays('0001-01-01', -1), 'invalid-date', 'days');
    expectError(() => addDays('2026-01-01', 3_652_059), 'invalid-date', 'days');
    expectError(() => addDays('2026-01-01', Number.MAX_SAFE_INTEGER), 'invalid-options', 'days');
  });

  it('takes a whole number of days and nothing else', () => {
    for (const days of [NaN, Infinity, 1.5, '1', null, undefined, 7n, [{}], Symbol('days'), 1e16]) {
      expectError(() => addDays('2026-01-01', days as number), 'invalid-options', 'days');
    }
    expectError(() => addDays('2026-01-01T10:00:00Z' as CalendarDate, 1), 'invalid-date', 'date');
  });
});

describe('toCalendarDate', () => {
  const instant = new Date('2026-03-01T23:30:00Z');

  it('gives the day a moment falls on in a time zone', () => {
    expect(toCalendarDate(instant, 'UTC')).toBe('2026-03-01');
    expect(toCalendarDate(instant, 'Europe/Berlin')).toBe('2026-03-02');
    expect(toCalendarDate(instant, 'America/Los_Angeles')).toBe('2026-03-01');
    expect(toCalendarDate(new Date('2026-03-01T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2026-03-02');
    expect(toCalendarDate(new Date('2026-03-01T10:30:00Z'), 'Pacific/Pago_Pago')).toBe('2026-02-28');
    // Early years are padded to four digits.
    expect(toCalendarDate(new Date('0042-07-04T12:00:00Z'), 'UTC')).toBe('0042-07-04');
  });

  it('is pure: the same Date and zone give the same day whatever the process zone is', () => {
    // The TZ runs of this suite (npm run test:tz) execute this under three extreme zones.
    expect(toCalendarDate(new Date(Date.UTC(2026, 10, 22, 12)), 'Asia/Tokyo')).toBe('2026-11-22');
  });

  it('refuses an invalid Date, a date outside years 0001–9999, and an unknown zone', () => {
    expectError(() => toCalendarDate(new Date(NaN), 'UTC'), 'invalid-date', 'date');
    expectError(() => toCalendarDate('2026-03-01' as unknown as Date, 'UTC'), 'invalid-date', 'date');
    expectError(() => toCalendarDate({ getTime: () => 0 } as unknown as Date, 'UTC'), 'invalid-date', 'date');
    expectError(() => toCalendarDate(new Date('+010000-01-01T00:00:00Z'), 'UTC'), 'invalid-date', 'date');
    expectError(() => toCalendarDate(new Date('-000005-06-01T00:00:00Z'), 'UTC'), 'invalid-date', 'date');
    expectError(() => toCalendarDate(instant, 'Mars/Olympus_Mons'), 'invalid-options', 'timeZone');
    expectError(() => toCalendarDate(instant, undefined as unknown as string), 'invalid-options', 'timeZone');
    expectError(() => toCalendarDate(instant, ''), 'invalid-options', 'timeZone');
  });
});
