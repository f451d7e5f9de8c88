import fc from 'fast-check';
import {
  OneOnOneError,
  PILLAR_IDS,
  addDays,
  daysBetween,
  feedbackTrend,
  isPillarId,
  nextFocus,
  pillarBalance,
  planCadence,
  type CadenceOptions,
  type CalendarDate,
  type MeetingRecord,
} from 'one-on-one-kit/core';
import { fromDayNumber, toDayNumber } from '../../src/core/dates';

const RUNS = { numRuns: 200 };

// 1990-01-01 to 2100-12-31, leap days included.
const date = fc
  .integer({ min: toDayNumber('1990-01-01', 'min'), max: toDayNumber('2100-12-31', 'max') })
  .map((day) => fromDayNumber(day, 'date'));
const pillar = fc.constantFrom(...PILLAR_IDS);
const record: fc.Arbitrary<MeetingRecord> = fc.record(
  { date, focus: pillar, feedbackAsked: fc.boolean(), feedbackReceived: fc.boolean() },
  { requiredKeys: ['date', 'focus'] },
);
// Histories clustered in a few months so pillars actually fall due, plus fully random ones.
const clusteredHistory = date.chain((start) =>
  fc
    .array(
      fc.record({ offset: fc.integer({ min: 0, max: 200 }), focus: pillar, feedbackAsked: fc.boolean() }),
      { maxLength: 30 },
    )
    .map((entries) => entries.map(({ offset, ...rest }) => ({ date: addDays(start, offset), ...rest }))),
);
const history: fc.Arbitrary<MeetingRecord[]> = fc.oneof(
  clusteredHistory,
  fc.array(record, { maxLength: 30 }),
);
const options: fc.Arbitrary<CadenceOptions | undefined> = fc.option(
  fc.record(
    {
      meetingEveryDays: fc.integer({ min: 1, max: 366 }),
      nearFutureEveryDays: fc.integer({ min: 1, max: 366 }),
      horizonEveryDays: fc.integer({ min: 1, max: 366 }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
/** A meeting day near the history (so it usually has records before it), or anywhere. */
const scenario = history.chain((meetings) =>
  fc.record({
    history: fc.constant(meetings),
    on:
      meetings.length > 0
        ? fc.oneof(
            date,
            fc.integer({ min: -30, max: 250 }).map((days) => addDays(meetings[0]!.date, days)),
          )
        : date,
    options,
  }),
);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function onlyOneOnOneErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof OneOnOneError)) throw error;
  }
}

describe('nextFocus properties', () => {
  it('gives a pillar and three consistent statuses in PILLARS order', () => {
    fc.assert(
      fc.property(scenario, ({ history, on, options }) => {
        const decision = nextFocus(history, on, options);
        const every = {
          present: options?.meetingEveryDays ?? 7,
          'near-future': options?.nearFutureEveryDays ?? 28,
          horizon: options?.horizonEveryDays ?? 42,
        };
        const half = Math.floor(every.present / 2);
        const before = history
          .filter((meeting) => meeting.date < on)
          .map((meeting) => meeting.date)
          .sort();
        const first = before[0] ?? on;

        expect(isPillarId(decision.pillar)).toBe(true);
        expect(decision.due.map((status) => status.pillar)).toEqual(PILLAR_IDS);
        for (const status of decision.due) {
          const last = history
            .filter((meeting) => meeting.date < on && meeting.focus === status.pillar)
            .map((meeting) => meeting.date)
            .sort()
            .at(-1);
          expect(status.lastDate).toBe(last ?? null);
          expect(status.everyDays).toBe(every[status.pillar]);
          expect(status.daysSince).toBe(daysBetween(last ?? first, on));
          expect(status.dueOn).toBe(addDays(last ?? first, status.everyDays - half));
          expect(status.isDue).toBe(status.daysSince >= status.everyDays - half);
          expect(status.isDue).toBe(status.dueOn <= on);
          expect(status.overdue).toBe(status.daysSince > status.everyDays);
        }

        const [, near, horizon] = decision.due;
        const ratio = (status: typeof near) => status.daysSince / status.everyDays;
        if (before.length === 0) {
          expect(decision.pillar).toBe('present');
          expect(decision.why.kind).toBe('first-meeting');
        } else if (decision.pillar === 'present') {
          expect([near.isDue, horizon.isDue]).toEqual([false, false]);
          expect(decision.why.kind).toBe('nothing-due');
        } else {
          const [chosen, other] = decision.pillar === 'horizon' ? [horizon, near] : [near, horizon];
          expect(chosen.isDue).toBe(true);
          if (other.isDue) expect(ratio(chosen)).toBeGreaterThanOrEqual(ratio(other));
          expect(decision.why).toEqual({
            kind: 'due',
            pillar: chosen.pillar,
            lastDate: chosen.lastDate,
            daysSince: chosen.daysSince,
            everyDays: chosen.everyDays,
          });
        }
        expect(decision.reason.length).toBeGreaterThan(20);
      }),
      RUNS,
    );
  });

  it('is deterministic and ignores the order of the history', () => {
    fc.assert(
      fc.property(
        scenario.chain((given) =>
          fc.record({
            given: fc.constant(given),
            shuffled: fc.shuffledSubarray([...given.history], { minLength: given.history.length }),
          }),
        ),
        ({ given: { history, on, options }, shuffled }) => {
          const decision = nextFocus(history, on, options);
          expect(nextFocus(history, on, options)).toEqual(decision);
          expect(nextFocus(shuffled, on, options)).toEqual(decision);
        },
      ),
      RUNS,
    );
  });

  it('never mutates what it is given', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 30 }), ({ history, on, options }, count) => {
        const copy = structuredClone({ history, options });
        deepFreeze(history);
        deepFreeze(options);
        const plan = deepFreeze({ from: on, count });
        nextFocus(history, on, options);
        planCadence(history, plan, options);
        pillarBalance(history, deepFreeze({ to: on }));
        feedbackTrend(history);
        expect({ history, options }).toEqual(copy);
      }),
      RUNS,
    );
  });
});

