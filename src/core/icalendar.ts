import type { PlannedMeeting } from './cadence';
import { toDayNumber, type IsoDate } from './dates';
import { getPillar, isPillarId } from './pillars';
import { hashSeed } from './questions/random';
import { expectArray, expectInteger, expectRecord, expectString, fail, joinPath } from './validate';

/**
 * How {@link planToICalendar} turns planned meetings into calendar events.
 *
 * @example
 * const options: ICalendarOptions = {
 *   title: '1:1 with Sam', startTime: '09:30', durationMinutes: 30,
 *   timeZone: 'Europe/Berlin', uidDomain: 'example.com',
 * };
 */
export interface ICalendarOptions {
  /** The series' name, e.g. `1:1 with Sam`: every event's SUMMARY starts with it, and its UIDs derive from it. */
  readonly title: string;
  /** When each meeting starts, `HH:MM` (24-hour) in `timeZone`. */
  readonly startTime: string;
  /** How long each meeting lasts, a whole number of minutes from 1 to 1,440. */
  readonly durationMinutes: number;
  /** The IANA time zone `startTime` is read in, e.g. `Europe/Berlin` or `UTC`. */
  readonly timeZone: string;
  /** A domain name you control, e.g. `example.com`: it makes the UIDs unique beyond your calendar. */
  readonly uidDomain: string;
  /**
   * The DTSTAMP of every event: when the calendar was made. The core never reads the clock, so by
   * default it is midnight UTC on the first planned meeting's date, and the same plan always gives
   * the same text; pass `new Date()` for the moment of writing.
   */
  readonly stamp?: Date;
}

const DAY_MS = 86_400_000;
const CODE = 'invalid-options';
const START_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const OFFSET = /([+-])(\d\d):(\d\d)(?::(\d\d))?/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// RFC 5545 TEXT allows no control character but tab; line breaks are escaped before this runs.
const CONTROL = /(?!\t)\p{Cc}/gu;

/** TEXT as RFC 5545 writes it: backslash, semicolon and comma escaped, line breaks as `\n`. */
function escapeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(CONTROL, ' ');
}

const utf8Length = (unit: string): number => {
  let bytes = 0;
  for (const char of unit) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
};

/**
 * One content line folded at 75 octets (the continuation's leading space counts), ending in CRLF.
 * It breaks only between characters, never inside one's UTF-8 bytes, nor inside an escape like `\,`.
 */
function fold(line: string): string {
  let out = '';
  let width = 0;
  for (const unit of line.match(/\\.|[^]/gu) ?? []) {
    const bytes = utf8Length(unit);
    if (width + bytes > 75) {
      out += '\r\n ';
      width = 1;
    }
    out += unit;
    width += bytes;
  }
  return `${out}\r\n`;
}

/** A UTC instant as an RFC 5545 DATE-TIME (`20260302T083000Z`), or `''` outside years 0000–9999. */
function utcDateTime(time: number): string {
  if (!(Math.abs(time) <= 8.64e15)) return '';
  const iso = new Date(time).toISOString();
  return /^\d{4}-/.test(iso) ? `${iso.slice(0, 19).replace(/[-:]/g, '')}Z` : '';
}

/** Milliseconds a zone is ahead of UTC at an instant, read from `Intl` (pure: no clock, no environment). */
function offsetReader(format: Intl.DateTimeFormat): (time: number) => number {
  return (time) => {
    const name = format.formatToParts(time).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const [, sign, hours, minutes, seconds] = OFFSET.exec(name) ?? [];
    const offset = ((+(hours ?? 0) * 60 + +(minutes ?? 0)) * 60 + +(seconds ?? 0)) * 1000;
    return sign === '-' ? -offset : offset;
  };
}

/**
 * The UTC instant of a wall-clock time (`local`: milliseconds as if the zone were UTC). A time that
 * happens twice (clocks go back) is the first; one that never happens (clocks go forward) moves
 * forward by the gap, as calendar apps do.
 */
function toUtc(local: number, offsetAt: (time: number) => number): number {
  const before = local - offsetAt(local - DAY_MS);
  const after = local - offsetAt(local + DAY_MS);
  const fits = (time: number) => time + offsetAt(time) === local;
  return fits(before) && fits(after) ? Math.min(before, after) : fits(after) ? after : before;
}

function readOptions(input: unknown) {
  const options = expectRecord(input, CODE, 'options');
  const title = expectString(options['title'], CODE, 'options.title', { nonEmpty: true });
  const startTime = expectString(options['startTime'], CODE, 'options.startTime');
  const time =
    START_TIME.exec(startTime) ?? fail(CODE, 'options.startTime', 'a time written HH:MM', startTime);
  const durationMinutes = expectInteger(options['durationMinutes'], CODE, 'options.durationMinutes', 1, 1440);
  const timeZone = options['timeZone'];
  let format: Intl.DateTimeFormat | undefined;
  try {
    // A missing zone would mean the runtime's own (the environment), so only text is tried.
    if (typeof timeZone === 'string')
      format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  } catch {
    // An unknown zone: refused below.
  }
  if (!format) fail(CODE, 'options.timeZone', 'an IANA time zone name such as "Europe/Berlin"', timeZone);
  const uidDomain = expectString(options['uidDomain'], CODE, 'options.uidDomain');
  if (!DOMAIN.test(uidDomain))
    fail(CODE, 'options.uidDomain', 'a domain name such as "example.com"', uidDomain);
  let stamp: number | undefined;
  if (options['stamp'] !== undefined) {
    try {
      stamp = Date.prototype.getTime.call(options['stamp']);
    } catch {
      // Not a Date: refused below.
    }
    if (!utcDateTime(stamp ?? NaN)) fail(CODE, 'options.stamp', 'a valid Date', options['stamp']);
  }
  return {
    title,
    minutes: +time[1]! * 60 + +time[2]!,
    duration: durationMinutes * 60_000,
    offsetAt: offsetReader(format),
    uidDomain,
    stamp,
  };
}

