// What the core's fuzz suite feeds planToICalendar and how it judges a result: near-valid plans and
// options (real zones and made-up ones, odd titles, any stamp) and anything at all. Its shape is the
// suite's `Spec` ({ args, check }); the suite lists it as `planToICalendar: calendarSpec(core)`.
import fc from 'fast-check';
import { expect } from 'vitest';
import type * as Core from 'one-on-one-kit/core';

export function calendarSpec(core: typeof Core) {
  const plan = fc
    .record({ days: fc.integer({ min: -700_000, max: 2_900_000 }), count: fc.integer({ min: 0, max: 12 }) })
    .map(({ days, count }) => core.planCadence([], { from: core.addDays('1970-01-01', days), count }));
  const options = fc.record(
    {
      title: fc.oneof(
        fc.constantFrom('1:1 with Sam', 'Zoë; Sam, 🎉\nweekly \\ 1:1'),
        fc.string({ unit: 'grapheme', maxLength: 90 }),
        fc.string({ unit: 'binary', maxLength: 90 }),
        fc.anything(),
      ),
      startTime: fc.oneof(
        fc
          .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
          .map(([h, m]) => [h, m].map((part) => String(part).padStart(2, '0')).join(':')),
        fc.constantFrom('24:00', '9:30', '02:30', '01:30'),
        fc.anything(),
      ),
      durationMinutes: fc.oneof(fc.integer({ min: -5, max: 1500 }), fc.double(), fc.anything()),
      timeZone: fc.oneof(
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Kathmandu'),
        fc.constantFrom('Mars/Olympus_Mons', '', 'utc', '+05:30', 'Etc/GMT+12'),
        fc.anything(),
      ),
      uidDomain: fc.oneof(fc.constantFrom('example.com', 'a-b.c', 'x@y', ''), fc.string(), fc.anything()),
      stamp: fc.oneof(fc.date(), fc.anything()),
    },
    { requiredKeys: ['title', 'startTime', 'durationMinutes', 'timeZone', 'uidDomain'] },
  );
  return {
    args: fc.tuple(fc.oneof(plan, fc.anything()), fc.oneof(options, fc.anything())) as fc.Arbitrary<
      readonly unknown[]
    >,
    check: (result: unknown, args: readonly unknown[]) => {
      const text = result as string;
      expect(typeof text).toBe('string');
      expect(text.startsWith('BEGIN:VCALENDAR\r\n') && text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      const lines = text.slice(0, -2).split('\r\n');
      expect(lines.filter((line) => new TextEncoder().encode(line).length > 75)).toEqual([]);
      expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength((args[0] as unknown[]).length);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    },
  };
}
