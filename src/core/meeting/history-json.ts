import type { MeetingRecord } from '../history';
import { expectRecord, fail, isRecord } from '../validate';
import { expectList, readRecord } from './record';

/** The version {@link serializeHistory} writes. */
const CURRENT = 2;

type Stored = Record<string, unknown>;

// Each step lifts a stored history one version: entry `n` turns version `n` into `n + 1`.
const MIGRATIONS: Record<number, (stored: Stored) => Stored> = {
  // Version 1 (the first records: date, focus, optional feedback flags and question ids) wrote the
  // flags only when set; version 2 always writes them, and may add discussed, dropped and takeaways.
  1: (stored) => ({
    ...stored,
    version: 2,
    meetings: (stored['meetings'] as readonly unknown[]).map((meeting) =>
      isRecord(meeting)
        ? {
            ...meeting,
            feedbackAsked: meeting['feedbackAsked'] ?? false,
            feedbackReceived: meeting['feedbackReceived'] ?? false,
          }
        : meeting,
    ),
  }),
};

/**
 * The history as versioned JSON, `{"version":2,"meetings":[…]}`: every record validated, in the
 * order given, with a fixed key order; `parseHistory` reads it back exactly. Unknown keys are dropped
 * (keep a host's own data beside the history). Throws `OneOnOneError('invalid-history')` (or
 * `invalid-date`) with a path such as `meetings[3].focus`.
 *
 * @example
 * localStorage.setItem('history', serializeHistory([...history, record]));
 */
export function serializeHistory(history: readonly MeetingRecord[]): string {
  const meetings = Array.from(expectList(history, 'invalid-history', 'meetings'), (record, index) =>
    readRecord(record, 'invalid-history', `meetings[${index}]`),
  );
  return JSON.stringify({ version: CURRENT, meetings });
}

/**
 * Reads a history from JSON text or an already-parsed value, migrating older shapes: a bare array of
 * records (how the first version of the kit's records were kept) and `{ version: 1, meetings }` read
 * as version 1; their missing feedback flags become `false`. Validates every field of every record
 * and returns fresh records, in the order stored, frozen like the core's agendas (add a meeting
 * with `[...history, record]`).
 *
 * Throws `OneOnOneError`: `invalid-json`, `invalid-history` with a path such as
 * `meetings[2].takeaways.horizon[0]` (or `version` for a history written by a newer kit),
 * `invalid-date` for a record's date.
 *
 * @example
 * const history = parseHistory(localStorage.getItem('history') ?? '[]');
 */
export function parseHistory(input: unknown): MeetingRecord[] {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      fail('invalid-json', '', 'a history written as JSON', input);
    }
  }
  let stored = Array.isArray(value)
    ? { version: 1, meetings: value }
    : expectRecord(value, 'invalid-history', '');
  const version = stored['version'];
  if (!(Number.isInteger(version) && (version as number) >= 1 && (version as number) <= CURRENT))
    fail(
      'invalid-history',
      'version',
      `a version from 1 to ${CURRENT} (a newer version of the kit writes higher ones)`,
      version,
    );
  // Checked before migrating, so a list too long to read is refused before any step walks it.
  expectList(stored['meetings'], 'invalid-history', 'meetings');
  for (let at = version as number; at < CURRENT; at += 1) stored = MIGRATIONS[at]!(stored);
  return Object.freeze(
    Array.from(stored['meetings'] as readonly unknown[], (record, index) =>
      readRecord(record, 'invalid-history', `meetings[${index}]`),
    ),
  ) as MeetingRecord[];
}
