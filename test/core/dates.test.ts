import { addDays, daysBetween, isIsoDate, OneOnOneError } from 'one-on-one-kit/core';
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
        if (fromDayNumber(day) !== `${prefix}01`) mismatches.push(`${prefix}01 at ${day}`);
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
    expect(fromDayNumber(20779)).toBe('2026-11-22');
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
});
