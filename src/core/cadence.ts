import { fromDayNumber, toDayNumber, type CalendarDate } from './dates';
import { readHistory, type DatedRecord, type MeetingRecord } from './history';
import { PILLAR_IDS, type PillarId } from './pillars';
import { expectInteger, expectOneOf, expectRecord, fail } from './validate';

/**
 * How often each pillar should come up, in days. Every field is optional; each is a whole number
 * from 1 to 366.
 *
 * @example
 * const fortnightly: CadenceOptions = { meetingEveryDays: 14 };
 */
export interface CadenceOptions {
  /** Days between two 1:1s (default 7: weekly). */
  readonly meetingEveryDays?: number;
  /** Days between two Near Future conversations (default 28: about once a month). */
  readonly nearFutureEveryDays?: number;
  /** Days between two Horizon conversations (default 42: about every six weeks). */
  readonly horizonEveryDays?: number;
}

/**
 * The cadence the method suggests: weekly 1:1s, The Near Future every four weeks, The Horizon every six.
 *
 * @example
 * nextFocus(history, '2026-03-02', { ...DEFAULT_CADENCE, meetingEveryDays: 14 });
 */
export const DEFAULT_CADENCE: Readonly<Required<CadenceOptions>> = /* @__PURE__ */ Object.freeze({
  meetingEveryDays: 7,
  nearFutureEveryDays: 28,
  horizonEveryDays: 42,
});

/**
 * Where one pillar stands on the day of a meeting.
 *
 * @example
 * nextFocus(history, '2026-03-02').due.find((status) => status.overdue)?.pillar;
 */
export interface PillarStatus {
  readonly pillar: PillarId;
  /** The last meeting before this one that focused on the pillar, or `null` if none did. */
  readonly lastDate: CalendarDate | null;
  /** Days from `lastDate` (or, if never discussed, the first recorded meeting) to this meeting. */
  readonly daysSince: number;
  /** The pillar's interval; for `present` it is `meetingEveryDays`. */
  readonly everyDays: number;
  /**
   * The first date the rule makes the pillar due: its base date (`lastDate`, else the first recorded
   * meeting, else this meeting) plus `everyDays − ⌊meetingEveryDays / 2⌋`. May lie in the past.
   */
  readonly dueOn: CalendarDate;
  /** Whether the pillar is due at this meeting (`daysSince ≥ everyDays − ⌊meetingEveryDays / 2⌋`). */
  readonly isDue: boolean;
  /** Whether it has gone longer than its interval (`daysSince > everyDays`). */
  readonly overdue: boolean;
}

/**
 * Why a focus was chosen, as data, so a UI can write its own sentence in any language.
 * - `first-meeting`: nothing is on record before this meeting, so it starts with The Present Moment.
 * - `due`: `pillar` was due and the most overdue relative to its interval.
 * - `nothing-due`: no other pillar is due; `next` says which one falls due first and from when.
 *
 * @example
 * const { why } = nextFocus(history, '2026-03-02');
 * if (why.kind === 'due') console.log(why.pillar, why.daysSince, why.everyDays);
 */
export interface FocusReason {
  readonly kind: 'first-meeting' | 'due' | 'nothing-due';
  /** The chosen focus; the numbers below are its status. */
  readonly pillar: PillarId;
  readonly lastDate: CalendarDate | null;
  readonly daysSince: number;
  readonly everyDays: number;
  /** Only for `nothing-due`: the pillar due next and the date it falls due. */
  readonly next?: { readonly pillar: PillarId; readonly dueOn: CalendarDate };
}

/**
 * The focus for one meeting, why, and where every pillar stands.
 *
 * @example
 * const { pillar, reason } = nextFocus(history, '2026-03-02');
 */
export interface FocusDecision {
  readonly pillar: PillarId;
  /** Why, in a sentence a manager reads (English). */
  readonly reason: string;
  /** Why, as data for translated or custom sentences. */
  readonly why: FocusReason;
  /** One status per pillar, in `PILLARS` order. */
  readonly due: readonly [PillarStatus, PillarStatus, PillarStatus];
}

/**
 * One meeting in a plan made by {@link planCadence}.
 *
 * @example
 * planCadence([], { from: '2026-01-05', count: 3 }).map((meeting) => meeting.focus);
 */
export interface PlannedMeeting {
  readonly date: CalendarDate;
  readonly focus: PillarId;
  readonly reason: string;
  readonly why: FocusReason;
}

/**
 * Which meetings {@link planCadence} plans: `count` of them (0 to 520), the first on `from`.
 *
 * @example
 * const plan: CadencePlan = { from: '2026-01-05', count: 12 };
 */
export interface CadencePlan {
  readonly from: CalendarDate;
  readonly count: number;
}

/**
 * An inclusive date range; either end may be left open.
 *
 * @example
 * pillarBalance(history, { from: '2026-01-01', to: '2026-06-30' } satisfies BalanceRange);
 */
export interface BalanceRange {
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
}

/**
 * How often each pillar was the focus: a count and its share of all meetings (0 to 1).
 *
 * @example
 * const balance: PillarBalance = pillarBalance(history);
 */
