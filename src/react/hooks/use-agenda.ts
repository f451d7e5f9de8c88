import * as React from 'react';
import {
  OneOnOneError,
  agendaReducer,
  type Agenda,
  type AgendaAction,
  type PillarId,
  type ReviewOutcome,
} from 'one-on-one-kit/core';
import { useControllableState } from '../internal/use-controllable-state';

/** Where {@link useAgenda} keeps the agenda: give `value` to own it, or `defaultValue` to let the hook own it. */
export interface UseAgendaOptions {
  /** The agenda, when the host owns the state (controlled). */
  value?: Agenda;
  /** The starting agenda, when the hook owns the state (uncontrolled). */
  defaultValue?: Agenda;
  /** Called with the next agenda after every change that changes something. */
  onValueChange?: (agenda: Agenda) => void;
}

/** What {@link UseAgendaResult.add} takes: an `add` action without its `type`. */
export type AgendaAddInput = Omit<Extract<AgendaAction, { type: 'add' }>, 'type'>;

/** The agenda and one function per action; each returns the next agenda. */
export interface UseAgendaResult {
  /** The current agenda. */
  agenda: Agenda;
  /** Applies any action; returns the next agenda. Throws `OneOnOneError` for a bad action. */
  dispatch: (action: AgendaAction) => Agenda;
  add: (input: AgendaAddInput) => Agenda;
  edit: (id: string, text: string) => Agenda;
  remove: (id: string) => Agenda;
  /** Moves an item to `pillar`, at `index` among that pillar's items (the end when left out). */
  move: (id: string, pillar: PillarId | null, index?: number) => Agenda;
  toggleDone: (id: string) => Agenda;
  /** Marks an item brought back from the last meeting done, carried on or dropped. */
  review: (id: string, outcome: ReviewOutcome) => Agenda;
}

/**
 * Agenda state for a custom UI: wraps the core's `agendaReducer` in the Radix
 * `value`/`defaultValue`/`onValueChange` pattern. Every helper applies the change at once and
 * returns the next agenda, so a caller can react to a failure (the reducer throws
 * `OneOnOneError`) without losing what the user typed.
 *
 * @example
 * const { agenda, add, toggleDone } = useAgenda({ defaultValue: createAgenda('2025-03-03') });
 * add({ text: 'How I want to grow this year', author: 'report', pillar: 'horizon' });
 */
export function useAgenda(options: UseAgendaOptions): UseAgendaResult {
  const { value, defaultValue, onValueChange } = options;
  if (value === undefined && defaultValue === undefined) {
    // The meeting date comes from the host: the kit never reads the clock.
    throw new OneOnOneError(
      'invalid-options',
      'useAgenda needs `value` or `defaultValue` (an Agenda).',
      'defaultValue',
    );
  }
  const [agenda, setAgenda] = useControllableState<Agenda>({
    prop: value,
    defaultProp: (defaultValue ?? value) as Agenda,
    onChange: onValueChange,
  });

  const dispatch = React.useCallback(
    (action: AgendaAction) => {
      let next: Agenda | undefined;
      // The updater runs synchronously inside setAgenda, so a reducer error reaches the caller.
      setAgenda((previous) => (next = agendaReducer(previous, action)));
      return next as Agenda;
    },
    [setAgenda],
  );

  const helpers = React.useMemo(
    () => ({
      add: (input: AgendaAddInput) => dispatch({ type: 'add', ...input }),
      edit: (id: string, text: string) => dispatch({ type: 'edit', id, text }),
      remove: (id: string) => dispatch({ type: 'remove', id }),
      move: (id: string, pillar: PillarId | null, index?: number) =>
        dispatch(index === undefined ? { type: 'move', id, pillar } : { type: 'move', id, pillar, index }),
      toggleDone: (id: string) => dispatch({ type: 'toggle-done', id }),
      review: (id: string, outcome: ReviewOutcome) => dispatch({ type: 'review', id, outcome }),
    }),
    [dispatch],
  );

  return React.useMemo(() => ({ agenda, dispatch, ...helpers }), [agenda, dispatch, helpers]);
}
