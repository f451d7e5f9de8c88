import {
  DEFAULT_CADENCE,
  addDays,
  daysBetween,
  describeFocusReason,
  nextFocus,
  pillarBalance,
  planCadence,
  type CadenceOptions,
  type CadencePlan,
  type CalendarDate,
  type MeetingRecord,
  type PillarId,
} from 'one-on-one-kit/core';
import { expectError } from './expect-error';

/** Meetings every `every` days from `from`, one per focus given. */
function meetings(from: CalendarDate, focuses: readonly PillarId[], every = 7): MeetingRecord[] {
  return focuses.map((focus, index) => ({ date: addDays(from, index * every), focus }));
}

/** Days between consecutive meetings on `pillar`, counting from the first meeting. */
function gapsFor(plan: readonly { date: CalendarDate; focus: PillarId }[], pillar: PillarId): number[] {
  const dates = [plan[0]!.date, ...plan.filter((meeting) => meeting.focus === pillar).map((m) => m.date)];
  return dates.slice(1).map((date, index) => daysBetween(dates[index]!, date));
}

function expectAllWithin(gaps: readonly number[], min: number, max: number): void {
  expect(gaps.filter((gap) => gap < min || gap > max)).toEqual([]);
}

describe('nextFocus', () => {
  it('starts an empty history with The Present Moment', () => {
    const decision = nextFocus([], '2026-01-05');
    expect(decision.pillar).toBe('present');
    expect(decision.why).toEqual({
      kind: 'first-meeting',
      pillar: 'present',
      lastDate: null,
      daysSince: 0,
      everyDays: 7,
    });
    expect(decision.reason).toBe('No earlier meeting is on record, so start with The Present Moment.');
    // With nothing on record, every pillar counts from this meeting.
    expect(decision.due.map((status) => status.dueOn)).toEqual(['2026-01-09', '2026-01-30', '2026-02-13']);
  });

  it('ignores records on or after the meeting day', () => {
    const before = meetings('2026-01-05', ['present', 'present', 'present', 'present']);
    const later: MeetingRecord[] = [
      { date: '2026-02-02', focus: 'horizon' },
      { date: '2026-02-09', focus: 'near-future' },
    ];
    const decision = nextFocus([...before, ...later], '2026-02-02');
    expect(decision).toEqual(nextFocus(before, '2026-02-02'));
    expect(decision.pillar).toBe('near-future');
    expect(decision.due[2].lastDate).toBeNull();
  });

  it('treats a record dated on the meeting day as not yet happened', () => {
    expect(nextFocus([{ date: '2026-01-05', focus: 'horizon' }], '2026-01-05').why.kind).toBe(
      'first-meeting',
    );
  });

  it('counts a never-discussed pillar from the first recorded meeting', () => {
    const history = meetings('2026-01-05', ['present', 'present', 'present', 'present']);
    const decision = nextFocus(history, '2026-02-02');
    expect(decision.pillar).toBe('near-future');
    expect(decision.due[1]).toMatchObject({
      lastDate: null,
      daysSince: 28,
      dueOn: '2026-01-30',
      isDue: true,
    });
    expect(decision.due[2]).toMatchObject({
      lastDate: null,
      daysSince: 28,
      dueOn: '2026-02-13',
      isDue: false,
    });
    expect(decision.reason).toBe(
      'The Near Future has not been discussed since the first meeting, 28 days ago; it comes up about every 4 weeks.',
    );
  });

  it('reports each pillar with its last date, interval, due date and whether it is overdue', () => {
    const history: MeetingRecord[] = [
      { date: '2026-01-05', focus: 'horizon' },
      { date: '2026-01-12', focus: 'near-future' },
      { date: '2026-02-16', focus: 'present' },
    ];
    const { due } = nextFocus(history, '2026-02-23');
    expect(due).toEqual([
      {
        pillar: 'present',
        lastDate: '2026-02-16',
        daysSince: 7,
        everyDays: 7,
        dueOn: '2026-02-20',
        isDue: true,
        overdue: false,
      },
      {
        pillar: 'near-future',
        lastDate: '2026-01-12',
        daysSince: 42,
        everyDays: 28,
        dueOn: '2026-02-06',
        isDue: true,
        overdue: true,
      },
      {
        pillar: 'horizon',
        lastDate: '2026-01-05',
        daysSince: 49,
        everyDays: 42,
        dueOn: '2026-02-13',
        isDue: true,
        overdue: true,
      },
    ]);
  });

  it('picks the pillar most overdue relative to its interval', () => {
    // Near Future 42/28 = 1.5 beats Horizon 49/42 ≈ 1.17.
    const history: MeetingRecord[] = [
      { date: '2026-01-05', focus: 'horizon' },
      { date: '2026-01-12', focus: 'near-future' },
    ];
    expect(nextFocus(history, '2026-02-23').pillar).toBe('near-future');
    // Horizon 63/42 = 1.5 beats Near Future 35/28 = 1.25.
    const later: MeetingRecord[] = [
      { date: '2026-01-05', focus: 'horizon' },
      { date: '2026-02-02', focus: 'near-future' },
    ];
    expect(nextFocus(later, '2026-03-09').pillar).toBe('horizon');
  });

  it('gives a tie between Horizon and Near Future to The Horizon', () => {
    const history: MeetingRecord[] = [
      { date: '2026-01-05', focus: 'horizon' },
      { date: '2026-01-19', focus: 'near-future' },
    ];
    // 42/42 and 28/28 are both exactly 1.
    const decision = nextFocus(history, '2026-02-16');
    expect(decision.due[1]).toMatchObject({ daysSince: 28, isDue: true });
    expect(decision.pillar).toBe('horizon');
    // The same tie with intervals whose ratios are not round numbers: 30/21 = 40/28.
    const options: CadenceOptions = { meetingEveryDays: 1, nearFutureEveryDays: 21, horizonEveryDays: 28 };
    const odd: MeetingRecord[] = [
      { date: '2026-01-01', focus: 'horizon' },
      { date: '2026-01-11', focus: 'near-future' },
    ];
    expect(nextFocus(odd, '2026-02-10', options).due.map((status) => status.daysSince)).toEqual([40, 30, 40]);
    expect(nextFocus(odd, '2026-02-10', options).pillar).toBe('horizon');
  });

  it('makes a pillar due half a meeting interval before its interval is up', () => {
    const history = meetings('2026-01-05', ['horizon', 'present', 'present']);
    // 25 days is 28 − ⌊7/2⌋: due but not yet overdue.
    const decision = nextFocus(history, '2026-01-30');
    expect(decision.pillar).toBe('near-future');
    expect(decision.due[1]).toMatchObject({ daysSince: 25, isDue: true, overdue: false });
    expect(nextFocus(history, '2026-01-29').pillar).toBe('present');
  });

  it('gives the same answer for a history in any order', () => {
    const history = meetings('2026-01-05', [
      'present',
      'present',
      'near-future',
      'present',
      'horizon',
      'present',
      'present',
      'near-future',
    ]);
    const shuffled = [
      history[5]!,
      history[0]!,
      history[7]!,
      history[2]!,
      history[6]!,
      history[4]!,
      history[1]!,
      history[3]!,
    ];
    expect(nextFocus(shuffled, '2026-03-02')).toEqual(nextFocus(history, '2026-03-02'));
    expect(planCadence(shuffled, { from: '2026-03-02', count: 10 })).toEqual(
      planCadence(history, { from: '2026-03-02', count: 10 }),
    );
  });

  it('starts from what happened when the manager chose another focus', () => {
    // The manager brought The Horizon forward to the second meeting.
    const history: MeetingRecord[] = [
      { date: '2026-01-05', focus: 'present' },
      { date: '2026-01-12', focus: 'horizon' },
    ];
    const plan = planCadence(history, { from: '2026-01-19', count: 8 });
    const firstHorizon = plan.find((meeting) => meeting.focus === 'horizon');
    expect(firstHorizon?.date).toBe('2026-02-23');
    expect(daysBetween('2026-01-12', firstHorizon!.date)).toBe(42);
    expect(firstHorizon?.reason).toBe(
      'The Horizon was last discussed 42 days ago; it comes up about every 6 weeks.',
    );
    // Without the override, The Horizon would have come a week earlier, counted from the first meeting.
    const planned = planCadence(history.slice(0, 1), { from: '2026-01-12', count: 8 });
    expect(planned.find((meeting) => meeting.focus === 'horizon')?.date).toBe('2026-02-16');
  });

  it('counts days across a leap day', () => {
    const history: MeetingRecord[] = [
      { date: '2028-01-22', focus: 'horizon' },
      { date: '2028-02-01', focus: 'near-future' },
      { date: '2028-02-29', focus: 'present' },
    ];
    const decision = nextFocus(history, '2028-03-07');
    expect(decision.due.map((status) => status.daysSince)).toEqual([7, 35, 45]);
    expect(decision.due.map((status) => status.dueOn)).toEqual(['2028-03-04', '2028-02-26', '2028-03-01']);
    // Near Future 35/28 = 1.25 beats Horizon 45/42 ≈ 1.07.
    expect(decision.pillar).toBe('near-future');
    expect(nextFocus([{ date: '2028-02-28', focus: 'present' }], '2028-03-01').due[0].daysSince).toBe(2);
  });

  it('uses its own cadence options and ignores keys it does not know', () => {
    const options = { meetingEveryDays: 14, horizonEveryDays: 56, colour: 'blue' } as CadenceOptions;
    const decision = nextFocus(meetings('2026-01-05', ['present'], 14), '2026-01-19', options);
    expect(decision.due.map((status) => status.everyDays)).toEqual([14, 28, 56]);
    expect(decision.due.map((status) => status.dueOn)).toEqual(['2026-01-12', '2026-01-26', '2026-02-23']);
    expect(DEFAULT_CADENCE).toEqual({ meetingEveryDays: 7, nearFutureEveryDays: 28, horizonEveryDays: 42 });
  });

  it('rejects bad options, dates and histories with a code and a path', () => {
    expectError(
      () => nextFocus([], '2026-01-05', { horizonEveryDays: 0 }),
      'invalid-options',
      'options.horizonEveryDays',
    );
    expectError(
      () => nextFocus([], '2026-01-05', { horizonEveryDays: 367 }),
      'invalid-options',
      'options.horizonEveryDays',
    );
    expectError(
      () => nextFocus([], '2026-01-05', { meetingEveryDays: 7.5 }),
      'invalid-options',
      'options.meetingEveryDays',
    );
    expectError(
      () => nextFocus([], '2026-01-05', { nearFutureEveryDays: '28' } as unknown as CadenceOptions),
      'invalid-options',
      'options.nearFutureEveryDays',
    );
    expectError(
      () => nextFocus([], '2026-01-05', null as unknown as CadenceOptions),
      'invalid-options',
      'options',
    );
    expectError(
      () => nextFocus([], '2026-01-05', [] as unknown as CadenceOptions),
      'invalid-options',
      'options',
    );
    expectError(() => nextFocus([], '2026-02-30'), 'invalid-date', 'on');
    expectError(() => nextFocus([], 20260105 as unknown as CalendarDate), 'invalid-date', 'on');
    expectError(
      () => nextFocus(null as unknown as MeetingRecord[], '2026-01-05'),
      'invalid-history',
      'history',
    );
    expectError(
      () =>
        nextFocus(
          [
            { date: '2026-01-05', focus: 'present' },
            { date: '2026-01-12', focus: 'status' },
          ] as MeetingRecord[],
          '2026-02-02',
        ),
      'invalid-history',
      'history[1].focus',
    );
    expectError(
      () => nextFocus([{ date: '2026-1-5' as CalendarDate, focus: 'present' }], '2026-02-02'),
      'invalid-date',
      'history[0].date',
    );
  });
});