export type PillarBalance = Record<PillarId, { readonly count: number; readonly share: number }>;

interface CadenceState {
  /** Day number of the first recorded meeting. */
  first?: number;
  /** Day number each pillar was last the focus. */
  last: Partial<Record<PillarId, number>>;
}

/** Validates options (named `path` in errors) and fills in the defaults. @internal */
export function readCadenceOptions(options: unknown = {}, path = 'options'): Required<CadenceOptions> {
  const record = expectRecord(options, 'invalid-options', path);
  const resolved = { ...DEFAULT_CADENCE };
  for (const key in resolved) {
    const value = record[key];
    if (value !== undefined)
      resolved[key as keyof CadenceOptions] = expectInteger(
        value,
        'invalid-options',
        `${path}.${key}`,
        1,
        366,
      );
  }
  return resolved;
}

function stateBefore(records: readonly DatedRecord[], day: number): CadenceState {
  const state: CadenceState = { last: {} };
  for (const { record, day: at } of records) {
    if (at >= day) break;
    state.first ??= at;
    state.last[record.focus] = at;
  }
  return state;
}

const TITLES: Record<PillarId, string> = {
  present: 'The Present Moment',
  'near-future': 'The Near Future',
  horizon: 'The Horizon',
};

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

const KINDS: readonly FocusReason['kind'][] = ['first-meeting', 'due', 'nothing-due'];

/**
 * The English sentence for a {@link FocusReason}; a UI in another language writes its own from `why`.
 * Throws `OneOnOneError` naming the field for a reason that is not one `nextFocus` could give
 * (`invalid-options`, or `invalid-date` for its dates); `next` belongs to `nothing-due` alone.
 *
 * @example
 * describeFocusReason({ kind: 'due', pillar: 'horizon', lastDate: '2026-01-19', daysSince: 43, everyDays: 42 });
 * // 'The Horizon was last discussed 43 days ago; it comes up about every 6 weeks.'
 */
export function describeFocusReason(why: FocusReason): string {
  const code = 'invalid-options';
  const reason = expectRecord(why, code, 'why');
  const kind = expectOneOf(reason['kind'], KINDS, code, 'why.kind');
  expectOneOf(reason['pillar'], PILLAR_IDS, code, 'why.pillar');
  if (reason['lastDate'] !== null) toDayNumber(reason['lastDate'], 'why.lastDate');
  expectInteger(reason['daysSince'], code, 'why.daysSince', 0);
  expectInteger(reason['everyDays'], code, 'why.everyDays', 1, 366);
  const next = reason['next'];
  if ((next === undefined) === (kind === 'nothing-due'))
    fail(code, 'why.next', `${kind === 'nothing-due' ? 'a' : 'no'} { pillar, dueOn } for "${kind}"`, next);
  if (next !== undefined) {
    const upcoming = expectRecord(next, code, 'why.next');
    expectOneOf(upcoming['pillar'], PILLAR_IDS, code, 'why.next.pillar');
    toDayNumber(upcoming['dueOn'], 'why.next.dueOn');
  }
  return sentence(why);
}

// The sentence itself, for reasons the core has just built: `nextFocus` alone does not carry the checks.
function sentence(why: FocusReason): string {
  const { kind, pillar, lastDate, daysSince, everyDays, next } = why;
  const title = TITLES[pillar];
  if (kind === 'first-meeting') return `No earlier meeting is on record, so start with ${title}.`;
  if (next)
    return `Nothing else is due yet, so stay with ${title}; ${TITLES[next.pillar]} is next, from ${next.dueOn}.`;
  // Managers think in weeks, so intervals read that way where they can.
  const [count, unit] = everyDays % 7 ? [everyDays, 'day'] : [everyDays / 7, 'week'];
  return `${title} ${lastDate ? 'was last discussed' : 'has not been discussed since the first meeting,'} ${plural(daysSince, 'day')} ago; it comes up about every ${count === 1 ? unit : plural(count, unit)}.`;
}

// `path` names the input blamed when a due date would fall outside years 0001–9999.
function decide(
  state: CadenceState,
  day: number,
  options: Required<CadenceOptions>,
  path: string,
): FocusDecision {
  const half = options.meetingEveryDays >> 1;
  const intervals = [options.meetingEveryDays, options.nearFutureEveryDays, options.horizonEveryDays];
  const due = PILLAR_IDS.map((pillar, index): PillarStatus => {
    const everyDays = intervals[index] as number;
    const last = state.last[pillar];
    // A pillar never discussed counts from the first meeting (or this one, when there is none).
    const base = last ?? state.first ?? day;
    const daysSince = day - base;
    return {
      pillar,
      lastDate: last === undefined ? null : fromDayNumber(last, 'history'),
      daysSince,
      everyDays,
      dueOn: fromDayNumber(base + everyDays - half, path),
      isDue: daysSince >= everyDays - half,
      overdue: daysSince > everyDays,
    };
  }) as unknown as FocusDecision['due'];
  const [present, near, horizon] = due;
  // Integer cross-multiplication compares daysSince/everyDays exactly; a tie goes to The Horizon.
  const first = state.first === undefined;
  const chosen = first
    ? present
    : horizon.isDue &&
        (!near.isDue || horizon.daysSince * near.everyDays >= near.daysSince * horizon.everyDays)
      ? horizon
      : near.isDue
        ? near
        : present;
  const { pillar, lastDate, daysSince, everyDays } = chosen;
  const kind = first ? 'first-meeting' : chosen === present ? 'nothing-due' : 'due';
  const upcoming = near.dueOn < horizon.dueOn ? near : horizon;
  const why: FocusReason = {
    kind,
    pillar,
    lastDate,
    daysSince,
    everyDays,
    ...(kind === 'nothing-due' && { next: { pillar: upcoming.pillar, dueOn: upcoming.dueOn } }),
  };
  return { pillar, reason: sentence(why), why, due };
}

