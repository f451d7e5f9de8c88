import { toDayNumber, type CalendarDate } from './dates';
import type { PillarId } from './pillars';
import {
  checkFields,
  expectInteger,
  expectOneOf,
  expectRecord,
  expectString,
  fail,
  isRecord,
  isText,
  joinPath,
  MAX_ENTRIES,
  noProblems,
  note,
  oneOf,
  optional,
  readList,
  throwProblems,
  type FieldRule,
  type Problems,
} from './validate';

/**
 * A topic to talk about, or a next step the report commits to (carried until done).
 * @example const kind: AgendaItemKind = 'next-step';
 */
export type AgendaItemKind = 'topic' | 'next-step';

/**
 * Who wrote an item: the meeting belongs to the report, so a manager-heavy agenda is a warning sign.
 * @example const author: AgendaAuthor = viewer === 'manager' ? 'manager' : 'report';
 */
export type AgendaAuthor = 'report' | 'manager';

/**
 * One line on a 1:1 agenda.
 * @example
 * const item: AgendaItem = {
 *   id: 'item-1', text: 'Where do I want to be in two years?', pillar: 'horizon',
 *   author: 'report', done: false, carriedOver: 0, kind: 'topic',
 * };
 */
export interface AgendaItem {
  readonly id: string;
  readonly text: string;
  /** The pillar it belongs to, or `null` while unsorted. */
  readonly pillar: PillarId | null;
  readonly author: AgendaAuthor;
  readonly done: boolean;
  /** How many meetings it has already rolled over from. */
  readonly carriedOver: number;
  readonly kind: AgendaItemKind;
  /**
   * Set (always `true`) when the report let the item go at a review (the `review` action with
   * `outcome: 'dropped'`). A dropped item stays on the agenda until the meeting ends; `endMeeting`
   * then files it in the meeting's record instead of carrying it over, so it is never deleted.
   */
  readonly dropped?: true;
}

/**
 * What the report decided about an item brought back for review (a next step from the last meeting):
 * `done` (ticked), `carried` (still open: it rolls into the next meeting, the default) or `dropped`
 * (let go: kept in the history, not carried).
 * @example const outcome: ReviewOutcome = item.done ? 'done' : item.dropped ? 'dropped' : 'carried';
 */
export type ReviewOutcome = 'done' | 'carried' | 'dropped';

/**
 * The agenda for one meeting: plain JSON, versioned so stored copies can be migrated. Every agenda
 * the core returns is frozen, with its items: change one through {@link agendaReducer}.
 * @example const agenda: Agenda = { version: 1, meetingDate: '2026-03-02', items: [] };
 */
export interface Agenda {
  readonly version: 1;
  readonly meetingDate: CalendarDate;
  readonly items: readonly AgendaItem[];
}

/**
 * What {@link agendaReducer} understands. `index` (on `add` and `move`) is a position among the items
 * of the target pillar; it is clamped, and the default is the end. `review` records what the report
 * decided about an item brought back from the last meeting (see {@link ReviewOutcome}); `toggle-done`
 * on a dropped item ticks it and takes the drop off.
 * @example const action: AgendaAction = { type: 'move', id: 'item-3', pillar: 'present', index: 0 };
 */
export type AgendaAction =
  | {
      type: 'add';
      text: string;
      author: AgendaAuthor;
      pillar?: PillarId | null;
      kind?: AgendaItemKind;
      id?: string;
      index?: number;
    }
  | { type: 'edit'; id: string; text: string }
  | { type: 'remove'; id: string }
  | { type: 'move'; id: string; pillar: PillarId | null; index?: number }
  | { type: 'toggle-done'; id: string }
  | { type: 'review'; id: string; outcome: ReviewOutcome };

/**
 * An item for {@link createAgenda}: `text` and `author` are required; the rest defaults to
 * `id` derived (`item-<n>`), `pillar: null`, `kind: 'topic'`, `done: false`, `carriedOver: 0`.
 * A full {@link AgendaItem} is a valid draft.
 * @example const draft: AgendaItemDraft = { text: 'Ship the RFC', author: 'report', kind: 'next-step' };
 */
export interface AgendaItemDraft {
  readonly text: string;
  readonly author: AgendaAuthor;
  readonly id?: string;
  readonly pillar?: PillarId | null;
  readonly kind?: AgendaItemKind;
  readonly done?: boolean;
  readonly carriedOver?: number;
}

