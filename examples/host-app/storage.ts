import type { FeedbackResponse } from 'one-on-one-kit';
import {
  addDays,
  carryOver,
  createAgenda,
  feedbackTrend,
  parseAgenda,
  serializeAgenda,
  type Agenda,
  type IsoDate,
  type MeetingRecord,
  type PillarId,
} from 'one-on-one-kit/core';

// One way a host app can own persistence: plain JSON in localStorage, validated on the way in.

/** What the example keeps for one report. */
export interface StoredOneOnOne {
  readonly reportName: string;
  readonly history: readonly MeetingRecord[];
  readonly agenda: Agenda;
  /** What the report said when asked for feedback in the meeting under way, saved at once like the rest. */
  readonly feedback?: FeedbackResponse;
}

export interface LoadResult {
  readonly state: StoredOneOnOne;
  /** Set when stored data could not be read: the raw text was kept under `backupKey`, not thrown away. */
  readonly recovered?: { readonly backupKey: string; readonly message: string };
}

export const STORAGE_KEY = 'one-on-one-kit-example:v1';

export function loadOneOnOne(storage: Storage, today: IsoDate, reportName = 'Sam'): LoadResult {
  const fresh: StoredOneOnOne = { reportName, history: [], agenda: createAgenda(today) };
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { state: fresh };
  try {
    const stored = JSON.parse(raw) as {
      reportName?: unknown;
      history?: unknown;
      agenda?: unknown;
      feedback?: unknown;
    };
    const agenda = parseAgenda(stored.agenda);
    const history = Array.isArray(stored.history) ? (stored.history as MeetingRecord[]) : [];
    // The core validates the history here, so a damaged one is parked now rather than failing a render later.
    feedbackTrend(history);
    const name = typeof stored.reportName === 'string' ? stored.reportName : reportName;
    const feedback = isFeedbackResponse(stored.feedback) ? stored.feedback : undefined;
    return { state: { reportName: name, history, agenda, ...(feedback ? { feedback } : {}) } };
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
  storage.setItem(STORAGE_KEY, JSON.stringify({ ...state, agenda }));
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

/** Records the meeting that just happened and opens the next one with every undone item carried over. */
export function finishMeeting(
  state: StoredOneOnOne,
  meeting: { focus: PillarId; feedbackAsked: boolean; feedbackReceived: boolean },
  meetingEveryDays = 7,
): StoredOneOnOne {
  const record: MeetingRecord = { date: state.agenda.meetingDate, ...meeting };
  const nextDate = addDays(state.agenda.meetingDate, meetingEveryDays);
  const { feedback: _asked, ...rest } = state;
  return { ...rest, history: [...state.history, record], agenda: carryOver(state.agenda, nextDate) };
}
