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

  it('matches the platform calendar for every day of four centuries', () => {
    // Date.UTC is only used here, in a test, as an independent oracle.
    const start = toDayNumber('1900-01-01', 'start');
    for (let day = start; day < start + 146097; day += 1) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(day) !== iso) throw new Error(`${day}: ${fromDayNumber(day)} ≠ ${iso}`);
    }
    expect(toDayNumber('1970-01-01', 'd')).toBe(0);
    expect(fromDayNumber(toDayNumber('2400-02-29', 'd'))).toBe('2400-02-29');
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