/**
 * Who owns an agenda, from {@link agendaOwnership}.
 * @example const { reportShare } = agendaOwnership(agenda); // 0.75: the report set most of it
 */
export interface AgendaOwnership {
  /** Items written by the report. */
  readonly report: number;
  /** Items written by the manager. */
  readonly manager: number;
  /** `report / (report + manager)`, from 0 to 1; 0 for an empty agenda. */
  readonly reportShare: number;
}

const AUTHORS: readonly AgendaAuthor[] = ['report', 'manager'];
const KINDS: readonly AgendaItemKind[] = ['topic', 'next-step'];
// A literal, not `[...PILLAR_IDS, null]`: a top-level spread would keep this module alive in bundles.
const PILLAR_OR_NONE: readonly (PillarId | null)[] = ['present', 'near-future', 'horizon', null];
const ACTIONS = ['add', 'edit', 'remove', 'move', 'toggle-done', 'review'] as const;
const OUTCOMES: readonly ReviewOutcome[] = ['done', 'carried', 'dropped'];
const DERIVED_ID = /^item-(\d{1,15})$/;
const NON_EMPTY = { nonEmpty: true };

// Everything an item holds besides its id, which is checked first and against the other ids.
const ITEM_RULES: readonly FieldRule[] = [
  ['text', isText, 'non-empty text'],
  /* @__PURE__ */ oneOf('pillar', PILLAR_OR_NONE),
  /* @__PURE__ */ oneOf('author', AUTHORS),
  ['done', (value) => typeof value === 'boolean', 'true or false'],
  ['carriedOver', (value) => Number.isSafeInteger(value) && (value as number) >= 0, 'a whole number from 0'],
  /* @__PURE__ */ oneOf('kind', KINDS),
  /* @__PURE__ */ optional(/* @__PURE__ */ oneOf('dropped', [true, false])),
];

// Agendas the core built: frozen, items and all, so they are still valid when they come back and the
// reducer need not re-walk 1,000 items per action. Any other object is checked every time it is read.
const builtAgendas = /* @__PURE__ */ new WeakSet<object>();

/** A frozen agenda over `items`, which must be frozen already (new items are frozen where they are made). */
function build(meetingDate: CalendarDate, items: AgendaItem[]): Agenda {
  const agenda: Agenda = Object.freeze({ version: 1, meetingDate, items: Object.freeze(items) });
  builtAgendas.add(agenda);
  return agenda;
}

/** Notes each problem of the item at `at`; its id must not be in `ids` yet (a good one is added). */
function checkItem(entry: unknown, problems: Problems, at: string, ids: Set<unknown>): void {
  if (!isRecord(entry)) return note(problems, at, 'an object', entry);
  const id = entry['id'];
  if (!isText(id)) note(problems, `${at}.id`, 'non-empty text', id);
  else if (ids.has(id)) note(problems, `${at}.id`, 'an id no other item has', id);
  else ids.add(id);
  checkFields(entry, ITEM_RULES, problems, at);
}

/** Notes the problems of every item (holes too), so one error names the first few and counts them all. */
function checkItems(value: unknown, problems: Problems, path: string): readonly AgendaItem[] {
  const list = readList(value, problems, path) ?? [];
  const ids = new Set<unknown>();
  for (let index = 0; index < list.length; index++)
    checkItem(list[index], problems, joinPath(path, index), ids);
  return list as readonly AgendaItem[];
}

/**
 * The agenda as one the core built: that very agenda if the core built it, else a frozen copy of a
 * valid current-version agenda, so nothing the host keeps can change it later. Throws `invalid-date`
 * for its date, else `invalid-agenda` with every problem.
 * @internal
 */
export function readAgenda(value: unknown, path: string): Agenda {
  if (builtAgendas.has(value as object)) return value as Agenda;
  const agenda = expectRecord(value, 'invalid-agenda', path);
  expectOneOf(agenda['version'], [1], 'invalid-agenda', joinPath(path, 'version'));
  toDayNumber(agenda['meetingDate'], joinPath(path, 'meetingDate'));
  const problems = noProblems();
  const items = checkItems(agenda['items'], problems, joinPath(path, 'items'));
  throwProblems(problems, 'invalid-agenda');
  return toPlain(agenda['meetingDate'] as CalendarDate, items);
}

/**
 * The agenda as the core's, and a plain copy of its items: V8's array builtins take a slow path over
 * frozen arrays (`filter` over 1,000 items: 35 µs against 7 µs), and one spread copy costs under 1 µs.
 */
