import * as React from 'react';
import {
  OneOnOneError,
  PILLAR_IDS,
  agendaOwnership,
  detectAntiPatterns,
  type Agenda,
  type AgendaAction,
  type AgendaItem,
  type AntiPatternFinding,
  type DetectAntiPatternsOptions,
  type PillarId,
  type ReviewOutcome,
} from 'one-on-one-kit/core';
import {
  agendaBoardVariants,
  defaultAgendaBoardMessages,
  type AgendaBoardMessages,
  type AgendaBoardViewer,
} from 'one-on-one-kit/server-safe';
import { useFormat, useMessages, usePillarMessages } from '../provider';
import { useAgenda } from '../hooks/use-agenda';
import { useComposedRefs } from '../internal/compose-refs';
import { WarningIcon } from '../internal/icons';
import { computeDropMove, wireAgendaDrag } from './agenda-board-dnd';
import { AgendaBoardAddBox, AgendaBoardColumn } from './agenda-board-column';
import { AgendaBoardReview } from './agenda-board-review';
import {
  NO_FINDINGS,
  type AgendaBoardHandlers,
  type AgendaBoardItemContext,
  type AgendaBoardWords,
} from './agenda-board-item';

const BOARD_NAME = 'AgendaBoard';

/** Props of {@link AgendaBoard}; other props go to the root `<div>`. */
export interface AgendaBoardProps extends Omit<
  React.ComponentPropsWithoutRef<'div'>,
  'defaultValue' | 'children' | 'onChange'
> {
  /** The agenda, when the host owns the state (controlled). */
  value?: Agenda;
  /** The starting agenda, when the board owns the state (uncontrolled). */
  defaultValue?: Agenda;
  /** Called with the next agenda after every change. */
  onValueChange?: (agenda: Agenda) => void;
  /** Who is using the board: new items are authored by them, and wording is relative to them. */
  viewer: AgendaBoardViewer;
  /** The pillar this meeting focuses on; its column stands out, with a Focus badge. No column does when left out. */
  focus?: PillarId;
  /** The report's name for the ownership line, e.g. "Sam added 4 of 5 items". */
  reportName?: string;
  /**
   * Shows the agenda without add, edit, move or remove; done items show as read-only checkboxes.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Replacement strings, any of `AgendaBoardMessages`; the rest stay English (or the provider's).
   * Pass a stable object to keep rows memoised.
   */
  messages?: Partial<AgendaBoardMessages>;
  /**
   * How items are checked for anti-patterns: options for `detectAntiPatterns` (host terms, patterns
   * turned off, another language's rules), or `false` to check nothing and flag nothing. Pass a
   * stable object: a new one checks every item again.
   */
  detection?: DetectAntiPatternsOptions | false;
  /**
   * Called with the board's findings, in item order, whenever they change (not when an item is only
   * ticked or moved), for the host's own summary of them, so nothing checks the agenda twice. The board
   * already flags each item: an `AntiPatternBanner` beside it would show every finding twice.
   */
  onFindingsChange?: (findings: readonly AntiPatternFinding[]) => void;
}

type ItemControl = 'actions' | 'checkbox' | 'add';
interface PendingFocus {
  /** The row to focus in, or a column's add box when `id` is absent. */
  id?: string;
  pillar?: PillarId | null;
  /** Controls to try, in order. */
  controls: readonly ItemControl[];
}

/**
 * A 1:1 agenda as one region per pillar. The report adds topics, ticks them off, moves them between
 * pillars and reorders them (by keyboard or drag), edits and removes them. The focus pillar stands
 * out, ownership is shown, and items that look like a status update, a technical deep dive or a
 * stealth performance review are flagged with the words that fired and a reframe. Items without a
 * pillar (`pillar: null`) show in an extra "Anything else" region, only while there are some.
 *
 * @example
 * const [agenda, setAgenda] = React.useState(() => createAgenda('2025-03-03'));
 * <AgendaBoard value={agenda} onValueChange={setAgenda} viewer="report" focus="horizon" />
 */