/**
 * Writes planned meetings (from {@link planCadence}) as an RFC 5545 calendar that Google Calendar,
 * Outlook and Apple Calendar import: one event per meeting, its SUMMARY the `title` and the focus
 * pillar (`1:1 with Sam: The Horizon`), its DESCRIPTION the pillar's purpose and the reason for the
 * focus, its CATEGORIES the pillar.
 *
 * - Times are written in UTC, computed from `startTime` in `timeZone` on each meeting's date, so
 *   every app shows the right local time, across daylight-saving changes too. A start time that
 *   does not exist that day (clocks go forward) moves forward by the gap; one that happens twice
 *   (clocks go back) is the first.
 * - UIDs are stable: they derive from the date, the `title` and `uidDomain`, so a regenerated plan
 *   updates the same events instead of adding copies, and two series with different titles never
 *   share one. Dates in the plan must differ.
 * - Text is escaped (backslash, `;`, `,`, line breaks), lines are folded at 75 octets without
 *   splitting a character, and lines end in CRLF.
 * - DTSTAMP is `options.stamp`, or else midnight UTC on the first meeting's date: pure, so the same
 *   plan gives the same text byte for byte.
 *
 * Throws `OneOnOneError`: `invalid-options` for a bad plan (`plan[2].focus`, an empty plan or a
 * date used twice) or option (`options.timeZone`), `invalid-date` for a bad `plan[i].date` or a
 * meeting outside years 0000–9999 in UTC.
 *
 * @example
 * const calendar = planToICalendar(planCadence(history, { from: '2026-03-02', count: 8 }), {
 *   title: '1:1 with Sam',
 *   startTime: '09:30',
 *   durationMinutes: 30,
 *   timeZone: 'Europe/Berlin',
 *   uidDomain: 'example.com',
 * });
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…' — save it as 1-1-with-sam.ics
 */
export function planToICalendar(plan: readonly PlannedMeeting[], options: ICalendarOptions): string {
  const { title, minutes, duration, offsetAt, uidDomain, stamp } = readOptions(options);
  const meetings = Array.from(expectArray(plan, CODE, 'plan'), (entry, index) => {
    const at = joinPath('plan', index);
    const meeting = expectRecord(entry, CODE, at);
    const day = toDayNumber(meeting['date'], `${at}.date`);
    const focus = meeting['focus'];
    if (!isPillarId(focus)) fail(CODE, `${at}.focus`, 'a pillar id', focus);
    const reason = expectString(meeting['reason'], CODE, `${at}.reason`);
    return { at, date: meeting['date'] as IsoDate, day, focus, reason };
  });
  if (!meetings.length) fail(CODE, 'plan', 'at least one planned meeting', plan);
  const seen = new Set<number>();
  const series = hashSeed(title).toString(16).padStart(8, '0');
  let calendar =
    'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//one-on-one-kit//planToICalendar//EN\r\nCALSCALE:GREGORIAN\r\n' +
    fold(`X-WR-CALNAME:${escapeText(title)}`);
  const dtstamp = utcDateTime(stamp ?? meetings[0]!.day * DAY_MS);
  for (const { at, date, day, focus, reason } of meetings) {
    if (seen.has(day)) fail(CODE, `${at}.date`, 'a date no other meeting in the plan has', date);
    seen.add(day);
    const start = toUtc(day * DAY_MS + minutes * 60_000, offsetAt);
    const dtstart = utcDateTime(start);
    const dtend = utcDateTime(start + duration);
    if (!dtstart || !dtend || !dtstamp)
      fail('invalid-date', `${at}.date`, 'a meeting within the years 0000–9999 in UTC', date);
    const pillar = getPillar(focus)!;
    calendar +=
      'BEGIN:VEVENT\r\n' +
      fold(`UID:one-on-one-${date.replace(/-/g, '')}-${series}@${uidDomain}`) +
      `DTSTAMP:${dtstamp}\r\nDTSTART:${dtstart}\r\nDTEND:${dtend}\r\n` +
      fold(`SUMMARY:${escapeText(`${title}: ${pillar.title}`)}`) +
      fold(`DESCRIPTION:${escapeText(`${pillar.title}: ${pillar.summary}${reason && `\n\n${reason}`}`)}`) +
      fold(`CATEGORIES:${escapeText(pillar.title)}`) +
      'END:VEVENT\r\n';
  }
  return `${calendar}END:VCALENDAR\r\n`;
}
