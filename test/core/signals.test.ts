import {
  addDays,
  createAgenda,
  detectMeetingSignals,
  nextFocus,
  OneOnOneError,
  type AgendaItemDraft,
  type CalendarDate,
  type MeetingRecord,
} from 'one-on-one-kit/core';
import { expectError } from './expect-error';

const weekly = (count: number, from: CalendarDate = '2026-01-05'): MeetingRecord[] =>
  Array.from({ length: count }, (_, index) => ({
    date: addDays(from, 7 * index),
    focus: 'present' as const,
  }));

const agendaOf = (drafts: AgendaItemDraft[]) => createAgenda('2026-03-02', drafts);
const kindsOf = (signals: readonly { kind: string }[]) => signals.map((signal) => signal.kind);

describe('detectMeetingSignals', () => {
  it('warns when the manager wrote most of the agenda, and says why', () => {
    const agenda = agendaOf([
      { text: 'Q3 planning', author: 'manager' },
      { text: 'Hiring loop', author: 'manager' },
      { text: 'Team offsite', author: 'manager' },
      { text: 'Feeling stuck', author: 'report' },
    ]);
    const [signal] = detectMeetingSignals({ agenda });
    expect(signal?.kind).toBe('manager-owned-agenda');
    expect(signal?.value).toBe(0.25);
    expect(signal?.message).toBe(
      'The manager wrote 3 of 4 items. The meeting belongs to the report: invite them to set the agenda and hold the space for it.',
    );
  });

  it('stays quiet for an empty agenda or one the report owns at least half of', () => {
    expect(detectMeetingSignals({ agenda: agendaOf([]) })).toEqual([]);
    const even = agendaOf([
      { text: 'Career path', author: 'report' },
      { text: 'Offsite', author: 'manager' },
    ]);
    expect(detectMeetingSignals({ agenda: even })).toEqual([]);
  });

  it('flags each undone item carried over three times or more', () => {
    const agenda = agendaOf([
      { id: 'a', text: 'Book the course', author: 'report', carriedOver: 3 },
      { id: 'b', text: 'Write the promo doc', author: 'report', carriedOver: 5 },
      { id: 'c', text: 'Ask Sam about mentoring', author: 'report', carriedOver: 2 },
      { id: 'd', text: 'Done already', author: 'report', carriedOver: 7, done: true },
    ]);
    const signals = detectMeetingSignals({ agenda });
    expect(signals.map((signal) => [signal.kind, signal.itemId, signal.value])).toEqual([
      ['carried-over', 'a', 3],
      ['carried-over', 'b', 5],
    ]);
    expect(signals[0]?.message).toBe(
      '"Book the course" has been carried over 3 times. Ask what is in the way, whether it still matters to them, and what next step they want to own.',
    );
    expect(kindsOf(detectMeetingSignals({ agenda, carriedOverAt: 6 }))).toEqual([]);
  });

  it('notices feedback not asked in the last three meetings', () => {
    const agenda = agendaOf([{ text: 'Energy', author: 'report' }]);
    const history = weekly(4).map((meeting, index) => ({ ...meeting, feedbackAsked: index === 0 }));
    const signals = detectMeetingSignals({ agenda, history });
    expect(signals).toEqual([
      {
        kind: 'feedback-not-asked',
        value: 3,
        message:
          'Feedback on the manager was not asked in the last 3 meetings. End this one by asking: even when none comes, asking keeps it a two-way street.',
      },
    ]);
    const askedLastTime = history.map((meeting, index) => ({ ...meeting, feedbackAsked: index === 3 }));
    expect(detectMeetingSignals({ agenda, history: askedLastTime })).toEqual([]);
    // Too early to tell after two meetings.
    expect(detectMeetingSignals({ agenda, history: weekly(2) })).toEqual([]);
    expect(kindsOf(detectMeetingSignals({ agenda, history, feedbackWindow: 4 }))).toEqual([]);
  });

  it('names each pillar overdue by the cadence, with its numbers', () => {
    const agenda = agendaOf([{ text: 'Energy', author: 'report' }]);
    const history = weekly(8).map((meeting) => ({ ...meeting, feedbackAsked: true }));
    const due = nextFocus(history, '2026-03-02').due;
    const signals = detectMeetingSignals({ agenda, history, on: '2026-03-02' });
    expect(kindsOf(signals)).toEqual(['pillar-overdue', 'pillar-overdue']);
    expect(signals.map((signal) => signal.pillar).sort()).toEqual(['horizon', 'near-future']);
    const horizon = signals.find((signal) => signal.pillar === 'horizon');
    expect(horizon?.value).toBe(due.find((status) => status.pillar === 'horizon')?.daysSince);
    expect(horizon?.message).toBe(
      'The Horizon has not been the focus since the first meeting, 56 days ago, longer than its rhythm of about every 42 days. Consider making it the focus.',
    );
    const recent = history.map((meeting, index) =>
      index === 7
        ? { ...meeting, focus: 'horizon' as const }
        : index === 6
          ? { ...meeting, focus: 'near-future' as const }
          : meeting,
    );
    expect(detectMeetingSignals({ agenda, history: recent, on: '2026-03-02' })).toEqual([]);
  });

  it('respects the cadence options', () => {
    const agenda = agendaOf([{ text: 'Energy', author: 'report' }]);
    const history = weekly(8).map((meeting) => ({ ...meeting, feedbackAsked: true }));
    const relaxed = { nearFutureEveryDays: 70, horizonEveryDays: 90 };
    expect(detectMeetingSignals({ agenda, history, on: '2026-03-02', cadence: relaxed })).toEqual([]);
  });

  it('rejects bad input with a code and a path', () => {
    const agenda = agendaOf([]);
    expectError(() => detectMeetingSignals(null as never), 'invalid-options', 'input');
    expectError(
      () => detectMeetingSignals({ agenda, carriedOverAt: 0 }),
      'invalid-options',
      'input.carriedOverAt',
    );
    expectError(
      () => detectMeetingSignals({ agenda, feedbackWindow: 1.5 }),
      'invalid-options',
      'input.feedbackWindow',
    );
    expect(() => detectMeetingSignals({ agenda: { version: 1 } as never })).toThrow(OneOnOneError);
    expect(() => detectMeetingSignals({ agenda, history: [{ date: 'soon' }] as never })).toThrow(
      OneOnOneError,
    );
    expect(() => detectMeetingSignals({ agenda, history: [], on: '2026-02-30' })).toThrow(OneOnOneError);
  });
});
