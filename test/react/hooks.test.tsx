import { act, renderHook } from '@testing-library/react';
import { vi } from 'vitest';
import {
  OneOnOneError,
  createQuestionBank,
  defaultQuestions,
  nextFocus,
  type CalendarDate,
  type MeetingRecord,
  type Question,
} from 'one-on-one-kit/core';
import { useNextFocus, useQuestionPicker } from 'one-on-one-kit';

const history: MeetingRecord[] = [
  { date: '2026-01-05', focus: 'present' },
  { date: '2026-01-12', focus: 'near-future' },
  { date: '2026-01-19', focus: 'present' },
];

describe('useNextFocus', () => {
  it('returns the core decision for the meeting on the given day', () => {
    const { result } = renderHook(() => useNextFocus(history, '2026-02-16'));
    expect(result.current).toEqual(nextFocus(history, '2026-02-16'));
  });

  it('keeps the same decision object while the inputs are the same, even with an inline options object', () => {
    const { result, rerender } = renderHook(
      ({ on }) => useNextFocus(history, on, { meetingEveryDays: 7, horizonEveryDays: 42 }),
      { initialProps: { on: '2026-02-16' as CalendarDate } },
    );
    const first = result.current;
    rerender({ on: '2026-02-16' });
    expect(result.current).toBe(first);
    rerender({ on: '2026-03-02' });
    expect(result.current).not.toBe(first);
    expect(result.current).toEqual(
      nextFocus(history, '2026-03-02', { meetingEveryDays: 7, horizonEveryDays: 42 }),
    );
  });

  it('recomputes when an option value changes', () => {
    const { result, rerender } = renderHook(
      ({ every }) => useNextFocus(history, '2026-02-02', { horizonEveryDays: every }),
      {
        initialProps: { every: 42 },
      },
    );
    const first = result.current;
    rerender({ every: 14 });
    expect(result.current).not.toBe(first);
    expect(result.current.due[2].everyDays).toBe(14);
  });

  it('throws the core error for an invalid date', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useNextFocus(history, '2026-13-45'))).toThrow(OneOnOneError);
    vi.mocked(console.error).mockRestore();
  });
});

const bank = createQuestionBank(defaultQuestions);

describe('useQuestionPicker', () => {
  it('picks the same questions as the bank for the same seed, from the default bank when none is given', () => {
    const { result } = renderHook(() => useQuestionPicker({ pillar: 'horizon', count: 2, seed: 'ana' }));
    expect(result.current.questions).toEqual(bank.pick({ pillar: 'horizon', count: 2, seed: 'ana' }));
    expect(result.current.questions.every((question) => question.pillar === 'horizon')).toBe(true);
  });

  it('gives a fresh set on another(), deterministically, and the first set again on reset()', () => {
    const first = renderHook(() => useQuestionPicker({ bank, pillar: 'present', seed: 3 }));
    const second = renderHook(() => useQuestionPicker({ bank, pillar: 'present', seed: 3 }));
    const start = first.result.current.questions.map((question) => question.id);
    act(() => first.result.current.another());
    act(() => second.result.current.another());
    const next = first.result.current.questions.map((question) => question.id);
    expect(next).toHaveLength(3);
    expect(next.some((id) => start.includes(id))).toBe(false);
    expect(second.result.current.questions.map((question) => question.id)).toEqual(next);
    act(() => first.result.current.reset());
    expect(first.result.current.questions.map((question) => question.id)).toEqual(start);
  });

  it('does not repeat a question over several another() calls while the pool lasts', () => {
    const { result } = renderHook(() =>
      useQuestionPicker({ bank, pillar: 'near-future', count: 3, seed: 'x' }),
    );
    const seen = new Set<string>();
    for (let round = 0; round < 5; round += 1) {
      for (const question of result.current.questions) {
        expect(seen.has(question.id)).toBe(false);
        seen.add(question.id);
      }
      act(() => result.current.another());
    }
    expect(seen.size).toBe(15);
  });

  it('skips avoided ids and keeps its questions stable across re-renders with inline arrays', () => {
    const all = bank.pick({ pillar: 'horizon', count: 3, seed: 1 }).map((question) => question.id);
    const { result, rerender } = renderHook(() =>
      useQuestionPicker({ bank, pillar: 'horizon', seed: 1, avoid: [...all] }),
    );
    const questions = result.current.questions;
    expect(questions.some((question) => all.includes(question.id))).toBe(false);
    rerender();
    expect(result.current.questions).toBe(questions);
  });

  it('starts over when the pillar changes', () => {
    const { result, rerender } = renderHook(({ pillar }) => useQuestionPicker({ bank, pillar, seed: 's' }), {
      initialProps: { pillar: 'present' as Question['pillar'] },
    });
    act(() => result.current.another());
    rerender({ pillar: 'feedback' });
    expect(result.current.questions).toEqual(bank.pick({ pillar: 'feedback', count: 3, seed: 's' }));
  });
});
