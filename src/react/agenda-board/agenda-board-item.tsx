import * as React from 'react';
import { PILLAR_IDS, type AgendaItem, type AntiPatternId, type PillarId } from 'one-on-one-kit/core';
import {
  agendaBoardItemVariants,
  type AgendaBoardMessages,
  type AgendaBoardViewer,
  type MessageValues,
} from 'one-on-one-kit/server-safe';

const ITEM_NAME = 'AgendaBoardItem';
// The four class lists a row can have, worked out once rather than per row render.
const ITEM_CLASSES = [
  [
    agendaBoardItemVariants({ done: false, flagged: false }),
    agendaBoardItemVariants({ done: false, flagged: true }),
  ],
  [
    agendaBoardItemVariants({ done: true, flagged: false }),
    agendaBoardItemVariants({ done: true, flagged: true }),
  ],
] as const;

/** One anti-pattern finding for a row, as the row needs it. */
export interface AgendaBoardItemFinding {
  pattern: AntiPatternId;
  evidence: readonly { start: number; end: number; text: string }[];
  suggestion: string;
}

/** The one empty findings list every clean row shares, so its props compare equal across renders. */
export const NO_FINDINGS: readonly AgendaBoardItemFinding[] = [];

/** The board's strings with what it takes to word them, resolved once per board. */
export interface AgendaBoardWords {
  messages: AgendaBoardMessages;
  /** `formatMessage` in the provider's locale. */
  format: (message: string, values?: MessageValues) => string;
  /** A pillar's title from the `pillars` messages; the unsorted area's title for `null`. */
  pillarTitle: (pillar: PillarId | null) => string;
}

/** Stable callbacks shared by every row; each takes the item id, so rows stay memoised. */
export interface AgendaBoardHandlers {
  /** The one change handler of every row's checkbox: the row is found from the event. */
  toggleFromEvent: (event: React.ChangeEvent<HTMLInputElement>) => void;
  setMenu: (id: string | null) => void;
  setEditing: (id: string | null) => void;
  /** Saves new text; returns an error message when it was refused. */
  saveEdit: (id: string, text: string) => string | null;
  moveBy: (id: string, delta: -1 | 1) => void;
  moveTo: (id: string, pillar: PillarId) => void;
  remove: (id: string) => void;
}

/** What every row of a board shares; one object, so a row takes few props and compares them fast. */
export interface AgendaBoardItemContext {
  boardId: string;
  readOnly: boolean;
  viewer: AgendaBoardViewer;
  words: AgendaBoardWords;
  handlers: AgendaBoardHandlers;
}

export interface AgendaBoardItemProps {
  item: AgendaItem;
  findings: readonly AgendaBoardItemFinding[];
  isFirst: boolean;
  isLast: boolean;
  /** The row holds focus or the pointer, so its actions button is shown. */
  active: boolean;
  menuOpen: boolean;
  editing: boolean;
  shared: AgendaBoardItemContext;
}

/**
 * One agenda row. Memoised, and lean on purpose: a checkbox named by the text, the tags and flags it
 * needs, and no hooks. The actions button is rendered only for the active row (focused or under the
 * pointer), so a board of a thousand items does not build a thousand buttons.
 */
export const AgendaBoardItem = React.memo(function AgendaBoardItem(props: AgendaBoardItemProps) {
  const { item, findings, editing, menuOpen, shared } = props;
  const { readOnly, words } = shared;
  const { messages, format } = words;
  const { id, text, done } = item;
  return (
    <li
      data-slot="agenda-board-item"
      data-item-id={id}
      className={ITEM_CLASSES[done ? 1 : 0][findings.length > 0 ? 1 : 0]}
    >
      {editing ? (
        <AgendaBoardItemEditor {...props} />
      ) : (
        // Styled through the row's class: every attribute on a thousand rows shows in the first render.
        <label>
          {readOnly ? (
            <input type="checkbox" checked={done} disabled onChange={shared.handlers.toggleFromEvent} />
          ) : (
            <input type="checkbox" checked={done} onChange={shared.handlers.toggleFromEvent} />
          )}
          {text}
        </label>
      )}
      {readOnly || !(props.active || menuOpen || editing) ? null : (
        <button
          type="button"
          className="ook-agenda-board-item__actions-trigger"
          data-action="actions"
          aria-label={format(messages.actions, { text })}
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? menuIdOf(shared.boardId, id) : undefined}
          onClick={() => shared.handlers.setMenu(menuOpen ? null : id)}
        >
          ⋯
        </button>
      )}
      {item.kind === 'next-step' || item.carriedOver > 0 || item.author === 'manager' ? (
        <div className="ook-agenda-board-item__tags">
          {item.kind === 'next-step' ? (
            <span className="ook-agenda-board-item__tag" data-tag="next-step">
              {messages.nextStep}
            </span>
          ) : null}
          {item.carriedOver > 0 ? (
            <span className="ook-agenda-board-item__tag" data-tag="carried-over">
              {format(messages.carriedOver, { count: item.carriedOver })}
            </span>
          ) : null}
          {item.author === 'manager' ? (
            <span className="ook-agenda-board-item__tag" data-tag="manager">
              {format(messages.managerAuthored, { viewer: shared.viewer })}
            </span>
          ) : null}
        </div>
      ) : null}
      {findings.length > 0
        ? findings.map((finding) => (
            <AgendaBoardFlag key={finding.pattern} text={text} finding={finding} messages={messages} />
          ))
        : null}
      {menuOpen && !readOnly ? (
        <AgendaBoardItemMenu {...props} menuId={menuIdOf(shared.boardId, id)} />
      ) : null}
    </li>
  );
});
AgendaBoardItem.displayName = ITEM_NAME;

