import * as React from 'react';
import { act, renderHook } from '@testing-library/react';
import { vi } from 'vitest';
import { useAgenda } from 'one-on-one-kit';
import { OneOnOneError, createAgenda, type Agenda } from 'one-on-one-kit/core';

const empty = createAgenda('2026-03-02');

describe('useAgenda', () => {
  it('adds, edits, moves, toggles and removes when uncontrolled', () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useAgenda({ defaultValue: empty, onValueChange }));

    act(() => {
      result.current.add({ text: 'Where I feel stuck', author: 'report', pillar: 'present' });
    });
    const id = result.current.agenda.items[0]!.id;
    act(() => {
      result.current.edit(id, 'Where I feel stuck lately');
      result.current.move(id, 'near-future');
      result.current.toggleDone(id);
    });
    expect(result.current.agenda.items).toEqual([
      expect.objectContaining({
        id,
        text: 'Where I feel stuck lately',
        pillar: 'near-future',
        done: true,
        author: 'report',
      }),
    ]);
    expect(onValueChange).toHaveBeenCalledTimes(4);

    act(() => {
      result.current.remove(id);
    });
    expect(result.current.agenda.items).toEqual([]);
  });

  it('reviews an item brought back: dropped, then done', () => {
    const step = createAgenda('2026-03-09', [
      { id: 's', text: 'Pair with Ana', author: 'report', kind: 'next-step', carriedOver: 1 },
    ]);
    const { result } = renderHook(() => useAgenda({ defaultValue: step }));
    let next: Agenda | undefined;
    act(() => {
      next = result.current.review('s', 'dropped');
    });
    expect(next?.items[0]).toMatchObject({ done: false, dropped: true });
    expect(result.current.agenda).toBe(next);
    act(() => {
      result.current.review('s', 'done');
    });
    expect(result.current.agenda.items[0]).toEqual({ ...step.items[0], done: true });
  });

  it('returns the next agenda from every helper', () => {
    const { result } = renderHook(() => useAgenda({ defaultValue: empty }));
    let next: Agenda | undefined;
    act(() => {
      next = result.current.add({ text: 'Career goals', author: 'report', pillar: 'horizon' });
    });
    expect(next).toBe(result.current.agenda);
    expect(next!.items).toHaveLength(1);
  });

  it('leaves the value to the host when controlled', () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useAgenda({ value: empty, onValueChange }));
    act(() => {
      result.current.add({ text: 'Career goals', author: 'report', pillar: 'horizon' });
    });
    expect(result.current.agenda).toBe(empty);
    expect(onValueChange).toHaveBeenCalledWith(
      expect.objectContaining({ items: [expect.objectContaining({ text: 'Career goals' })] }),
    );
  });

  it('throws OneOnOneError for a bad action and keeps the agenda', () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useAgenda({ defaultValue: empty, onValueChange }));
    expect(() => result.current.add({ text: '   ', author: 'report' })).toThrow(OneOnOneError);
    expect(result.current.agenda).toBe(empty);
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('does not call onValueChange for an action that changes nothing', () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useAgenda({ defaultValue: empty, onValueChange }));
    act(() => {
      result.current.toggleDone('missing');
    });
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('keeps its helpers stable across renders', () => {
    const { result, rerender } = renderHook(() => useAgenda({ defaultValue: empty }));
    const first = result.current;
    act(() => {
      first.add({ text: 'A win', author: 'report', pillar: 'present' });
    });
    rerender();
    expect(result.current.dispatch).toBe(first.dispatch);
    expect(result.current.toggleDone).toBe(first.toggleDone);
    expect(result.current.agenda).not.toBe(first.agenda);
  });

  it('builds two quick changes in one event on each other', () => {
    const { result } = renderHook(() => useAgenda({ defaultValue: empty }));
    act(() => {
      result.current.add({ text: 'First', author: 'report', pillar: 'present' });
      result.current.add({ text: 'Second', author: 'report', pillar: 'present' });
    });
    expect(result.current.agenda.items.map((item) => item.text)).toEqual(['First', 'Second']);
    expect(new Set(result.current.agenda.items.map((item) => item.id)).size).toBe(2);
  });

  it('adds once under StrictMode', () => {
    const { result } = renderHook(() => useAgenda({ defaultValue: empty }), { wrapper: React.StrictMode });
    act(() => {
      result.current.add({ text: 'Only once', author: 'report', pillar: 'present' });
    });
    expect(result.current.agenda.items).toHaveLength(1);
  });

  it('asks for a value or a default value', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useAgenda({}))).toThrow(OneOnOneError);
    vi.mocked(console.error).mockRestore();
  });
});