describe('planCadence properties', () => {
  it('plans exactly count meetings spaced meetingEveryDays, each as nextFocus would decide it', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 40 }), ({ history, on, options }, count) => {
        const plan = planCadence(history, { from: on, count }, options);
        const every = options?.meetingEveryDays ?? 7;
        expect(plan).toHaveLength(count);
        const sofar: MeetingRecord[] = history.filter((meeting) => meeting.date < on);
        plan.forEach((meeting, index) => {
          expect(meeting.date).toBe(addDays(on, index * every));
          const decision = nextFocus(sofar, meeting.date, options);
          expect(meeting).toEqual({
            date: meeting.date,
            focus: decision.pillar,
            reason: decision.reason,
            why: decision.why,
          });
          sofar.push({ date: meeting.date, focus: meeting.focus });
        });
      }),
      RUNS,
    );
  });
});

describe('pillarBalance properties', () => {
  it('counts every meeting in range once and shares sum to 1', () => {
    fc.assert(
      fc.property(history, date, date, (history, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const balance = pillarBalance(history, { from, to });
        const inRange = history.filter((meeting) => meeting.date >= from && meeting.date <= to);
        const counts = PILLAR_IDS.map((id) => balance[id].count);
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(inRange.length);
        const shares = PILLAR_IDS.reduce((sum, id) => sum + balance[id].share, 0);
        expect(shares).toBeCloseTo(inRange.length === 0 ? 0 : 1, 9);
      }),
      RUNS,
    );
  });
});

describe('fuzzed input', () => {
  it('only ever throws OneOnOneError', () => {
    const anyDate = fc.oneof(date, fc.anything());
    const anyHistory = fc.oneof(
      fc.anything(),
      fc.array(
        fc.oneof(
          record,
          fc.anything(),
          fc.dictionary(fc.constantFrom('date', 'focus', 'feedbackAsked', 'askedQuestionIds'), fc.anything()),
        ),
      ),
    );
    const anyOptions = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom('meetingEveryDays', 'nearFutureEveryDays', 'horizonEveryDays'),
        fc.oneof(fc.integer(), fc.anything()),
      ),
    );
    fc.assert(
      fc.property(anyHistory, anyDate, anyOptions, fc.anything(), (history, on, options, count) => {
        const h = history as MeetingRecord[];
        onlyOneOnOneErrors(() => nextFocus(h, on as CalendarDate, options as CadenceOptions));
        onlyOneOnOneErrors(() =>
          planCadence(h, { from: on as CalendarDate, count: count as number }, options as CadenceOptions),
        );
        onlyOneOnOneErrors(() => planCadence(h, options as never));
        onlyOneOnOneErrors(() => pillarBalance(h, { from: on as CalendarDate }));
        onlyOneOnOneErrors(() => pillarBalance(h, options as never));
        onlyOneOnOneErrors(() => feedbackTrend(h));
      }),
      { numRuns: 300 },
    );
  });
});
