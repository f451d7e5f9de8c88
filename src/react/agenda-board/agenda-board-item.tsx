import * as React from 'react';
import { PILLAR_IDS, type AgendaItem, type AntiPatternId, type PillarId } from 'one-on-one-kit/core';
import {
  agendaBoardItemVariants,
  type AgendaBoardMessages,
  type AgendaBoardViewer,
  type MessageValues,
} from 'one-on-one-kit/server-safe';
import { badgeClassName } from '../internal/badge';
import {
  ArrowDownIcon,
  ArrowUpIcon,
  CarriedOverIcon,
  EditIcon,
  ErrorIcon,
  RemoveIcon,
} from '../internal/icons';
import { Menu, MenuGroup, MenuItem, MenuSeparator, type MenuCloseReason } from '../internal/menu';

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
  /** A read-only board's checkboxes: they say done or not; React puts back a controlled box's state after a click. */
  keepChecked: () => void;
  /** Every row's actions button: a click opens or closes its menu, ArrowDown/ArrowUp open it too. */
  menuButtonClick: (event: React.MouseEvent<HTMLButtonElement>) => void;
  menuButtonKeyDown: (event: React.KeyboardEvent<HTMLButtonElement>) => void;
  /** Which item the open menu focuses first, set by how it was opened. */
  menuInitialFocus: () => 'first' | 'last';
  closeMenu: (reason: MenuCloseReason) => void;
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
  menuOpen: boolean;
  editing: boolean;
  shared: AgendaBoardItemContext;
}

const ACCENT_BADGE = badgeClassName('accent');
const CARRIED_OVER_BADGE = badgeClassName('carried-over');
const NEUTRAL_BADGE = badgeClassName('neutral');
// Worked out once: a class list is one attribute however long it is.
const MENU_BUTTON_CLASS = 'ook-button ook-button--ghost ook-button--icon ook-agenda-board-item__menu-button';

/**
 * One agenda row. Memoised, and lean on purpose: a drag handle drawn by the stylesheet, a checkbox
 * named by the text (only the box toggles; the text is not part of its label), the text, an actions
 * button that is always there, and the tags and flags it needs. No hooks.
 */
export const AgendaBoardItem = React.memo(function AgendaBoardItem(props: AgendaBoardItemProps) {
  const { item, findings, editing, menuOpen, shared } = props;
  const { readOnly, words, handlers } = shared;
  const { messages, format } = words;
  const { id, text, done } = item;
  const menuId = menuIdOf(shared.boardId, id);
  return (
    <li
      data-slot="agenda-board-item"
      data-item-id={id}
      className={ITEM_CLASSES[done ? 1 : 0][findings.length > 0 ? 1 : 0]}
    >
      {editing ? (
        <AgendaBoardItemEditor {...props} />
      ) : (
        <>
          {/* The box alone ticks the item: it is its own 24px (44px on touch) target, named by the text,
              and the text beside it is no label, so a tap on it changes nothing. */}
          {readOnly ? (
            <input
              type="checkbox"
              className="ook-checkbox"
              aria-label={text}
              aria-readonly="true"
              checked={done}
              onChange={handlers.keepChecked}
            />
          ) : (
            <input
              type="checkbox"
              className="ook-checkbox"
              aria-label={text}
              checked={done}
              onChange={handlers.toggleFromEvent}
            />
          )}
          <span className="ook-agenda-board-item__text">{text}</span>
        </>
      )}
      {readOnly ? null : (
        <button
          type="button"
          className={MENU_BUTTON_CLASS}
          aria-label={format(messages.actions, { text })}
          aria-haspopup="menu"
          aria-expanded={menuOpen || undefined}
          aria-controls={menuOpen ? menuId : undefined}
          onClick={handlers.menuButtonClick}
          onKeyDown={handlers.menuButtonKeyDown}
        />
      )}
      {item.kind === 'next-step' || item.carriedOver > 0 || item.author === 'manager' ? (
        <div className="ook-agenda-board-item__tags">
          {/* Plain spans with the Badge classes: a thousand rows build no Badge components. */}
          {item.kind === 'next-step' ? (
            <span className={ACCENT_BADGE} data-tag="next-step">
              {messages.nextStep}
            </span>
          ) : null}
          {item.carriedOver > 0 ? (
            <span className={CARRIED_OVER_BADGE} data-tag="carried-over">
              <CarriedOverIcon />
              {format(messages.carriedOver, { count: item.carriedOver })}
            </span>
          ) : null}
          {item.author === 'manager' ? (
            <span className={NEUTRAL_BADGE} data-tag="manager">
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
      {menuOpen && !readOnly ? <AgendaBoardItemMenu {...props} menuId={menuId} /> : null}
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
  const triggerRef = React.useRef<HTMLElement | null>(null);
  const menuRef = React.useCallback((node: HTMLDivElement | null) => {
    triggerRef.current =
      node?.parentElement?.querySelector<HTMLElement>('.ook-agenda-board-item__menu-button') ?? null;
  }, []);
  const canMoveUp = pillar !== null && !isFirst;
  const canMoveDown = pillar !== null && !isLast;
  return (
    <Menu
      ref={menuRef}
      id={props.menuId}
      aria-label={format(messages.actions, { text })}
      className="ook-agenda-board-item__menu"
      data-slot="agenda-board-item-menu"
      initialFocus={handlers.menuInitialFocus()}
      triggerRef={triggerRef}
      onClose={handlers.closeMenu}
    >
      {canMoveUp ? (
        <MenuItem
          data-action="move-up"
          icon={<ArrowUpIcon />}
          aria-label={format(messages.moveUp, { text })}
          onClick={() => handlers.moveBy(id, -1)}
        >
          {messages.moveUpShort}
        </MenuItem>
      ) : null}
      {canMoveDown ? (
        <MenuItem
          data-action="move-down"
          icon={<ArrowDownIcon />}
          aria-label={format(messages.moveDown, { text })}
          onClick={() => handlers.moveBy(id, 1)}
        >
          {messages.moveDownShort}
        </MenuItem>
      ) : null}
      {canMoveUp || canMoveDown ? <MenuSeparator /> : null}
      <MenuGroup label={messages.moveToHeading}>
        {PILLAR_IDS.filter((target) => target !== pillar).map((target) => (
          <MenuItem
            key={target}
            data-action={`move-to-${target}`}
            icon={<span className="ook-pillar-glyph" data-pillar={target} aria-hidden="true" />}
            aria-label={format(messages.moveTo, { text, pillar: pillarTitle(target) })}
            onClick={() => handlers.moveTo(id, target)}
          >
            {pillarTitle(target)}
          </MenuItem>
        ))}
      </MenuGroup>
      <MenuSeparator />
      <MenuItem
        data-action="edit"
        icon={<EditIcon />}
        aria-label={format(messages.edit, { text })}
        onClick={() => handlers.setEditing(id)}
      >
        {messages.editShort}
      </MenuItem>
      <MenuItem
        data-action="remove"
        tone="danger"
        icon={<RemoveIcon />}
        aria-label={format(messages.remove, { text })}
        onClick={() => handlers.remove(id)}
      >
        {messages.removeShort}
      </MenuItem>
    </Menu>
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
        className="ook-input ook-agenda-board__input"
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
        <span id={errorId} role="alert" className="ook-field-error ook-agenda-board__error">
          <ErrorIcon />
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
        {/* The warning sign and the chevron are drawn by the stylesheet: a hundred flags build no SVG. */}
        <span className="ook-agenda-board-item__flag-label">
          {messages.flags[finding.pattern] ?? finding.pattern}
        </span>
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