/**
 * Chooses the focus for the meeting on `on` from what happened before it.
 *
 * A pillar is due when the days since it was last the focus reach its interval minus half a meeting
 * interval. Among due pillars the one most overdue relative to its interval wins (a tie goes to The
 * Horizon); otherwise The Present Moment. A pillar never discussed counts from the first recorded
 * meeting; an empty history starts with The Present Moment. Records on or after `on` are ignored.
 * The manager may choose another focus: record what happened and the next decision starts from that.
 *
 * Throws `OneOnOneError` (`invalid-history`, `invalid-date` or `invalid-options`) naming the field.
 *
 * @example
 * const history = [{ date: '2026-01-05', focus: 'present' }, { date: '2026-01-19', focus: 'horizon' }];
 * const decision = nextFocus(history, '2026-02-02');
 * decision.pillar; // 'near-future'
 * decision.reason; // 'The Near Future has not been discussed since the first meeting, 28 days ago; …'
 */
export function nextFocus(
  history: readonly MeetingRecord[],
  on: CalendarDate,
  options?: CadenceOptions,
): FocusDecision {
  const day = toDayNumber(on, 'on');
  const resolved = readCadenceOptions(options);
  return decide(stateBefore(readHistory(history), day), day, resolved, 'on');
}

/**
 * Plans `count` meetings every `meetingEveryDays` from `from` (the first on `from`), each decided as
 * if the ones before it happened as planned. Records on or after `from` are ignored: the plan
 * replaces them.
 *
 * Throws `OneOnOneError`: `invalid-options` for a bad plan or options (`plan.count` must be a whole
 * number from 0 to 520), `invalid-date` for `plan.from`, `invalid-history` for the history.
 *
 * @example
 * planCadence([], { from: '2026-01-05', count: 7 }).map((meeting) => meeting.focus);
 * // ['present', 'present', 'present', 'present', 'near-future', 'present', 'horizon']
 */
export function planCadence(
  history: readonly MeetingRecord[],
  plan: CadencePlan,
  options?: CadenceOptions,
): PlannedMeeting[] {
  const { from, count } = expectRecord(plan, 'invalid-options', 'plan');
  const start = toDayNumber(from, 'plan.from');
  const total = expectInteger(count, 'invalid-options', 'plan.count', 0, 520);
  const resolved = readCadenceOptions(options);
  // The last planned date must still be a four-digit year.
  if (start + (total - 1) * resolved.meetingEveryDays > 2932896)
    fail('invalid-options', 'plan.count', 'a plan that ends by the year 9999', count);
  const state = stateBefore(readHistory(history), start);
  const meetings: PlannedMeeting[] = [];
  for (let index = 0; index < total; index += 1) {
    const day = start + index * resolved.meetingEveryDays;
    const { pillar, reason, why } = decide(state, day, resolved, 'plan.from');
    meetings.push({ date: fromDayNumber(day, 'plan.count'), focus: pillar, reason, why });
    state.first ??= day;
    state.last[pillar] = day;
  }
  return meetings;
}

/**
 * How often each pillar was the focus over the meetings in an inclusive date range (all of them by
 * default). Shares are 0 when there are no meetings.
 *
 * Throws `OneOnOneError`: `invalid-date` for a bad `range.from`/`range.to`, `invalid-options` when
 * `range.to` comes before `range.from`, `invalid-history` for the history.
 *
 * @example
 * pillarBalance(history, { from: '2026-01-01' }).horizon; // { count: 2, share: 0.2 }
 */
export function pillarBalance(history: readonly MeetingRecord[], range: BalanceRange = {}): PillarBalance {
  const { from, to } = expectRecord(range, 'invalid-options', 'range');
  const start = from === undefined ? -Infinity : toDayNumber(from, 'range.from');
  const end = to === undefined ? Infinity : toDayNumber(to, 'range.to');
  if (end < start) fail('invalid-options', 'range.to', `a date on or after range.from (${from})`, to);
  const counts: Record<PillarId, number> = { present: 0, 'near-future': 0, horizon: 0 };
  let total = 0;
  for (const { record, day } of readHistory(history)) {
    if (day >= start && day <= end) {
      counts[record.focus] += 1;
      total += 1;
    }
  }
  return Object.fromEntries(
    PILLAR_IDS.map((id) => [id, { count: counts[id], share: total && counts[id] / total }]),
  ) as PillarBalance;
}
