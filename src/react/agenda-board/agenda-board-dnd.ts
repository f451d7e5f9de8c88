import type { Agenda, AgendaAction, PillarId } from 'one-on-one-kit/core';

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

const ROW = '[data-slot="agenda-board-item"]';
const COLUMN = '[data-slot="agenda-board-column"]';
const ITEM_TEXT = '.ook-agenda-board-item__text';

export interface AgendaDragOptions {
  /** Whether a row may be picked up now (not while its text is being edited). */
  canDrag: (row: HTMLElement) => boolean;
  /** An item of this board was dropped on one of its rows or columns. */
  onDrop: (id: string, target: AgendaDropTarget) => void;
}

/**
 * Pointer drag and drop for one board, on the browser's own drag events: a handful of listeners on
 * the board's root, nothing per row or column, nothing at render. A row becomes `draggable` the first
 * time a pointer reaches it; while one of this board's rows is dragged, the row under the pointer
 * shows which half it would land in (`data-drop-edge`) and its column shows it takes the drop
 * (`data-drop-over`). Drags that started elsewhere (another board, a file, text) are left alone.
 * Returns the clean-up.
 */
export function wireAgendaDrag(root: HTMLElement, { canDrag, onDrop }: AgendaDragOptions): () => void {
  let dragged: HTMLElement | null = null;
  let markedRow: Element | null = null;
  let markedColumn: Element | null = null;

  const closest = (target: EventTarget | null, selector: string) =>
    target instanceof Element ? target.closest<HTMLElement>(selector) : null;

  const mark = (row: HTMLElement | null, edge: AgendaDropEdge | null, column: HTMLElement | null) => {
    if (markedRow !== row) markedRow?.removeAttribute('data-drop-edge');
    if (markedColumn !== column) markedColumn?.removeAttribute('data-drop-over');
    if (row && edge) row.setAttribute('data-drop-edge', edge);
    column?.setAttribute('data-drop-over', '');
    markedRow = row;
    markedColumn = column;
  };

  /** Where a drop at this event would land, with the elements to mark; null outside any column. */
  const targetAt = (event: DragEvent) => {
    const column = closest(event.target, COLUMN);
    if (!column || !root.contains(column)) return null;
    const row = closest(event.target, ROW);
    const pillarName = column.dataset['pillar'];
    const pillar = pillarName === 'unsorted' || !pillarName ? null : (pillarName as PillarId);
    if (!row?.dataset['itemId']) return { target: { type: 'column', pillar } as const, row: null, column };
    const edge = getDropEdge(event.clientY, row.getBoundingClientRect());
    const target = { type: 'item', id: row.dataset['itemId'], edge } as const;
    // Over the dragged row itself: the drop changes nothing, so nothing is marked on it.
    return { target, row: row === dragged ? null : row, column };
  };

  const end = () => {
    dragged?.removeAttribute('data-dragging');
    dragged = null;
    mark(null, null, null);
  };

  const listeners: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void } = {
    pointerover: (event) => {
      const row = closest(event.target, ROW);
      if (row && !row.draggable) row.draggable = true;
    },
    dragstart: (event) => {
      const row = closest(event.target, ROW);
      // Only a whole row is an agenda drag (not a link or a selection inside it).
      if (!row || event.target !== row) return;
      if (!canDrag(row)) {
        event.preventDefault();
        return;
      }
      dragged = row;
      row.setAttribute('data-dragging', '');
      if (event.dataTransfer) {
        event.dataTransfer.effectAllowed = 'move';
        // Some browsers start a drag only with data; the item's text (not its badges) is what a text
        // field outside the board would take.
        event.dataTransfer.setData('text/plain', row.querySelector(ITEM_TEXT)?.textContent ?? '');
      }
    },
    dragover: (event) => {
      if (!dragged) return;
      const at = targetAt(event);
      mark(at?.row ?? null, at?.target.type === 'item' ? at.target.edge : null, at?.column ?? null);
      if (!at) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    },
    dragleave: (event) => {
      if (dragged && !(event.relatedTarget instanceof Node && root.contains(event.relatedTarget)))
        mark(null, null, null);
    },
    drop: (event) => {
      if (!dragged) return;
      const at = targetAt(event);
      const id = dragged.dataset['itemId'];
      end();
      if (!at || !id) return;
      event.preventDefault();
      onDrop(id, at.target);
    },
    dragend: end,
  };

  const entries = Object.entries(listeners) as [string, EventListener][];
  for (const [type, listener] of entries) root.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of entries) root.removeEventListener(type, listener);
    end();
  };
}
