import { toDayNumber, type IsoDate } from './dates';
import { OneOnOneError, type OneOnOneErrorCode } from './errors';
import { PILLAR_IDS, type PillarId } from './pillars';
import {
  describe,
  expectArray,
  expectBoolean,
  expectInteger,
  expectRecord,
  expectString,
  isRecord,
  joinPath,
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
}

/**
 * The agenda for one meeting: plain JSON, versioned so stored copies can be migrated.
 * @example const agenda: Agenda = { version: 1, meetingDate: '2026-03-02', items: [] };
 */
export interface Agenda {
  readonly version: 1;
  readonly meetingDate: IsoDate;
  readonly items: readonly AgendaItem[];
}

/**
 * What {@link agendaReducer} understands. `index` (on `add` and `move`) is a position among the items
 * of the target pillar; it is clamped, and the default is the end.
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
  | { type: 'toggle-done'; id: string };

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
const PILLAR_OR_NONE: readonly (PillarId | null)[] = [...PILLAR_IDS, null];
const ACTIONS = ['add', 'edit', 'remove', 'move', 'toggle-done'] as const;
const DERIVED_ID = /^item-(\d{1,15})$/;

function expectOneOf<T>(value: unknown, options: readonly T[], code: OneOnOneErrorCode, path: string): T {
  if (!options.includes(value as T)) {
    const list = options
      .map((option) => (typeof option === 'string' ? `'${option}'` : String(option)))
      .join(', ');
    throw new OneOnOneError(code, `Expected one of ${list}, got ${describe(value)}`, path);
  }
  return value as T;
}

// Fast path for the common valid item: error paths are only built when something is wrong.
function isValidItem(entry: unknown, ids: ReadonlySet<unknown>): boolean {
  if (!isRecord(entry)) return false;
  const { id, text, carriedOver } = entry;
  return (
    typeof id === 'string' &&
    id.trim() !== '' &&
    !ids.has(id) &&
    typeof text === 'string' &&
    text.trim() !== '' &&
    PILLAR_OR_NONE.includes(entry['pillar'] as PillarId) &&
    AUTHORS.includes(entry['author'] as AgendaAuthor) &&
    typeof entry['done'] === 'boolean' &&
    Number.isSafeInteger(carriedOver) &&
    (carriedOver as number) >= 0 &&
    KINDS.includes(entry['kind'] as AgendaItemKind)
  );
}

function checkItems(value: unknown, code: OneOnOneErrorCode, path: string): readonly AgendaItem[] {
  const ids = new Set<unknown>();
  // Array.from visits holes too, so a sparse array cannot slip past validation.
  return Array.from(expectArray(value, code, path), (entry, index) => {
    if (isValidItem(entry, ids)) {
      ids.add((entry as AgendaItem).id);
      return entry as AgendaItem;
    }
    const at = joinPath(path, index);
    const item = expectRecord(entry, code, at);
    const id = expectString(item['id'], code, joinPath(at, 'id'), { nonEmpty: true });
    if (ids.has(id))
      throw new OneOnOneError(code, `Another item already has the id ${describe(id)}`, joinPath(at, 'id'));
    ids.add(id);
    expectString(item['text'], code, joinPath(at, 'text'), { nonEmpty: true });
    expectOneOf(item['pillar'], PILLAR_OR_NONE, code, joinPath(at, 'pillar'));
    expectOneOf(item['author'], AUTHORS, code, joinPath(at, 'author'));
    expectBoolean(item['done'], code, joinPath(at, 'done'));
    expectInteger(item['carriedOver'], code, joinPath(at, 'carriedOver'), 0);
    expectOneOf(item['kind'], KINDS, code, joinPath(at, 'kind'));
    return entry as AgendaItem;
  });
}

/** Validates a current-version agenda in place and returns it typed (same reference). */
function checkAgenda(value: unknown, path: string): Agenda {
  const agenda = expectRecord(value, 'invalid-agenda', path);
  expectOneOf(agenda['version'], [1], 'invalid-agenda', joinPath(path, 'version'));
  toDayNumber(agenda['meetingDate'], joinPath(path, 'meetingDate'));
  checkItems(agenda['items'], 'invalid-agenda', joinPath(path, 'items'));
  return value as Agenda;
}

// One fixed key order so serialized agendas compare and diff cleanly; unknown keys are dropped.
function toPlain(meetingDate: IsoDate, items: readonly AgendaItem[]): Agenda {
  return {
    version: 1,
    meetingDate,
    items: items.map(({ id, text, pillar, author, done, carriedOver, kind }) => ({
      id,
      text,
      pillar,
      author,
      done,
      carriedOver,
      kind,
    })),
  };
}