function readItems(value: unknown, path: string): { agenda: Agenda; items: AgendaItem[] } {
  const agenda = readAgenda(value, path);
  return { agenda, items: [...agenda.items] };
}

// One fixed key order so serialized agendas compare and diff cleanly; unknown keys are dropped.
function toPlain(meetingDate: CalendarDate, items: readonly AgendaItem[]): Agenda {
  return build(
    meetingDate,
    // `+ 0` turns -0 into 0, which is what JSON writes: the agenda reads back exactly. `dropped` is
    // written only when set, so agendas without drops keep the exact JSON they always had.
    items.map(({ id, text, pillar, author, done, carriedOver, kind, dropped }) =>
      Object.freeze({
        id,
        text,
        pillar,
        author,
        done,
        carriedOver: carriedOver + 0,
        kind,
        ...(dropped && { dropped }),
      }),
    ),
  );
}

// Ids past the highest `item-<n>` in use: deterministic (StrictMode-safe) and never a host id.
function createIdFactory(ids: readonly unknown[]): () => string {
  const used = new Set(ids);
  let n = 0;
  for (const id of ids) {
    const match = typeof id === 'string' && DERIVED_ID.exec(id);
    if (match) n = Math.max(n, +match[1]!);
  }
  return () => {
    let id: string;
    do id = `item-${++n}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
}

const ITEM_DEFAULTS: Record<string, unknown> = { pillar: null, done: false, carriedOver: 0, kind: 'topic' };

// Missing (or `undefined`) fields take their defaults; present ones are left for validation to judge.
function withDefaults(item: Record<string, unknown>): Record<string, unknown> {
  const filled = { ...item };
  for (const key in ITEM_DEFAULTS) if (filled[key] === undefined) filled[key] = ITEM_DEFAULTS[key];
  return filled;
}

/**
 * A new agenda for the meeting on `meetingDate`. Items may be full {@link AgendaItem}s or drafts
 * (see {@link AgendaItemDraft}); text is trimmed and missing ids are derived as `item-<n>`.
 * Throws `OneOnOneError`: `invalid-date` (path `meetingDate`) or `invalid-items` (e.g. `items[1].author`).
 *
 * @example
 * const agenda = createAgenda('2026-03-02', [{ text: 'Feeling stuck on onboarding', author: 'report', pillar: 'present' }]);
 * agenda.items[0].id; // 'item-1'
 */
export function createAgenda(meetingDate: CalendarDate, items: readonly AgendaItemDraft[] = []): Agenda {
  toDayNumber(meetingDate, 'meetingDate');
  const problems = noProblems();
  // Array.from turns holes into undefined, which the checks then report like any other non-object.
  const drafts = Array.from(readList(items, problems, 'items') ?? []);
  const nextId = createIdFactory(drafts.map((draft) => (isRecord(draft) ? draft['id'] : undefined)));
  const filled = drafts.map((draft) => {
    if (!isRecord(draft)) return draft;
    const full = withDefaults(draft);
    const { id, text } = full;
    return {
      ...full,
      id: id === undefined ? nextId() : id,
      text: typeof text === 'string' ? text.trim() : text,
    };
  });
  const checked = checkItems(filled, problems, 'items');
  throwProblems(problems, 'invalid-items');
  return toPlain(meetingDate, checked);
}

// Where `item` lands among `rest` so it is `index`-th (clamped; default last) among its pillar's items.
function place(rest: readonly AgendaItem[], item: AgendaItem, index: number | undefined): AgendaItem[] {
  const slots: number[] = [];
  rest.forEach((other, i) => {
    if (other.pillar === item.pillar) slots.push(i);
  });
  const clamped = Math.max(0, index ?? slots.length);
  const at =
    clamped < slots.length ? slots[clamped]! : slots.length ? slots[slots.length - 1]! + 1 : rest.length;
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}

/**
 * Applies one edit to an agenda and returns the next agenda. Pure and deterministic (safe under React
 * StrictMode), never mutates; unchanged results and actions naming an id that is not on the agenda
 * (e.g. a stale double-click) return the same `agenda` reference. Unchanged items keep their identity.
 * Agendas the core returns are frozen, so one it built is not checked again and a 1,000-item board
 * stays fast; any other object is checked in full and copied each time (and its copy comes back).
 * Throws `OneOnOneError('invalid-action', …, 'action.text')` etc. for a bad action (including a
 * duplicate `add` id) and `invalid-agenda` for a bad agenda.
 *
 * @example
 * let agenda = createAgenda('2026-03-02');
 * agenda = agendaReducer(agenda, { type: 'add', text: 'Career path', author: 'report', pillar: 'horizon' });
 * agenda = agendaReducer(agenda, { type: 'move', id: 'item-1', pillar: 'near-future' });
 * agenda = agendaReducer(agenda, { type: 'toggle-done', id: 'item-1' });
 * agenda = agendaReducer(agenda, { type: 'review', id: 'item-1', outcome: 'dropped' });
 */
export function agendaReducer(agenda: Agenda, action: AgendaAction): Agenda {
  // For an agenda the core did not build, `own` is its frozen copy: what comes back is always the core's.
  const { agenda: own, items } = readItems(agenda, 'agenda');
  const { meetingDate } = own;
  const code = 'invalid-action';
  const input = expectRecord(action, code, 'action');
  const type = expectOneOf(input['type'], ACTIONS, code, 'action.type');
  const { id, text, pillar, index } = input;
  // Each field is read only by the actions that use it, so extra fields never fail an action.
  const trim = () => (typeof text === 'string' ? text.trim() : text);
  const readIndex = () => (index === undefined ? index : expectInteger(index, code, 'action.index'));
  const next = (list: AgendaItem[]): Agenda => build(meetingDate, list);

  if (type === 'add') {
    const ids = items.map((item) => item.id);
    const item = {
      id: id === undefined ? createIdFactory(ids)() : id,
      text: trim(),
      pillar: pillar === undefined ? null : pillar,
      author: input['author'],
      done: false,
      carriedOver: 0,
      kind: input['kind'] === undefined ? 'topic' : input['kind'],
    };
    // A new item is checked like any other (paths such as `action.author`); its id must be new.
    const problems = noProblems();
    checkItem(item, problems, 'action', new Set(ids));
    throwProblems(problems, code);
    return next(place(items, Object.freeze(item) as AgendaItem, readIndex()));
  }

  const wanted = expectString(id, code, 'action.id');
  const at = items.findIndex((item) => item.id === wanted);
  const current = items[at];
  const edited = type === 'edit' ? expectString(trim(), code, 'action.text', NON_EMPTY) : '';
  const target = type === 'move' ? expectOneOf(pillar, PILLAR_OR_NONE, code, 'action.pillar') : null;
  const to = type === 'move' ? readIndex() : undefined;
  const outcome = type === 'review' ? expectOneOf(input['outcome'], OUTCOMES, code, 'action.outcome') : null;
  if (!current) return own;

  if (type === 'remove') return next(items.filter((item) => item !== current));
  if (type === 'move') {
    const peers = items.filter((item) => item.pillar === target);
    // Already at that place among its pillar's items: keep the agenda so React can bail out.
    if (peers[Math.min(Math.max(to ?? Infinity, 0), peers.length - 1)] === current) return own;
    const moved = current.pillar === target ? current : Object.freeze({ ...current, pillar: target });
    return next(
      place(
        items.filter((item) => item !== current),
        moved,
        to,
      ),
    );
  }
  if (type === 'edit' && edited === current.text) return own;
  // `dropped` is written only while true; ticking or reviewing otherwise takes it off.
  const { dropped: _dropped, ...kept } = current;
  let changed: AgendaItem;
  if (type === 'edit') changed = { ...current, text: edited };
  else if (type === 'toggle-done') changed = { ...kept, done: !current.done };
  else if (outcome === 'dropped') changed = { ...kept, done: false, dropped: true };
  else changed = { ...kept, done: outcome === 'done' };
  if (type === 'review' && changed.done === current.done && changed.dropped === current.dropped) return own;
  const list = [...items];
  list[at] = Object.freeze(changed);
  return next(list);
}

/**
 * The agenda for the next meeting: every undone item (topics and next steps alike) rolls in with
 * `carriedOver + 1` (the count stops at `Number.MAX_SAFE_INTEGER`, so the result always reads back),
 * keeping its id, text, pillar, author and kind; done items stay behind. A dropped item is undone, so
 * it rolls in too, still marked dropped: only `endMeeting`, which files it in the meeting's record,
 * leaves it behind.
 * Throws `OneOnOneError('invalid-date', …, 'nextMeetingDate')` unless the date is after `previous.meetingDate`.
 *
 * @example
 * const next = carryOver(agenda, '2026-03-09');
 * next.items.every((item) => !item.done); // true
 */
export function carryOver(previous: Agenda, nextMeetingDate: CalendarDate): Agenda {
  const { agenda, items } = readItems(previous, 'previous');
  const { meetingDate } = agenda;
  if (toDayNumber(nextMeetingDate, 'nextMeetingDate') <= toDayNumber(meetingDate, 'meetingDate'))
    fail('invalid-date', 'nextMeetingDate', `a date after ${meetingDate}`, nextMeetingDate);
  return toPlain(
    nextMeetingDate,
    items
      .filter((item) => !item.done)
      .map((item) => ({ ...item, carriedOver: Math.min(item.carriedOver + 1, Number.MAX_SAFE_INTEGER) })),
  );
}

/**
 * Counts items by author. `reportShare` is the report's share from 0 to 1, and 0 for an empty agenda
 * (nobody has claimed the meeting yet).
 *
 * @example
 * agendaOwnership(agenda); // { report: 3, manager: 1, reportShare: 0.75 }
 */
export function agendaOwnership(agenda: Agenda): AgendaOwnership {
  const { items } = readItems(agenda, 'agenda');
  const report = items.filter((item) => item.author === 'report').length;
  return { report, manager: items.length - report, reportShare: report && report / items.length };
}

/**
 * The agenda's items grouped by pillar, in agenda order; unsorted items are under `none`.
 *
 * @example
 * itemsByPillar(agenda).horizon.map((item) => item.text); // ['Career path']
 */
export function itemsByPillar(agenda: Agenda): Record<PillarId | 'none', AgendaItem[]> {
  const groups: Record<PillarId | 'none', AgendaItem[]> = {
    present: [],
    'near-future': [],
    horizon: [],
    none: [],
  };
  for (const item of readAgenda(agenda, 'agenda').items) groups[item.pillar ?? 'none'].push(item);
  return groups;
}

/**
 * The agenda as versioned JSON with a fixed key order (`parseAgenda` reads it back exactly).
 * Throws `OneOnOneError('invalid-agenda')` for an invalid agenda.
 *
 * @example
 * localStorage.setItem('agenda', serializeAgenda(agenda));
 */
export function serializeAgenda(agenda: Agenda): string {
  // The core's agendas hold exactly the known keys, in one order.
  return JSON.stringify(readAgenda(agenda, 'agenda'));
}

// Each step lifts a stored agenda one version: entry `n` turns version `n` into `n + 1`. A future v2
// adds `1: (v1) => v2`; the last step's target is the current version.
const MIGRATIONS: readonly ((stored: Record<string, unknown>) => Record<string, unknown>)[] = [
  // Unversioned drafts (version 0) predate `kind`, `carriedOver` and `done`.
  (stored) => ({
    ...stored,
    // A list too long to read is left for validation to refuse.
    items:
      Array.isArray(stored['items']) && stored['items'].length <= MAX_ENTRIES
        ? stored['items'].map((item: unknown) => (isRecord(item) ? withDefaults(item) : item))
        : stored['items'],
  }),
];

/**
 * Reads an agenda from a JSON string or an already-parsed value: migrates older versions (an
 * unversioned draft gets `kind: 'topic'`, `carriedOver: 0`, `done: false`, `pillar: null` where
 * missing), validates every field and returns a fresh agenda; unknown keys are dropped.
 * Throws `OneOnOneError`: `invalid-json`, `invalid-agenda` with a path such as `items[2].pillar`
 * (or `version` for one written by a newer version of the kit), `invalid-date` for `meetingDate`.
 *
 * @example
 * const agenda = parseAgenda(localStorage.getItem('agenda') ?? serializeAgenda(createAgenda('2026-03-02')));
 */
export function parseAgenda(input: unknown): Agenda {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      fail('invalid-json', '', 'an agenda written as JSON', input);
    }
  }
  let stored = expectRecord(value, 'invalid-agenda', '');
  const version = stored['version'] === undefined ? 0 : stored['version'];
  const current = MIGRATIONS.length;
  if (!(Number.isInteger(version) && (version as number) >= 0 && (version as number) <= current))
    fail(
      'invalid-agenda',
      'version',
      `a version up to ${current} (a newer version of the kit writes higher ones)`,
      version,
    );
  for (const migrate of MIGRATIONS.slice(version as number)) stored = migrate(stored);
  // A spread copy is never one the core built, so this is always a fresh agenda.
  return readAgenda({ ...stored, version: current }, '');
}
