import * as React from 'react';
import { PILLARS, type PillarId } from 'one-on-one-kit/core';
import type { AgendaBoardMessages, AgendaBoardViewer } from './agenda-board.messages';
import { agendaBoardItemVariants } from './agenda-board.variants';

const ITEM_NAME = 'AgendaBoardItem';
// The four class lists a row can have, worked out once rather than per row render.
const ITEM_CLASSES = [
  [agendaBoardItemVariants({ done: false, flagged: false }), agendaBoardItemVariants({ done: false, flagged: true })],
  [agendaBoardItemVariants({ done: true, flagged: false }), agendaBoardItemVariants({ done: true, flagged: true })],
] as const;

/** One anti-pattern finding for a row, as the row needs it. */
export interface AgendaBoardItemFinding {
  pattern: string;
  evidence: readonly { start: number; end: number; text: string }[];
  suggestion: string;
}

/** Stable callbacks shared by every row; each takes the item id, so rows stay memoised. */
export interface AgendaBoardHandlers {
  toggle: (id: string) => void;
  setMenu: (id: string | null) => void;
  setEditing: (id: string | null) => void;
  /** Saves new text; returns an error message when it was refused. */
  saveEdit: (id: string, text: string) => string | null;
  moveBy: (id: string, delta: -1 | 1) => void;
  moveTo: (id: string, pillar: PillarId) => void;
  remove: (id: string) => void;
  /** Makes the row under the pointer draggable, the first time the pointer reaches it. */
  armDrag: (event: React.PointerEvent<HTMLElement>) => void;
}

export interface AgendaBoardItemProps {
  boardId: string;
  id: string;
  text: string;
  done: boolean;
  nextStep: boolean;
  carriedOver: number;
  managerAuthored: boolean;
  pillar: PillarId | null;
  isFirst: boolean;
  isLast: boolean;
  findings: readonly AgendaBoardItemFinding[];
  menuOpen: boolean;
  editing: boolean;
  readOnly: boolean;
  viewer: AgendaBoardViewer;
  messages: AgendaBoardMessages;
  handlers: AgendaBoardHandlers;
}

/** One agenda row. Memoised: it takes primitives and stable handlers, so a change elsewhere skips it. */
export const AgendaBoardItem = React.memo(function AgendaBoardItem(props: AgendaBoardItemProps) {
  const { boardId, id, text, done, readOnly, editing, menuOpen, messages, handlers } = props;
  const menuId = `${boardId}-${id}-actions`;
  const flagged = props.findings.length > 0;
  // No state or effects per row: drag and drop is wired up lazily by the board (see `armDrag`).
  return (
    <li
      data-slot="agenda-board-item"
      data-state={done ? 'done' : 'todo'}
      data-item-id={id}
      data-editing={editing ? '' : undefined}
      className={ITEM_CLASSES[done ? 1 : 0][flagged ? 1 : 0]}
      onPointerEnter={readOnly || editing ? undefined : handlers.armDrag}
    >
      {editing ? (
        <AgendaBoardItemEditor {...props} />
      ) : (
        <label className="ook-agenda-board-item__label">
          <input type="checkbox" checked={done} disabled={readOnly} onChange={() => handlers.toggle(id)} />
          {text}
        </label>
      )}
      {readOnly ? null : (
        <button
          type="button"
          className="ook-agenda-board-item__actions-trigger"
          data-action="actions"
          aria-label={messages.actions(text)}
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? menuId : undefined}
          onClick={() => handlers.setMenu(menuOpen ? null : id)}
        >
          ⋯
        </button>
      )}
      {props.nextStep || props.carriedOver > 0 || props.managerAuthored ? (
        <div className="ook-agenda-board-item__tags">
          {props.nextStep ? <span className="ook-agenda-board-item__tag" data-tag="next-step">{messages.nextStep}</span> : null}
          {props.carriedOver > 0 ? (
            <span className="ook-agenda-board-item__tag" data-tag="carried-over">{messages.carriedOver(props.carriedOver)}</span>
          ) : null}
          {props.managerAuthored ? (
            <span className="ook-agenda-board-item__tag" data-tag="manager">{messages.managerAuthored(props.viewer)}</span>
          ) : null}
        </div>
      ) : null}
      {props.findings.map((finding) => (
        <AgendaBoardFlag key={finding.pattern} text={text} finding={finding} messages={messages} />
      ))}
      {menuOpen && !readOnly ? <AgendaBoardItemMenu {...props} menuId={menuId} /> : null}
    </li>
  );
});
AgendaBoardItem.displayName = ITEM_NAME;