export const AgendaBoard = React.forwardRef<HTMLDivElement, AgendaBoardProps>(
  function AgendaBoard(props, forwardedRef) {
    const {
      value,
      defaultValue,
      onValueChange,
      viewer,
      focus,
      reportName,
      readOnly = false,
      messages: messagesProp,
      detection,
      onFindingsChange,
      className,
      ...rest
    } = props;
    const messages = useMessages('agendaBoard', defaultAgendaBoardMessages, messagesProp);
    const format = useFormat();
    const pillars = usePillarMessages();
    const words = React.useMemo<AgendaBoardWords>(
      () => ({
        messages,
        format,
        pillarTitle: (pillar) => (pillar === null ? messages.unsortedTitle : pillars[pillar].title),
      }),
      [messages, format, pillars],
    );
    const { agenda, dispatch } = useAgenda({ value, defaultValue, onValueChange });
    const boardId = React.useId();
    const rootRef = React.useRef<HTMLDivElement | null>(null);
    const [openMenuId, setOpenMenuId] = React.useState<string | null>(null);
    const [editingId, setEditingId] = React.useState<string | null>(null);
    // How the open menu was opened: ArrowUp on its button focuses its last item, anything else the first.
    const menuFocus = React.useRef<'first' | 'last'>('first');
    const [announcement, setAnnouncement] = React.useState('');
    const pendingFocus = React.useRef<PendingFocus | null>(null);

    // Handlers read the latest values through a ref so they can stay stable for the memoised rows.
    const latest = React.useRef({ agenda, dispatch, words, viewer, editingId, openMenuId });
    React.useEffect(() => {
      latest.current = { agenda, dispatch, words, viewer, editingId, openMenuId };
    });

    const columns = React.useMemo(() => groupByPillar(agenda.items), [agenda.items]);
    const toReview = React.useMemo(() => agenda.items.filter(isBroughtBack), [agenda.items]);
    const findingsByText = useFindingsByText(agenda.items, detection);
    useFindingsChange(agenda.items, findingsByText, onFindingsChange);
    const ownership = React.useMemo(() => agendaOwnership(agenda), [agenda]);

    const handlers = React.useMemo<AgendaBoardHandlers>(() => {
      const find = (id: string) => latest.current.agenda.items.find((item) => item.id === id);
      const siblingsOf = (item: AgendaItem) =>
        latest.current.agenda.items.filter((entry) => entry.pillar === item.pillar);
      const apply = (action: AgendaAction) => {
        const next = latest.current.dispatch(action);
        // Keep the ref current so a second event before the next render builds on this one.
        latest.current = { ...latest.current, agenda: next };
        return next;
      };
      const announceMove = (next: Agenda, id: string) =>
        setAnnouncement(describeMove(next, id, latest.current.words));
      const rowIdOf = (element: Element) =>
        element.closest<HTMLElement>('[data-slot="agenda-board-item"]')?.dataset['itemId'];
      const openMenu = (id: string, focus: 'first' | 'last') => {
        menuFocus.current = focus;
        setOpenMenuId(id);
      };
      return {
        toggleFromEvent: (event) => {
          const id = rowIdOf(event.currentTarget);
          if (id !== undefined) apply({ type: 'toggle-done', id });
        },
        keepChecked: () => {},
        menuButtonClick: (event) => {
          const id = rowIdOf(event.currentTarget);
          if (id === undefined) return;
          setOpenMenuId((open) => (open === id ? null : id));
          menuFocus.current = 'first';
        },
        menuButtonKeyDown: (event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          const id = rowIdOf(event.currentTarget);
          if (id === undefined) return;
          event.preventDefault();
          openMenu(id, event.key === 'ArrowUp' ? 'last' : 'first');
        },
        menuInitialFocus: () => menuFocus.current,
        closeMenu: (reason) => {
          const open = latest.current.openMenuId;
          // Escape hands focus back to the button that opened the menu; Tab and a click elsewhere keep theirs.
          if (open !== null && reason === 'escape')
            pendingFocus.current = { id: open, controls: ['actions'] };
          setOpenMenuId(null);
        },
        setEditing: (id) => {
          const previous = latest.current.editingId;
          if (id === null && previous !== null) {
            pendingFocus.current = { id: previous, controls: ['actions', 'checkbox'] };
          }
          setOpenMenuId(null);
          setEditingId(id);
        },
        saveEdit: (id, text) => {
          const { messages: strings, format: say } = latest.current.words;
          if (text.trim() === '') return strings.editEmpty;
          try {
            apply({ type: 'edit', id, text: text.trim() });
          } catch (error) {
            if (error instanceof OneOnOneError) return strings.editFailed;
            throw error;
          }
          pendingFocus.current = { id, controls: ['actions', 'checkbox'] };
          setEditingId(null);
          setAnnouncement(say(strings.announceEdited, { text: text.trim() }));
          return null;
        },
        moveBy: (id, delta) => {
          const item = find(id);
          if (!item) return;
          const siblings = siblingsOf(item);
          const index = siblings.findIndex((entry) => entry.id === id) + delta;
          if (index < 0 || index >= siblings.length) return;
          const next = apply({ type: 'move', id, pillar: item.pillar, index });
          setOpenMenuId(null);
          // Focus stays with the moved row's actions button: Enter, Enter moves it again.
          pendingFocus.current = { id, controls: ['actions', 'checkbox'] };
          announceMove(next, id);
        },
        moveTo: (id, pillar) => {
          const item = find(id);
          if (!item || item.pillar === pillar) return;
          const next = apply({ type: 'move', id, pillar });
          setOpenMenuId(null);
          pendingFocus.current = { id, controls: ['actions', 'checkbox'] };
          announceMove(next, id);
        },
        remove: (id) => {
          const item = find(id);
          if (!item) return;
          const siblings = siblingsOf(item);
          const index = siblings.findIndex((entry) => entry.id === id);
          const neighbour = siblings[index + 1] ?? siblings[index - 1];
          apply({ type: 'remove', id });
          setOpenMenuId(null);
          // Focus moves to the next row, so keyboard users keep their place.
          pendingFocus.current = neighbour
            ? { id: neighbour.id, controls: ['checkbox', 'actions'] }
            : { pillar: item.pillar, controls: ['add'] };
          const { messages: strings, format: say } = latest.current.words;
          setAnnouncement(say(strings.announceRemoved, { text: item.text }));
        },
      };
    }, []);

    const shared = React.useMemo<AgendaBoardItemContext>(
      () => ({ boardId, readOnly, viewer, words, handlers }),
      [boardId, readOnly, viewer, words, handlers],
    );

    const add = React.useCallback((pillar: PillarId | null, text: string, kind: AgendaItem['kind']) => {
      const { viewer: author, words: current } = latest.current;
      try {
        latest.current = {
          ...latest.current,
          agenda: latest.current.dispatch({ type: 'add', text: text.trim(), author, pillar, kind }),
        };
      } catch (error) {
        if (error instanceof OneOnOneError) return false;
        throw error;
      }
      setAnnouncement(
        current.format(current.messages.announceAdded, {
          text: text.trim(),
          pillar: current.pillarTitle(pillar),
        }),
      );
      return true;
    }, []);
    const onAdd = React.useCallback((pillar: PillarId, text: string) => add(pillar, text, 'topic'), [add]);
    // A next step joins the focus pillar (or "Anything else"); like any item it can be moved after.
    const onAddNextStep = React.useCallback(
      (text: string) => add(focus ?? null, text, 'next-step'),
      [add, focus],
    );
    const onReview = React.useCallback((id: string, outcome: ReviewOutcome) => {
      const item = latest.current.agenda.items.find((entry) => entry.id === id);
      if (!item) return;
      latest.current = {
        ...latest.current,
        agenda: latest.current.dispatch({ type: 'review', id, outcome }),
      };
      const { messages: strings, format: say } = latest.current.words;
      setAnnouncement(say(strings.announceReviewed, { text: item.text, outcome }));
    }, []);

    React.useEffect(() => {
      const request = pendingFocus.current;
      const root = rootRef.current;
      if (!request || !root) return;
      pendingFocus.current = null;
      focusControl(root, request);
    });

    // Pointer drag and drop: listeners on the root, wired once, nothing per row.
    React.useEffect(() => {
      const root = rootRef.current;
      if (readOnly || !root) return;
      return wireAgendaDrag(root, {
        canDrag: (row) => row.querySelector('[data-slot="agenda-board-item-editor"]') === null,
        onDrop: (id, target) => {
          const action = computeDropMove(latest.current.agenda, id, target);
          if (!action) return;
          const next = latest.current.dispatch(action);
          latest.current = { ...latest.current, agenda: next };
          setAnnouncement(describeMove(next, id, latest.current.words));
        },
      });
    }, [readOnly]);

    const setRefs = useComposedRefs(rootRef, forwardedRef);

    const total = agenda.items.length;
    const managerHeavy = ownership.manager * 2 > total;
    // Each column hears only about its own rows, so opening a menu skips the others.
    const columnOf = (id: string | null) =>
      id === null ? undefined : (agenda.items.find((item) => item.id === id)?.pillar ?? 'unsorted');
    const menuColumn = columnOf(openMenuId);
    const editingColumn = columnOf(editingId);
    const rowsIn = (pillar: PillarId | null) => {
      const key = pillar ?? 'unsorted';
      return {
        openMenuId: menuColumn === key ? openMenuId : null,
        editingId: editingColumn === key ? editingId : null,
      };
    };
    const columnProps = { boardId, findingsByText, readOnly, viewer, words, shared, onAdd };

    return (
      <div
        data-slot="agenda-board"
        data-viewer={viewer}
        data-readonly={readOnly ? '' : undefined}
        className={[agendaBoardVariants({ readOnly }), className].filter(Boolean).join(' ')}
        {...rest}
        ref={setRefs}
      >
        <div
          className="ook-agenda-board__ownership"
          data-slot="agenda-board-ownership"
          data-state={managerHeavy ? 'warning' : 'ok'}
        >
          <p className="ook-agenda-board__ownership-text">
            {total === 0
              ? format(messages.ownershipEmpty, { viewer })
              : format(messages.ownership, {
                  who: viewer === 'report' ? 'you' : reportName === undefined ? 'unnamed' : 'named',
                  name: reportName,
                  count: ownership.report,
                  total,
                })}
          </p>
          {total > 0 ? (
            // An SVG width, not a `style` attribute: server-rendered style attributes break a strict CSP.
            <svg
              className="ook-agenda-board__ownership-meter"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 100 1"
              preserveAspectRatio="none"
            >
              <rect width={Math.round(ownership.reportShare * 100)} height="1" />
            </svg>
          ) : null}
          {managerHeavy ? (
            <p className="ook-callout ook-agenda-board__warning" data-slot="agenda-board-warning">
              <WarningIcon />
              <span>{format(messages.managerHeavy, { viewer })}</span>
            </p>
          ) : null}
        </div>
        {readOnly ? null : (
          <p className="ook-visually-hidden" data-slot="agenda-board-hint">
            {messages.actionsHint}
          </p>
        )}
        {toReview.length > 0 ? (
          <AgendaBoardReview
            boardId={boardId}
            items={toReview}
            readOnly={readOnly}
            words={words}
            onReview={onReview}
          />
        ) : null}
        <div className="ook-agenda-board__columns">
          {PILLAR_IDS.map((pillar) => (
            <AgendaBoardColumn
              key={pillar}
              pillar={pillar}
              title={pillars[pillar].title}
              summary={pillars[pillar].summary}
              items={columns[pillar]}
              focus={focus === pillar}
              {...rowsIn(pillar)}
              {...columnProps}
            />
          ))}
          {columns.unsorted.length > 0 ? (
            <AgendaBoardColumn
              pillar={null}
              title={messages.unsortedTitle}
              summary={undefined}
              items={columns.unsorted}
              focus={false}
              {...rowsIn(null)}
              {...columnProps}
            />
          ) : null}
        </div>
        {readOnly ? null : (
          <div
            role="group"
            aria-labelledby={`${boardId}-next-steps-heading`}
            className="ook-agenda-board__next-steps"
            data-slot="agenda-board-next-steps"
          >
            <h3 id={`${boardId}-next-steps-heading`} className="ook-agenda-board__next-steps-title">
              {messages.nextStepsTitle}
            </h3>
            <p className="ook-agenda-board__next-steps-description">
              {format(messages.nextStepsDescription, { viewer })}
            </p>
            <AgendaBoardAddBox
              id={`${boardId}-next-step-add`}
              className="ook-agenda-board__next-steps-add"
              label={messages.addNextStepLabel}
              placeholder={format(messages.addNextStepPlaceholder, { viewer })}
              failed={messages.addFailed}
              onAdd={onAddNextStep}
            />
          </div>
        )}
        <div
          role="status"
          aria-live="polite"
          className="ook-visually-hidden"
          data-slot="agenda-board-announcer"
        >
          {announcement}
        </div>
      </div>
    );
  },
);
AgendaBoard.displayName = BOARD_NAME;

