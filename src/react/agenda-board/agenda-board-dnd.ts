import type { Agenda, AgendaAction, PillarId } from 'one-on-one-kit/core';

/** Marks drag data as an agenda item of one particular board, so other drags are ignored. */
export const AGENDA_DRAG_KEY = 'ook-agenda-item';

/** Which half of a row the pointer is over. */
export type AgendaDropEdge = 'top' | 'bottom';

/** Where an item was dropped: on another item (before or after it) or on a column (at the end). */
export type AgendaDropTarget =
  { type: 'item'; id: string; edge: AgendaDropEdge } | { type: 'column'; pillar: PillarId | null };

/** The half of `rect` that `clientY` falls in: a drop on the top half inserts before the row. */
export function getDropEdge(clientY: number, rect: { top: number; height: number }): AgendaDropEdge {
  return clientY < rect.top + rect.height / 2 ? 'top' : 'bottom';
}

/**
 * Turns a drop into the reducer's `move` action, or `null` when the drop changes nothing
 * (dropped on itself, in the same place, or the item is gone). Pure, so it is tested without a DOM.
 *
 * @example
 * computeDropMove(agenda, 'a', { type: 'item', id: 'b', edge: 'bottom' });
 * // { type: 'move', id: 'a', pillar: 'present', index: 1 }
 */
export function computeDropMove(
  agenda: Agenda,
  sourceId: string,
  target: AgendaDropTarget,
): AgendaAction | null {
  const source = agenda.items.find((item) => item.id === sourceId);
  if (!source) return null;

  let pillar: PillarId | null;
  let index: number;
  if (target.type === 'item') {
    if (target.id === sourceId) return null;
    const over = agenda.items.find((item) => item.id === target.id);
    if (!over) return null;
    pillar = over.pillar;
    const others = agenda.items.filter((item) => item.pillar === pillar && item.id !== sourceId);
    index = others.findIndex((item) => item.id === target.id) + (target.edge === 'bottom' ? 1 : 0);
  } else {
    pillar = target.pillar;
    index = agenda.items.filter((item) => item.pillar === pillar && item.id !== sourceId).length;
  }

  if (source.pillar === pillar) {
    const current = agenda.items
      .filter((item) => item.pillar === pillar)
      .findIndex((item) => item.id === sourceId);
    if (current === index) return null;
  }
  return { type: 'move', id: sourceId, pillar, index };
}