const menuIdOf = (boardId: string, id: string) => `${boardId}-${id}-actions`;

function AgendaBoardItemMenu(props: AgendaBoardItemProps & { menuId: string }) {
  const { item, isFirst, isLast, shared } = props;
  const { id, text, pillar } = item;
  const { handlers } = shared;
  const { messages, format, pillarTitle } = shared.words;
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
      aria-label={format(messages.actions, { text })}
      className="ook-agenda-board-item__menu"
      data-slot="agenda-board-item-menu"
    >
      {pillar !== null ? (
        <>
          <button
            type="button"
            onKeyDown={closeOnEscape}
            data-action="move-up"
            disabled={isFirst}
            aria-label={format(messages.moveUp, { text })}
            onClick={() => handlers.moveBy(id, -1)}
          >
            <span aria-hidden="true">↑ </span>
            {messages.moveUpShort}
          </button>
          <button
            type="button"
            onKeyDown={closeOnEscape}
            data-action="move-down"
            disabled={isLast}
            aria-label={format(messages.moveDown, { text })}
            onClick={() => handlers.moveBy(id, 1)}
          >
            <span aria-hidden="true">↓ </span>
            {messages.moveDownShort}
          </button>
        </>
      ) : null}
      {PILLAR_IDS.filter((target) => target !== pillar).map((target) => (
        <button
          key={target}
          type="button"
          onKeyDown={closeOnEscape}
          data-action={`move-to-${target}`}
          aria-label={format(messages.moveTo, { text, pillar: pillarTitle(target) })}
          onClick={() => handlers.moveTo(id, target)}
        >
          <span aria-hidden="true">→ </span>
          {pillarTitle(target)}
        </button>
      ))}
      <button
        type="button"
        onKeyDown={closeOnEscape}
        data-action="edit"
        aria-label={format(messages.edit, { text })}
        onClick={() => handlers.setEditing(id)}
      >
        {messages.editShort}
      </button>
      <button
        type="button"
        onKeyDown={closeOnEscape}
        data-action="remove"
        data-variant="danger"
        aria-label={format(messages.remove, { text })}
        onClick={() => handlers.remove(id)}
      >
        {messages.removeShort}
      </button>
    </div>
  );
}

function AgendaBoardItemEditor({ item, shared }: AgendaBoardItemProps) {
  const { id, text } = item;
  const { boardId, handlers } = shared;
  const { messages, format } = shared.words;
  const inputRef = React.useRef<HTMLInputElement>(null);
  const [error, setError] = React.useState<string | null>(null);
  const hintId = `${boardId}-${id}-edit-hint`;
  const errorId = `${boardId}-${id}-edit-error`;
  React.useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  return (
    <div className="ook-agenda-board-item__editor" data-slot="agenda-board-item-editor">
      <input
        ref={inputRef}
        type="text"
        className="ook-agenda-board__input"
        defaultValue={text}
        aria-label={format(messages.editLabel, { text })}
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

/**
 * An anti-pattern flag: a disclosure button, closed at first, whose evidence and reframe are built
 * only once opened. A button rather than `<details>`: each `<details>` costs a shadow tree to create.
 */
function AgendaBoardFlag({
  text,
  finding,
  messages,
}: {
  text: string;
  finding: AgendaBoardItemFinding;
  messages: AgendaBoardMessages;
}) {
  const [open, setOpen] = React.useState(false);
  return (
    <>
      <button
        type="button"
        className="ook-agenda-board-item__flag"
        data-pattern={finding.pattern}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {messages.flags[finding.pattern] ?? finding.pattern}
      </button>
      {open ? (
        <div className="ook-agenda-board-item__flag-body" data-pattern={finding.pattern}>
          <p>
            <span className="ook-agenda-board-item__flag-heading">{messages.flagEvidence}</span>{' '}
            <HighlightedText text={text} evidence={finding.evidence} />
          </p>
          <p>
            <span className="ook-agenda-board-item__flag-heading">{messages.flagSuggestion}</span>{' '}
            {messages.suggestions[finding.pattern] ?? finding.suggestion}
          </p>
        </div>
      ) : null}
    </>
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