interface AgendaColumns {
  present: AgendaItem[];
  'near-future': AgendaItem[];
  horizon: AgendaItem[];
  unsorted: AgendaItem[];
}

// Dropped items have left this meeting's agenda (the review lists them until the meeting ends).
function groupByPillar(items: readonly AgendaItem[]): AgendaColumns {
  const columns: AgendaColumns = { present: [], 'near-future': [], horizon: [], unsorted: [] };
  for (const item of items) if (!item.dropped) columns[item.pillar ?? 'unsorted'].push(item);
  return columns;
}

/** A next step that rolled over from the last meeting: it comes back for review. */
function isBroughtBack(item: AgendaItem) {
  return item.kind === 'next-step' && item.carriedOver > 0;
}

/** Anti-pattern findings by item text, for the rows to look up; see `createFindingsCache`. */
function useFindingsByText(
  items: readonly AgendaItem[],
  detection: DetectAntiPatternsOptions | false | undefined,
) {
  const findingsFor = React.useMemo(() => createFindingsCache(detection), [detection]);
  return React.useMemo(() => findingsFor(items), [findingsFor, items]);
}

const NOTHING_FOUND: ReadonlyMap<string, readonly AntiPatternFinding[]> = new Map();
// The rows' shared empty list, as findings of the core's type (it holds none, so either type fits).
const NONE = NO_FINDINGS as readonly AntiPatternFinding[];