function AgendaBoardItemMenu(props: AgendaBoardItemProps & { menuId: string }) {
  const { id, text, pillar, isFirst, isLast, messages, handlers } = props;
  const closeOnEscape = (event: React.KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    handlers.setMenu(null);
    // Hand focus back to the button that opened the menu.
    event.currentTarget.closest('li')?.querySelector<HTMLElement>('[data-action="actions"]')?.focus();
  };
  return (
    <div
      id={props.menuId}
      role="group"
      aria-label={messages.actions(text)}
      className="ook-agenda-board-item__menu"
      data-slot="agenda-board-item-menu"
    >
      {pillar !== null ? (
        <>
          <button type="button" onKeyDown={closeOnEscape} data-action="move-up" disabled={isFirst} aria-label={messages.moveUp(text)} onClick={() => handlers.moveBy(id, -1)}>
            <span aria-hidden="true">↑ </span>
            {messages.moveUpShort}
          </button>
          <button type="button" onKeyDown={closeOnEscape} data-action="move-down" disabled={isLast} aria-label={messages.moveDown(text)} onClick={() => handlers.moveBy(id, 1)}>
            <span aria-hidden="true">↓ </span>
            {messages.moveDownShort}
          </button>
        </>
      ) : null}
      {PILLARS.filter((target) => target.id !== pillar).map((target) => (
        <button
          key={target.id}
          type="button"
          onKeyDown={closeOnEscape}
          data-action={`move-to-${target.id}`}
          aria-label={messages.moveTo(text, target.title)}
          onClick={() => handlers.moveTo(id, target.id)}
        >
          <span aria-hidden="true">→ </span>
          {target.title}
        </button>
      ))}
      <button type="button" onKeyDown={closeOnEscape} data-action="edit" aria-label={messages.edit(text)} onClick={() => handlers.setEditing(id)}>
        {messages.editShort}
      </button>
      <button type="button" onKeyDown={closeOnEscape} data-action="remove" data-variant="danger" aria-label={messages.remove(text)} onClick={() => handlers.remove(id)}>
        {messages.removeShort}
      </button>
    </div>
  );
}

function AgendaBoardItemEditor({ boardId, id, text, messages, handlers }: AgendaBoardItemProps) {
  const inputRef = React.useRef<HTMLInputElement>(null);
  const [error, setError] = React.useState<string | null>(null);
  const hintId = `${boardId}-${id}-edit-hint`;
  const errorId = `${boardId}-${id}-edit-error`;
  React.useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  return (
    <div className="ook-agenda-board-item__editor">
      <input
        ref={inputRef}
        type="text"
        className="ook-agenda-board__input"
        defaultValue={text}
        aria-label={messages.editLabel(text)}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        aria-invalid={error ? true : undefined}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return;
          if (event.key === 'Enter') {
            event.preventDefault();
            setError(handlers.saveEdit(id, event.currentTarget.value));
          } else if (event.key === 'Escape') {
            event.preventDefault();
            handlers.setEditing(null);
          }
        }}
      />
      <span id={hintId} className="ook-agenda-board__hint">
        {messages.editHint}
      </span>
      {error ? (
        <span id={errorId} role="alert" className="ook-agenda-board__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** An anti-pattern flag: a closed disclosure whose evidence and reframe are only built once opened. */
function AgendaBoardFlag({ text, finding, messages }: { text: string; finding: AgendaBoardItemFinding; messages: AgendaBoardMessages }) {
  const [open, setOpen] = React.useState(false);
  return (
    <details
      className="ook-agenda-board-item__flag"
      data-pattern={finding.pattern}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="ook-agenda-board-item__flag-summary">
        <span className="ook-agenda-board-item__flag-icon" aria-hidden="true">
          !
        </span>
        {messages.flag(finding.pattern)}
      </summary>
      {open ? (
        <div className="ook-agenda-board-item__flag-body">
          <p>
            <span className="ook-agenda-board-item__flag-heading">{messages.flagEvidence}</span>{' '}
            <HighlightedText text={text} evidence={finding.evidence} />
          </p>
          <p>
            <span className="ook-agenda-board-item__flag-heading">{messages.flagSuggestion}</span> {finding.suggestion}
          </p>
        </div>
      ) : null}
    </details>
  );
}

function HighlightedText({ text, evidence }: { text: string; evidence: AgendaBoardItemFinding['evidence'] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const span of [...evidence].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor || span.end > text.length) continue;
    if (span.start > cursor) parts.push(text.slice(cursor, span.start));
    parts.push(<mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    cursor = span.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <q className="ook-agenda-board-item__quote">{parts}</q>;
}