describe('reasons', () => {
  it('reads as a sentence a manager understands', () => {
    expect(
      describeFocusReason({
        kind: 'due',
        pillar: 'horizon',
        lastDate: '2026-01-19',
        daysSince: 43,
        everyDays: 42,
      }),
    ).toBe('The Horizon was last discussed 43 days ago; it comes up about every 6 weeks.');
    expect(
      describeFocusReason({
        kind: 'due',
        pillar: 'near-future',
        lastDate: '2026-01-19',
        daysSince: 1,
        everyDays: 1,
      }),
    ).toBe('The Near Future was last discussed 1 day ago; it comes up about every day.');
    expect(
      describeFocusReason({
        kind: 'nothing-due',
        pillar: 'present',
        lastDate: '2026-02-16',
        daysSince: 7,
        everyDays: 7,
        next: { pillar: 'near-future', dueOn: '2026-03-05' },
      }),
    ).toBe(
      'Nothing else is due yet, so stay with The Present Moment; The Near Future is next, from 2026-03-05.',
    );
  });

  it('says intervals in weeks where it can and in days where it cannot', () => {
    const every = (everyDays: number) =>
      describeFocusReason({ kind: 'due', pillar: 'horizon', lastDate: null, daysSince: 50, everyDays });
    expect(every(42)).toBe(
      'The Horizon has not been discussed since the first meeting, 50 days ago; it comes up about every 6 weeks.',
    );
    expect(every(28)).toMatch(/about every 4 weeks\.$/);
    expect(every(7)).toMatch(/about every week\.$/);
    expect(every(10)).toMatch(/about every 10 days\.$/);
    expect(every(30)).toMatch(/about every 30 days\.$/);
  });

  it('matches the structured reason it returns', () => {
    const history = meetings('2026-01-05', [
      'present',
      'present',
      'near-future',
      'present',
      'present',
      'present',
    ]);
    const decision = nextFocus(history, '2026-02-16');
    expect(decision.why).toEqual({
      kind: 'due',
      pillar: 'horizon',
      lastDate: null,
      daysSince: 42,
      everyDays: 42,
    });
    expect(decision.reason).toBe(describeFocusReason(decision.why));
    const quiet = nextFocus(history.slice(0, 3), '2026-01-26');
    expect(quiet.why).toMatchObject({
      kind: 'nothing-due',
      pillar: 'present',
      next: { pillar: 'horizon', dueOn: '2026-02-13' },
    });
    expect(quiet.reason).toBe(
      'Nothing else is due yet, so stay with The Present Moment; The Horizon is next, from 2026-02-13.',
    );
  });
});