/**
 * A per-board cache of findings by text, for one set of detection options. Only texts it has not
 * seen are checked, in one `detectAntiPatterns` call, and a text keeps the same findings array while
 * it is on the board, so ticking or moving an item leaves every row's findings (and so the memoised
 * rows) alone. With detection off it finds nothing and checks nothing.
 */
function createFindingsCache(detection: DetectAntiPatternsOptions | false | undefined) {
  if (detection === false) return () => NOTHING_FOUND;
  let byText = new Map<string, readonly AntiPatternFinding[]>();
  return (items: readonly AgendaItem[]): ReadonlyMap<string, readonly AntiPatternFinding[]> => {
    const unseen = items.filter((item) => !byText.has(item.text));
    if (unseen.length === 0) return byText;
    // A new map, so the columns see that something changed; texts no longer on the board drop out.
    const next = new Map<string, readonly AntiPatternFinding[]>();
    for (const item of items) {
      const known = byText.get(item.text);
      if (known) next.set(item.text, known);
    }
    const byId = new Map<string, AntiPatternFinding[]>();
    for (const finding of detectAntiPatterns(unseen, detection)) {
      const list = byId.get(finding.itemId);
      if (list) list.push(finding);
      else byId.set(finding.itemId, [finding]);
    }
    for (const item of unseen) next.set(item.text, byId.get(item.id) ?? NONE);
    byText = next;
    return byText;
  };
}

