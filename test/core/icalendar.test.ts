import ICAL from 'ical.js';
import {
  getPillar,
  planCadence,
  planToICalendar,
  type ICalendarOptions,
  type IsoDate,
  type MeetingRecord,
  type PlannedMeeting,
} from 'one-on-one-kit/core';
import { expectError } from './expect-error';

const options: ICalendarOptions = {
  title: '1:1 with Sam',
  startTime: '09:30',
  durationMinutes: 30,
  timeZone: 'Europe/Berlin',
  uidDomain: 'example.com',
};

const history: MeetingRecord[] = [
  { date: '2026-01-05', focus: 'present' },
  { date: '2026-01-12', focus: 'horizon' },
  { date: '2026-01-19', focus: 'present' },
];

/** Weekly planned meetings from `from`, focus decided by the cadence. */
const weekly = (from: IsoDate, count: number) => planCadence(history, { from, count });

/** The summary of the first planned meeting with this title. */
const summaryOf = (title: string, plan: readonly PlannedMeeting[]) =>
  `${title}: ${getPillar(plan[0]!.focus)!.title}`;

/** Parses with ical.js (a full RFC 5545 parser) and reads each event back. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      categories: vevent.getFirstPropertyValue('categories'),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      utc: event.startDate.zone?.tzid === 'UTC',
      stamp: vevent.getFirstPropertyValue('dtstamp')?.toString(),
    };
  });
}

/** The wall-clock time of an instant in a zone, `YYYY-MM-DD HH:MM`. */
function wallClock(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

describe('planToICalendar', () => {
  it('writes one event per planned meeting that ical.js reads back with its focus and reason', () => {
    const plan = weekly('2026-03-02', 8);
    const events = parse(planToICalendar(plan, options));
    expect(events).toHaveLength(8);
    events.forEach((event, index) => {
      const meeting = plan[index]!;
      expect(event.summary).toMatch(/^1:1 with Sam: The (Present Moment|Near Future|Horizon)$/);
      expect(event.description).toContain(meeting.reason);
      expect(event.utc).toBe(true);
      expect(wallClock(event.start, 'Europe/Berlin')).toBe(`${meeting.date} 09:30`);
      expect(event.end.getTime() - event.start.getTime()).toBe(30 * 60_000);
    });
    const horizon = events[plan.findIndex((meeting) => meeting.focus === 'horizon')]!;
    expect(horizon.summary).toBe('1:1 with Sam: The Horizon');
    expect(horizon.categories).toBe('The Horizon');
    expect(horizon.description).toMatch(/^The Horizon: Career and aspirations/);
  });

  it('keeps the local time across daylight-saving changes in both hemispheres', () => {
    const cases: { timeZone: string; from: IsoDate; utcHours: number[] }[] = [
      { timeZone: 'Europe/Berlin', from: '2026-03-16', utcHours: [8, 8, 7, 7] }, // CET → CEST on 29 March
      { timeZone: 'America/New_York', from: '2026-10-19', utcHours: [13, 13, 14, 14] }, // EDT → EST on 1 November
      { timeZone: 'Australia/Sydney', from: '2026-03-23', utcHours: [22, 22, 23, 23] }, // AEDT → AEST on 5 April
    ];
    for (const { timeZone, from, utcHours } of cases) {
      const plan = weekly(from, 4);
      const events = parse(planToICalendar(plan, { ...options, timeZone }));
      expect(events.map((event) => wallClock(event.start, timeZone))).toEqual(
        plan.map((meeting) => `${meeting.date} 09:30`),
      );
      expect(events.map((event) => event.start.getUTCHours())).toEqual(utcHours);
    }
  });

  it('times a meeting that spans the clocks going back by real minutes, from the first 01:30', () => {
    const plan: PlannedMeeting[] = [{ ...weekly('2026-11-01', 1)[0]!, date: '2026-11-01' }];
    const text = planToICalendar(plan, {
      ...options,
      timeZone: 'America/New_York',
      startTime: '01:30',
      durationMinutes: 60,
    });
    expect(text).toContain('DTSTART:20261101T053000Z\r\nDTEND:20261101T063000Z\r\n');
    const [event] = parse(text);
    // 01:30 EDT to 01:30 EST: the clock reads the same, an hour has passed.
    expect(wallClock(event!.start, 'America/New_York')).toBe('2026-11-01 01:30');
    expect(wallClock(event!.end, 'America/New_York')).toBe('2026-11-01 01:30');
  });

  it('moves a start time the clocks skip forward by the gap', () => {
    const plan: PlannedMeeting[] = [{ ...weekly('2026-03-29', 1)[0]!, date: '2026-03-29' }];
    const [event] = parse(planToICalendar(plan, { ...options, startTime: '02:30' }));
    expect(event!.start.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClock(event!.start, 'Europe/Berlin')).toBe('2026-03-29 03:30');
  });

  it('reads UTC and zones off the hour', () => {
    const plan = weekly('2026-06-01', 1);
    const utc = parse(planToICalendar(plan, { ...options, timeZone: 'UTC' }));
    expect(utc[0]!.start.toISOString()).toBe('2026-06-01T09:30:00.000Z');
    const kathmandu = parse(planToICalendar(plan, { ...options, timeZone: 'Asia/Kathmandu' }));
    expect(kathmandu[0]!.start.toISOString()).toBe('2026-06-01T03:45:00.000Z');
  });

  it('escapes commas, semicolons, backslashes, line breaks and emoji so they read back exactly', () => {
    const title = 'Zoë & Sam; 1:1, weekly 🎉 \\ no\r\nsecond line\nthird 👩🏽‍💻';
    const reason = 'Because: a, b; c\\d\n🙂 done';
    const plan: PlannedMeeting[] = [{ ...weekly('2026-03-02', 1)[0]!, reason }];
    const text = planToICalendar(plan, { ...options, title });
    expect(text).toContain('Zoë & Sam\\; 1:1\\, weekly 🎉 \\\\ no\\nsecond line\\nthird');
    const [event] = parse(text);
    expect(event!.summary).toBe(summaryOf(title.replace('\r\n', '\n'), plan));
    expect(event!.description).toContain(`\n\n${reason}`);
  });

  it('replaces characters iCalendar text cannot hold, and keeps tabs', () => {
    const plan = weekly('2026-03-02', 1);
    const text = planToICalendar(plan, { ...options, title: 'a\u0000b\u0007c\td\ud800e' });
    expect(parse(text)[0]!.summary).toBe(summaryOf('a b c\td\ufffde', plan));
  });

  it('folds lines at 75 octets with CRLF and never inside a character or an escape', () => {
    const title = `${'🎉'.repeat(40)} ${'é,'.repeat(60)} ${'x;'.repeat(50)} ${'中'.repeat(70)}`;
    const plan = weekly('2026-03-02', 3);
    const text = planToICalendar(plan, { ...options, title });
    const bytes = Buffer.from(text, 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.length).toBeGreaterThan(20);
    let offset = 0;
    for (const line of lines) {
      const length = Buffer.byteLength(line, 'utf8');
      expect(length).toBeLessThanOrEqual(75);
      // Each line on its own is whole UTF-8: no character's bytes were split by the fold.
      expect(() =>
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(offset, offset + length)),
      ).not.toThrow();
      // A fold never separates a backslash from the character it escapes.
      expect(line).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
      offset += length + 2;
    }
    expect(parse(text)[0]!.summary).toBe(summaryOf(title, plan));
  });

  it('gives every event a stable UID: the same date and title, the same UID', () => {
    const first = parse(planToICalendar(weekly('2026-03-02', 8), options));
    const uids = first.map((event) => event.uid);
    expect(new Set(uids).size).toBe(8);
    expect(uids[0]).toBe(`one-on-one-20260302-${uids[0]!.slice(20, 28)}@example.com`);
    // Planned again from another history, the foci change but the events are the same meetings.
    const replanned = planCadence([], { from: '2026-03-02', count: 8 });
    const second = parse(planToICalendar(replanned, { ...options, startTime: '14:00', durationMinutes: 45 }));
    expect(second.map((event) => event.uid)).toEqual(uids);
    // Another series (another report) never shares a UID.
    const other = parse(planToICalendar(weekly('2026-03-02', 8), { ...options, title: '1:1 with Ana' }));
    expect(other.map((event) => event.uid).filter((uid) => uids.includes(uid))).toEqual([]);
  });

  it('is pure: the same input gives the same text, DTSTAMP is derived unless given', () => {
    const plan = weekly('2026-03-02', 2);
    const copy = structuredClone(plan);
    const text = planToICalendar(plan, options);
    expect(planToICalendar(plan, options)).toBe(text);
    expect(plan).toEqual(copy);
    expect(parse(text).map((event) => event.stamp)).toEqual(['2026-03-02T00:00:00Z', '2026-03-02T00:00:00Z']);
    const stamped = planToICalendar(plan, { ...options, stamp: new Date('2026-02-27T16:05:09.500Z') });
    expect(stamped).toContain('DTSTAMP:20260227T160509Z\r\n');
  });

  it('starts with the calendar properties every app needs', () => {
    const text = planToICalendar(weekly('2026-03-02', 1), options);
    expect(text.split('\r\n').slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//one-on-one-kit//planToICalendar//EN',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:1:1 with Sam',
      'BEGIN:VEVENT',
    ]);
  });

  it('refuses bad input with a OneOnOneError naming the field', () => {
    const plan = weekly('2026-03-02', 2);
    const bad = (patch: Record<string, unknown>) => ({ ...options, ...patch }) as ICalendarOptions;
    expectError(
      () => planToICalendar(plan, bad({ timeZone: 'Mars/Olympus' })),
      'invalid-options',
      'options.timeZone',
    );
    expectError(
      () => planToICalendar(plan, bad({ timeZone: undefined })),
      'invalid-options',
      'options.timeZone',
    );
    for (const startTime of ['24:00', '9:30', '09:60', ' 09:30', 930])
      expectError(() => planToICalendar(plan, bad({ startTime })), 'invalid-options', 'options.startTime');
    for (const durationMinutes of [0, 1441, 1.5, '30'])
      expectError(
        () => planToICalendar(plan, bad({ durationMinutes })),
        'invalid-options',
        'options.durationMinutes',
      );
    for (const uidDomain of ['', 'a b', 'x@y', '.example.com'])
      expectError(() => planToICalendar(plan, bad({ uidDomain })), 'invalid-options', 'options.uidDomain');
    expectError(() => planToICalendar(plan, bad({ title: '  ' })), 'invalid-options', 'options.title');
    expectError(
      () => planToICalendar(plan, bad({ stamp: new Date(NaN) })),
      'invalid-options',
      'options.stamp',
    );
    expectError(
      () => planToICalendar(plan, bad({ stamp: '2026-01-01' })),
      'invalid-options',
      'options.stamp',
    );
    expectError(() => planToICalendar(plan, null as never), 'invalid-options', 'options');
    expectError(() => planToICalendar([], options), 'invalid-options', 'plan');
    expectError(() => planToICalendar({} as never, options), 'invalid-options', 'plan');
    expectError(() => planToICalendar([plan[0]!, plan[0]!], options), 'invalid-options', 'plan[1].date');
    expectError(
      () => planToICalendar([{ ...plan[0]!, date: '2026-02-30' }], options),
      'invalid-date',
      'plan[0].date',
    );
    expectError(
      () => planToICalendar([{ ...plan[0]!, focus: 'later' as never }], options),
      'invalid-options',
      'plan[0].focus',
    );
    expectError(
      () => planToICalendar([{ ...plan[0]!, reason: 4 as never }], options),
      'invalid-options',
      'plan[0].reason',
    );
    // 23:30 on the last day in Honolulu is already the year 10000 in UTC.
    expectError(
      () =>
        planToICalendar([{ ...plan[0]!, date: '9999-12-31' }], {
          ...options,
          timeZone: 'Pacific/Honolulu',
          startTime: '23:30',
        }),
      'invalid-date',
      'plan[0].date',
    );
  });
});
