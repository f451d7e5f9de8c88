import type { FeedbackResponse } from 'one-on-one-kit';
import {
  createAgenda,
  parseAgenda,
  parseHistory,
  serializeAgenda,
  serializeHistory,
  type Agenda,
  type CalendarDate,
  type MeetingRecord,
  type MeetingTakeaways,
} from 'one-on-one-kit/core';

// One way a host app can own persistence: plain JSON in localStorage, read back through the core's
// parsers (which validate and migrate) and written through its serializers.

/** What the example keeps for one report. */
export interface StoredOneOnOne {
  readonly reportName: string;
  readonly history: readonly MeetingRecord[];
  readonly agenda: Agenda;
  /** What the report said when asked for feedback in the meeting under way, saved at once like the rest. */
  readonly feedback?: FeedbackResponse;
  /** What the report is taking away from the meeting under way, by pillar. */
  readonly takeaways?: MeetingTakeaways;
}

export interface LoadResult {
  readonly state: StoredOneOnOne;
  /** Set when stored data could not be read: the raw text was kept under `backupKey`, not thrown away. */
  readonly recovered?: { readonly backupKey: string; readonly message: string };
}

export const STORAGE_KEY = 'one-on-one-kit-example:v1';

export function loadOneOnOne(storage: Storage, today: CalendarDate, reportName = 'Sam'): LoadResult {
  const fresh: StoredOneOnOne = { reportName, history: [], agenda: createAgenda(today) };
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { state: fresh };
  try {
    const stored = JSON.parse(raw) as Partial<Record<keyof StoredOneOnOne, unknown>>;
    const agenda = parseAgenda(stored.agenda);
    // A history saved by an older version of this app is a bare array: parseHistory migrates it.
    const history = parseHistory(stored.history ?? []);
    const name = typeof stored.reportName === 'string' ? stored.reportName : reportName;
    const feedback = isFeedbackResponse(stored.feedback) ? stored.feedback : undefined;
    const takeaways = readTakeaways(stored.takeaways);
    return {
      state: {
        reportName: name,
        history,
        agenda,
        ...(feedback && { feedback }),
        ...(takeaways && { takeaways }),
      },
    };
  } catch (error) {
    // Never lose what someone typed: park the unreadable copy and start clean.
    const backupKey = `${STORAGE_KEY}:unreadable`;
    storage.setItem(backupKey, raw);
    const message = error instanceof Error ? error.message : String(error);
    return { state: fresh, recovered: { backupKey, message } };
  }
}

export function saveOneOnOne(storage: Storage, state: StoredOneOnOne): void {
  const agenda: unknown = JSON.parse(serializeAgenda(state.agenda));
  const history: unknown = JSON.parse(serializeHistory(state.history));
  storage.setItem(STORAGE_KEY, JSON.stringify({ ...state, agenda, history }));
}

function isFeedbackResponse(value: unknown): value is FeedbackResponse {
  const response = value as Partial<Record<keyof FeedbackResponse, unknown>> | null;
  return (
    typeof response === 'object' &&
    response !== null &&
    typeof response.feedback === 'string' &&
    typeof response.nextStep === 'string' &&
    typeof response.received === 'boolean'
  );
}

// Takeaways in progress are checked for good when the meeting ends (endMeeting validates them);
// here only their shape is kept, so a draft is never dropped for being long.
function readTakeaways(value: unknown): MeetingTakeaways | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: Record<string, string[]> = {};
  for (const [pillar, texts] of Object.entries(value)) {
    if (Array.isArray(texts)) out[pillar] = texts.filter((text): text is string => typeof text === 'string');
  }
  return out as MeetingTakeaways;
}