/**
 * Tells the host the board's findings when they change: each item's findings (by its text) with the
 * item's own id, in item order. Ticking or moving an item keeps the same findings, so no call.
 */
function useFindingsChange(
  items: readonly AgendaItem[],
  findingsByText: ReadonlyMap<string, readonly AntiPatternFinding[]>,
  onFindingsChange: ((findings: readonly AntiPatternFinding[]) => void) | undefined,
) {
  const sent = React.useRef<readonly AntiPatternFinding[] | null>(null);
  React.useEffect(() => {
    if (!onFindingsChange) return;
    const findings: AntiPatternFinding[] = [];
    for (const item of items) {
      for (const finding of findingsByText.get(item.text) ?? NONE) {
        findings.push(finding.itemId === item.id ? finding : { ...finding, itemId: item.id });
      }
    }
    const before = sent.current;
    const same =
      before !== null &&
      before.length === findings.length &&
      before.every(
        (finding, index) =>
          finding.itemId === findings[index]!.itemId && finding.evidence === findings[index]!.evidence,
      );
    if (same) return;
    sent.current = findings;
    onFindingsChange(findings);
  }, [items, findingsByText, onFindingsChange]);
}

/** What to announce after an item moved, by keyboard or drag: its text, column and place there. */
function describeMove(agenda: Agenda, id: string, words: AgendaBoardWords): string {
  const moved = agenda.items.find((item) => item.id === id);
  if (!moved) return '';
  const siblings = agenda.items.filter((item) => item.pillar === moved.pillar);
  return words.format(words.messages.announceMoved, {
    text: moved.text,
    pillar: words.pillarTitle(moved.pillar),
    position: siblings.findIndex((item) => item.id === id) + 1,
    count: siblings.length,
  });
}

const CONTROL_SELECTORS: Record<ItemControl, string> = {
  actions: '.ook-agenda-board-item__menu-button',
  checkbox: 'input[type="checkbox"]',
  add: '[data-action="add"]',
};

function focusControl(root: HTMLElement, request: PendingFocus) {
  let scope: Element | undefined;
  if (request.id !== undefined) {
    scope = Array.from(root.querySelectorAll<HTMLElement>('[data-slot="agenda-board-item"]')).find(
      (row) => row.dataset['itemId'] === request.id,
    );
  } else {
    scope = Array.from(root.querySelectorAll<HTMLElement>('[data-slot="agenda-board-column"]')).find(
      (column) => column.dataset['pillar'] === (request.pillar ?? 'unsorted'),
    );
  }
  if (!scope) return;
  for (const control of request.controls) {
    const selector = CONTROL_SELECTORS[control];
    const element = scope.querySelector<HTMLElement>(selector);
    if (element && !(element as HTMLButtonElement).disabled) {
      element.focus();
      return;
    }
  }
}
