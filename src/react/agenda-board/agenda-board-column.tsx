import * as React from 'react';
import type { AgendaItem, PillarId } from 'one-on-one-kit/core';
import { agendaBoardColumnVariants, type AgendaBoardViewer } from 'one-on-one-kit/server-safe';
import { Badge } from '../internal/badge';
import { ErrorIcon, FocusIcon } from '../internal/icons';
import {
  AgendaBoardItem,
  NO_FINDINGS,
  type AgendaBoardItemContext,
  type AgendaBoardItemFinding,
  type AgendaBoardWords,
} from './agenda-board-item';

const COLUMN_NAME = 'AgendaBoardColumn';

export interface AgendaBoardColumnProps {
  boardId: string;
  /** `null` is the area for items without a pillar. */
  pillar: PillarId | null;
  title: string;
  summary: string | undefined;
  items: readonly AgendaItem[];
  focus: boolean;
  /** Findings by item text; a text keeps its findings array, so unchanged rows stay memoised. */
  findingsByText: ReadonlyMap<string, readonly AgendaBoardItemFinding[]>;
  /** The row ids below are `null` unless that row is in this column, so other columns skip re-rendering. */
  openMenuId: string | null;
  editingId: string | null;
  readOnly: boolean;
  viewer: AgendaBoardViewer;
  words: AgendaBoardWords;
  shared: AgendaBoardItemContext;
  /** Adds an item; returns false when the core refused it. */
  onAdd: (pillar: PillarId, text: string) => boolean;
}

/** One pillar's region: heading, its items in order, and the box to add more. */
export const AgendaBoardColumn = React.memo(function AgendaBoardColumn(props: AgendaBoardColumnProps) {
  const { boardId, pillar, title, items, focus, readOnly, viewer, words, shared } = props;
  const { messages, format } = words;
  const headingId = `${boardId}-${pillar ?? 'unsorted'}-heading`;

  return (
    <section
      aria-labelledby={headingId}
      data-slot="agenda-board-column"
      data-pillar={pillar ?? 'unsorted'}
      data-focus={focus ? '' : undefined}
      className={agendaBoardColumnVariants({ pillar: pillar ?? 'unsorted', focus })}
    >
      <header className="ook-agenda-board-column__header">
        <h3 id={headingId} className="ook-agenda-board-column__title">
          {pillar === null ? null : (
            <span className="ook-pillar-glyph" data-pillar={pillar} aria-hidden="true" />
          )}
          {title}
        </h3>
        {focus ? (
          <Badge tone="focus" icon={<FocusIcon />} data-slot="agenda-board-focus-badge">
            {messages.focusBadge}
          </Badge>
        ) : null}
      </header>
      {props.summary ? <p className="ook-agenda-board-column__summary">{props.summary}</p> : null}
      {items.length > 0 ? (
        <ul className="ook-agenda-board-column__list" data-slot="agenda-board-list">
          {items.map((item, index) => (
            <AgendaBoardItem
              key={item.id}
              item={item}
              findings={props.findingsByText.get(item.text) ?? NO_FINDINGS}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              menuOpen={item.id === props.openMenuId}
              editing={item.id === props.editingId}
              shared={shared}
            />
          ))}
        </ul>
      ) : (
        <div className="ook-empty ook-agenda-board-column__empty" data-slot="agenda-board-empty">
          <p className="ook-empty__title">
            {format(messages.emptyColumn, { viewer, pillar: pillar ?? 'unsorted' })}
          </p>
          {readOnly ? null : <p>{format(messages.emptyColumnHint, { viewer })}</p>}
        </div>
      )}
      {pillar !== null && !readOnly ? (
        <AgendaBoardAddBox
          id={`${boardId}-${pillar}-add`}
          label={words.format(messages.addLabel, { pillar: title })}
          placeholder={messages.addPlaceholder}
          failed={messages.addFailed}
          onAdd={(text) => props.onAdd(pillar, text)}
        />
      ) : null}
    </section>
  );
}, areColumnPropsEqual);
AgendaBoardColumn.displayName = COLUMN_NAME;

// Items are compared one by one: regrouping makes new arrays, but ticking an item in another column
// leaves this column's items the same objects, so it need not re-render.
function areColumnPropsEqual(previous: AgendaBoardColumnProps, next: AgendaBoardColumnProps) {
  for (const key in next) {
    const name = key as keyof AgendaBoardColumnProps;
    if (name === 'items') continue;
    if (!Object.is(previous[name], next[name])) return false;
  }
  const a = previous.items;
  const b = next.items;
  return a === b || (a.length === b.length && a.every((item, index) => item === b[index]));
}

interface AgendaBoardAddBoxProps {
  /** Prefix for the ids the box needs. */
  id: string;
  label: string;
  placeholder: string;
  /** Shown when adding fails. */
  failed: string;
  /** Adds the text; returns false when the core refused it. */
  onAdd: (text: string) => boolean;
  className?: string;
}

/** A text box where Enter adds what was typed: a column's topics, the board's next steps. */
export function AgendaBoardAddBox({
  id,
  label,
  placeholder,
  failed,
  onAdd,
  className,
}: AgendaBoardAddBoxProps) {
  const [text, setText] = React.useState('');
  const [refused, setRefused] = React.useState(false);
  const errorId = `${id}-error`;
  return (
    <div className={className ?? 'ook-agenda-board-column__add'} data-slot="agenda-board-add">
      <input
        type="text"
        className="ook-input ook-agenda-board__input"
        data-action="add"
        aria-label={label}
        aria-describedby={refused ? errorId : undefined}
        aria-invalid={refused ? true : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setRefused(false);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
          event.preventDefault();
          if (text.trim() === '') return;
          // Keep what they typed when the core refuses it, so nothing is lost.
          if (onAdd(text)) setText('');
          else setRefused(true);
        }}
      />
      {refused ? (
        <p id={errorId} role="alert" className="ook-field-error ook-agenda-board__error">
          <ErrorIcon />
          {failed}
        </p>
      ) : null}
    </div>
  );
}