// Ids past the highest `item-<n>` in use: deterministic (StrictMode-safe) and never a host id.
function createIdFactory(ids: readonly unknown[]): () => string {
  const used = new Set(ids);
  let n = 0;
  for (const id of ids) {
    const match = typeof id === 'string' ? DERIVED_ID.exec(id) : null;
    if (match) n = Math.max(n, Number(match[1]));
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
export function createAgenda(meetingDate: IsoDate, items: readonly AgendaItemDraft[] = []): Agenda {
  toDayNumber(meetingDate, 'meetingDate');
  const drafts = Array.from(expectArray(items, 'invalid-items', 'items'), (entry, index) =>
    withDefaults(expectRecord(entry, 'invalid-items', joinPath('items', index))),
  );
  const nextId = createIdFactory(drafts.map((draft) => draft['id']));
  const filled = drafts.map((draft) => ({
    ...draft,
    id: draft['id'] === undefined ? nextId() : draft['id'],
    text: typeof draft['text'] === 'string' ? draft['text'].trim() : draft['text'],
  }));
  return toPlain(meetingDate, checkItems(filled, 'invalid-items', 'items'));
}

// Where `item` lands among `rest` so it is `index`-th (clamped; default last) among its pillar's items.
function place(rest: readonly AgendaItem[], item: AgendaItem, index: number | undefined): AgendaItem[] {
  const slots: number[] = [];
  rest.forEach((other, i) => {
    if (other.pillar === item.pillar) slots.push(i);
  });
  const end = slots.length ? slots[slots.length - 1]! + 1 : rest.length;
  const clamped = Math.max(0, index ?? slots.length);
  const at = clamped < slots.length ? slots[clamped]! : end;
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}

/**
 * Applies one edit to an agenda and returns the next agenda. Pure and deterministic (safe under React
 * StrictMode), never mutates; unchanged results and actions naming an id that is not on the agenda
 * (e.g. a stale double-click) return the same `agenda` reference. Unchanged items keep their identity.
 * Throws `OneOnOneError('invalid-action', …, 'action.text')` etc. for a bad action (including a
 * duplicate `add` id) and `invalid-agenda` for a bad agenda.
 *
 * @example
 * let agenda = createAgenda('2026-03-02');
 * agenda = agendaReducer(agenda, { type: 'add', text: 'Career path', author: 'report', pillar: 'horizon' });
 * agenda = agendaReducer(agenda, { type: 'move', id: 'item-1', pillar: 'near-future' });
 * agenda = agendaReducer(agenda, { type: 'toggle-done', id: 'item-1' });
 */
export function agendaReducer(agenda: Agenda, action: AgendaAction): Agenda {
  const { meetingDate, items } = checkAgenda(agenda, 'agenda');
  const input = expectRecord(action, 'invalid-action', 'action');
  const type = expectOneOf(input['type'], ACTIONS, 'invalid-action', 'action.type');
  const readText = () =>
    expectString(input['text'], 'invalid-action', 'action.text', { nonEmpty: true }).trim();
  const readPillar = () => expectOneOf(input['pillar'], PILLAR_OR_NONE, 'invalid-action', 'action.pillar');
  const readIndex = () =>
    input['index'] === undefined
      ? undefined
      : expectInteger(input['index'], 'invalid-action', 'action.index');

  if (type === 'add') {
    const text = readText();
    const author = expectOneOf(input['author'], AUTHORS, 'invalid-action', 'action.author');
    const pillar = input['pillar'] === undefined ? null : readPillar();
    const kind =
      input['kind'] === undefined
        ? 'topic'
        : expectOneOf(input['kind'], KINDS, 'invalid-action', 'action.kind');
    const index = readIndex();
    const ids = items.map((item) => item.id);
    let id: string;
    if (input['id'] === undefined) id = createIdFactory(ids)();
    else {
      id = expectString(input['id'], 'invalid-action', 'action.id', { nonEmpty: true });
      if (ids.includes(id))
        throw new OneOnOneError(
          'invalid-action',
          `An item with id ${describe(id)} already exists`,
          'action.id',
        );
    }
    const item: AgendaItem = { id, text, pillar, author, done: false, carriedOver: 0, kind };
    return { version: 1, meetingDate, items: place(items, item, index) };
  }

  const id = expectString(input['id'], 'invalid-action', 'action.id');
  const text = type === 'edit' ? readText() : '';
  const pillar = type === 'move' ? readPillar() : null;
  const index = type === 'move' ? readIndex() : undefined;
  const at = items.findIndex((item) => item.id === id);
  const current = items[at];
  if (!current) return agenda;

  let next: AgendaItem[];
  if (type === 'remove') next = items.filter((item) => item !== current);
  else if (type === 'move') {
    if (current.pillar === pillar) {
      // Already at that place among its pillar's items: keep the agenda so React can bail out.
      const peers = items.filter((item) => item.pillar === pillar);
      const target = index === undefined ? peers.length - 1 : Math.min(Math.max(index, 0), peers.length - 1);
      if (peers[target] === current) return agenda;
    }
    const moved = current.pillar === pillar ? current : { ...current, pillar };
    next = place(
      items.filter((item) => item !== current),
      moved,
      index,
    );
  } else {
    next = [...items];
    if (type === 'toggle-done') next[at] = { ...current, done: !current.done };
    else if (text !== current.text) next[at] = { ...current, text };
  }
  return next.length === items.length && next.every((item, i) => item === items[i])
    ? agenda
    : { version: 1, meetingDate, items: next };
}

/**
 * The agenda for the next meeting: every undone item (topics and next steps alike) rolls in with
 * `carriedOver + 1`, keeping its id, text, pillar, author and kind; done items stay behind.
 * Throws `OneOnOneError('invalid-date', …, 'nextMeetingDate')` unless the date is after `previous.meetingDate`.
 *
 * @example
 * const next = carryOver(agenda, '2026-03-09');
 * next.items.every((item) => !item.done); // true
 */
export function carryOver(previous: Agenda, nextMeetingDate: IsoDate): Agenda {
  const { meetingDate, items } = checkAgenda(previous, 'previous');
  if (toDayNumber(nextMeetingDate, 'nextMeetingDate') <= toDayNumber(meetingDate, 'meetingDate')) {
    throw new OneOnOneError(
      'invalid-date',
      `Expected a date after ${meetingDate}, got ${describe(nextMeetingDate)}`,
      'nextMeetingDate',
    );
  }
  const undone = items
    .filter((item) => !item.done)
    .map((item) => ({ ...item, carriedOver: item.carriedOver + 1 }));
  return toPlain(nextMeetingDate, undone);
}

/**
 * Counts items by author. `reportShare` is the report's share from 0 to 1, and 0 for an empty agenda
 * (nobody has claimed the meeting yet).
 *
 * @example
 * agendaOwnership(agenda); // { report: 3, manager: 1, reportShare: 0.75 }
 */
export function agendaOwnership(agenda: Agenda): AgendaOwnership {
  const { items } = checkAgenda(agenda, 'agenda');
  const report = items.filter((item) => item.author === 'report').length;
  const manager = items.length - report;
  return { report, manager, reportShare: items.length ? report / items.length : 0 };
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
  for (const item of checkAgenda(agenda, 'agenda').items) groups[item.pillar ?? 'none'].push(item);
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
  const { meetingDate, items } = checkAgenda(agenda, 'agenda');
  return JSON.stringify(toPlain(meetingDate, items));
}

const CURRENT_VERSION = 1;

// Each step lifts a stored agenda one version; a future v2 adds `1: (v1) => v2` and bumps CURRENT_VERSION.
const MIGRATIONS: Record<number, (stored: Record<string, unknown>) => Record<string, unknown>> = {
  // Unversioned drafts predate `kind`, `carriedOver` and `done`.
  0: (stored) => ({
    ...stored,
    version: 1,
    items: Array.isArray(stored['items'])
      ? stored['items'].map((item: unknown) => (isRecord(item) ? withDefaults(item) : item))
      : stored['items'],
  }),
};

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
      throw new OneOnOneError('invalid-json', 'Expected an agenda written as JSON, but it could not be read');
    }
  }
  let stored = expectRecord(value, 'invalid-agenda', '');
  let version = stored['version'] === undefined ? 0 : stored['version'];
  if (Number.isInteger(version) && (version as number) > CURRENT_VERSION) {
    throw new OneOnOneError(
      'invalid-agenda',
      `This agenda was written by a newer version (${version}) of one-on-one-kit`,
      'version',
    );
  }
  while (version !== CURRENT_VERSION) {
    const migrate = typeof version === 'number' ? MIGRATIONS[version] : undefined;
    if (!migrate)
      throw new OneOnOneError('invalid-agenda', `Unknown agenda version ${describe(version)}`, 'version');
    stored = migrate(stored);
    version = (version as number) + 1;
  }
  const { meetingDate, items } = checkAgenda(stored, '');
  return toPlain(meetingDate, items);
}