describe('planCadence', () => {
  it('plans weekly meetings with The Horizon every 6 weeks and The Near Future about every 4', () => {
    const plan = planCadence([], { from: '2026-01-05', count: 53 });
    expect(plan).toHaveLength(53);
    expect(plan.at(-1)?.date).toBe('2027-01-04');
    const horizon = gapsFor(plan, 'horizon');
    const near = gapsFor(plan, 'near-future');
    expect(horizon.length).toBeGreaterThanOrEqual(8);
    expect(near.length).toBeGreaterThanOrEqual(11);
    expectAllWithin(horizon, 35, 49);
    expectAllWithin(near, 21, 42);
    expect(plan.slice(0, 8).map((meeting) => meeting.focus)).toEqual([
      'present',
      'present',
      'present',
      'present',
      'near-future',
      'present',
      'horizon',
      'present',
    ]);
  });

  it('agrees with a year of nextFocus decisions fed back into the history', () => {
    const history: MeetingRecord[] = [];
    for (let week = 0; week < 53; week += 1) {
      const date = addDays('2026-01-05', week * 7);
      history.push({ date, focus: nextFocus(history, date).pillar });
    }
    const plan = planCadence([], { from: '2026-01-05', count: 53 });
    expect(history).toEqual(plan.map(({ date, focus }) => ({ date, focus })));
    expectAllWithin(gapsFor(history, 'horizon'), 35, 49);
    expectAllWithin(gapsFor(history, 'near-future'), 21, 42);
  });

  it('alternates Horizon and Near Future for monthly meetings', () => {
    for (const meetingEveryDays of [28, 30]) {
      const plan = planCadence([], { from: '2026-01-05', count: 13 }, { meetingEveryDays });
      const focuses = plan.map((meeting) => meeting.focus);
      expect(focuses[0]).toBe('present');
      expect(focuses.slice(1)).toEqual(
        Array.from({ length: 12 }, (_, index) => (index % 2 === 0 ? 'near-future' : 'horizon')),
      );
    }
  });

  it('continues from a history and decides the first meeting as nextFocus would', () => {
    const history = meetings('2025-11-03', ['present', 'horizon', 'present', 'near-future', 'present']);
    const [first] = planCadence(history, { from: '2025-12-08', count: 1 });
    const decision = nextFocus(history, '2025-12-08');
    expect(first).toEqual({
      date: '2025-12-08',
      focus: decision.pillar,
      reason: decision.reason,
      why: decision.why,
    });
  });

  it('replaces recorded meetings on or after the first planned date', () => {
    const history = meetings('2026-01-05', ['present', 'present', 'horizon', 'horizon']);
    expect(planCadence(history, { from: '2026-01-19', count: 6 })).toEqual(
      planCadence(history.slice(0, 2), { from: '2026-01-19', count: 6 }),
    );
  });

  it('plans nothing for a count of 0 and rejects a bad plan', () => {
    expect(planCadence([], { from: '2026-01-05', count: 0 })).toEqual([]);
    expect(planCadence([], { from: '2026-01-05', count: 520 })).toHaveLength(520);
    expectError(() => planCadence([], { from: '2026-01-05', count: 521 }), 'invalid-options', 'plan.count');
    expectError(() => planCadence([], { from: '2026-01-05', count: -1 }), 'invalid-options', 'plan.count');
    expectError(() => planCadence([], { from: '2026-01-05', count: 2.5 }), 'invalid-options', 'plan.count');
    expectError(() => planCadence([], { from: '9999-06-01', count: 52 }), 'invalid-options', 'plan.count');
    expectError(() => planCadence([], { from: '2026-02-29', count: 3 }), 'invalid-date', 'plan.from');
    expectError(() => planCadence([], undefined as unknown as CadencePlan), 'invalid-options', 'plan');
    expectError(
      () => planCadence([], { from: '2026-01-05', count: 3 }, { meetingEveryDays: -7 }),
      'invalid-options',
      'options.meetingEveryDays',
    );
  });
});

describe('pillarBalance', () => {
  const history = meetings('2026-01-05', [
    'present',
    'present',
    'near-future',
    'present',
    'horizon',
    'present',
    'near-future',
    'present',
  ]);

  it('counts each pillar and its share of all meetings', () => {
    expect(pillarBalance(history)).toEqual({
      present: { count: 5, share: 5 / 8 },
      'near-future': { count: 2, share: 2 / 8 },
      horizon: { count: 1, share: 1 / 8 },
    });
  });

  it('counts only meetings inside an inclusive range', () => {
    // 2026-01-19 (near-future) to 2026-02-02 (horizon), both ends included.
    expect(pillarBalance(history, { from: '2026-01-19', to: '2026-02-02' })).toEqual({
      present: { count: 1, share: 1 / 3 },
      'near-future': { count: 1, share: 1 / 3 },
      horizon: { count: 1, share: 1 / 3 },
    });
    expect(pillarBalance(history, { from: '2026-02-02' }).present.count).toBe(2);
    expect(pillarBalance(history, { to: '2026-01-12' }).present).toEqual({ count: 2, share: 1 });
  });

  it('gives zero shares when there are no meetings', () => {
    const none = { count: 0, share: 0 };
    expect(pillarBalance([])).toEqual({ present: none, 'near-future': none, horizon: none });
    expect(pillarBalance(history, { from: '2030-01-01' })).toEqual({
      present: none,
      'near-future': none,
      horizon: none,
    });
  });

  it('rejects bad ranges', () => {
    expectError(
      () => pillarBalance(history, { from: '2026-03-01', to: '2026-02-01' }),
      'invalid-options',
      'range.to',
    );
    expectError(() => pillarBalance(history, { from: '2026-13-01' }), 'invalid-date', 'range.from');
    expectError(() => pillarBalance(history, { to: '' as CalendarDate }), 'invalid-date', 'range.to');
    expectError(() => pillarBalance(history, 'all' as unknown as object), 'invalid-options', 'range');
    expectError(() => pillarBalance({} as unknown as MeetingRecord[]), 'invalid-history', 'history');
  });
});
