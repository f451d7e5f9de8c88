// What the fuzz suite feeds each export, and what a valid result of each looks like. A result is
// valid when the core can read it back: agendas parse and serialize to themselves, a decision's
// reason is the sentence of its `why`, every date is a calendar date.
import fc from 'fast-check';
import { expect } from 'vitest';
import type * as Core from 'one-on-one-kit/core';
import { calendarSpec } from './calendar-spec';
import { DOCUMENTED_CODES } from './harness';
import {
  action,
  anyAgenda,
  anyHistory,
  cadenceOptions,
  calendarDate,
  count,
  dateish,
  detectItems,
  detectOptions,
  drafts,
  history,
  nearly,
  pickOptions,
  plainAgenda,
  question,
  questions,
  wild,
  type CoreModule,
} from './values';

type Args = readonly unknown[];

export interface Spec {
  /** Arguments near the valid ones; wild ones are added by the suite for every export. */
  readonly args: fc.Arbitrary<Args>;
  /** Fails (through `expect`) when `result` is not a valid answer to `args`. */
  readonly check: (result: unknown, args: Args) => void;
  /** Called with `new` (a class). */
  readonly construct?: boolean;
}

/** Whether every object inside `value` is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (!value || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** The arguments, with optional trailing ones sometimes left out. */
const upTo = (required: number, ...parts: fc.Arbitrary<unknown>[]): fc.Arbitrary<Args> =>
  fc
    .tuple(fc.tuple(...parts), fc.integer({ min: required, max: parts.length }))
    .map(([all, length]) => all.slice(0, length));

const pillarIds = ['present', 'near-future', 'horizon'] as const;
const zones = fc.oneof(
  fc.constantFrom(
    'UTC',
    'Europe/Berlin',
    'Pacific/Kiritimati',
    'America/St_Johns',
    'Asia/Kolkata',
    'Etc/GMT+12',
  ),
  fc.constantFrom('Mars/Olympus_Mons', '', 'utc', '+05:30', 'Europe/berlin'),
  wild,
);

export function specsFor(core: CoreModule): Record<string, Spec> {
  const expectDate = (value: unknown) => expect(core.isCalendarDate(value), fc.stringify(value)).toBe(true);

  // An agenda the core returns is frozen, unless it is the very one it was given (nothing changed).
  const expectAgenda = (value: unknown, given?: unknown) => {
    const agenda = value as Core.Agenda;
    if (agenda !== given) expect(deeplyFrozen(agenda), 'an agenda the core returns is frozen').toBe(true);
    const json = core.serializeAgenda(agenda);
    expect(core.parseAgenda(json)).toEqual(agenda);
    expect(core.serializeAgenda(core.parseAgenda(json))).toBe(json);
    // A plain copy, as a host stores it, reads the same as the frozen original.
    expect(core.agendaOwnership(JSON.parse(json))).toEqual(core.agendaOwnership(agenda));
  };

  const expectDecision = (value: unknown) => {
    const decision = value as Core.FocusDecision;
    expect(pillarIds).toContain(decision.pillar);
    expect(core.describeFocusReason(decision.why)).toBe(decision.reason);
    expect(decision.due.map((status) => status.pillar)).toEqual(pillarIds);
    for (const status of decision.due) {
      expectDate(status.dueOn);
      if (status.lastDate !== null) expectDate(status.lastDate);
      expect(Number.isSafeInteger(status.daysSince) && status.daysSince >= 0).toBe(true);
    }
  };

  const focusReason = fc
    .record({
      kind: fc.constantFrom<Core.FocusReason['kind']>('first-meeting', 'due', 'nothing-due'),
      pillar: fc.constantFrom<Core.PillarId>(...pillarIds),
      lastDate: fc.option(calendarDate, { nil: null }),
      daysSince: fc.nat({ max: 400 }),
      everyDays: fc.integer({ min: 1, max: 366 }),
      next: fc.record({ pillar: fc.constantFrom<Core.PillarId>(...pillarIds), dueOn: calendarDate }),
    })
    .map(({ next, ...why }): Core.FocusReason => (why.kind === 'nothing-due' ? { ...why, next } : why));

  const pillarOrWild = fc.oneof(fc.constantFrom<Core.PillarId>(...pillarIds), wild);
  // A few short texts per pillar, sometimes one too many, too long, blank or under a misspelt pillar.
  const takeaways = fc.oneof(
    fc.record(
      {
        present: fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }),
        'near-future': fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }),
        horizon: fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }),
      },
      { requiredKeys: [] },
    ),
    fc.constant({ horizen: ['typo'] }),
    fc.constant({ present: ['x'.repeat(281)] }),
  );
  const recordsWithTakeaways = fc.array(
    fc.record(
      { date: calendarDate, focus: fc.constantFrom(...pillarIds), takeaways },
      { requiredKeys: ['date', 'focus'] },
    ),
    { maxLength: 5 },
  );
  const storedHistory = fc.oneof(
    anyHistory,
    nearly(recordsWithTakeaways),
    fc.record({ version: fc.constantFrom(1, 2, 3, 0), meetings: fc.oneof(history, recordsWithTakeaways) }),
    history.map((records) => JSON.stringify({ version: 2, meetings: records })),
    fc.tuple(history, fc.nat()).map(([records, cut]) => JSON.stringify(records).slice(0, cut)),
  );
  // A history the core wrote reads back exactly, frozen.
  const expectHistory = (value: unknown) => {
    const records = value as Core.MeetingRecord[];
    expect(deeplyFrozen(records), 'a history the core returns is frozen').toBe(true);
    const json = core.serializeHistory(records);
    expect(core.parseHistory(json)).toEqual(records);
    for (const record of records) expectDate(record.date);
  };

  const reason = (value: unknown) => {
    expect(typeof value).toBe('string');
    expect(value).not.toMatch(/undefined|NaN|null|\[object/);
  };

  return {
    endMeeting: {
      args: upTo(
        2,
        anyAgenda(core),
        nearly(
          fc.record(
            {
              focus: pillarOrWild,
              nextMeetingDate: fc.oneof(calendarDate, dateish),
              feedback: nearly(fc.record({ asked: fc.boolean(), received: fc.boolean() })),
              takeaways,
              askedQuestionIds: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
            },
            { requiredKeys: ['focus', 'nextMeetingDate'] },
          ),
        ),
      ),
      check: (result, [agenda, options]) => {
        const { record, next } = result as Core.EndedMeeting;
        const given = core.parseAgenda(agenda);
        expectAgenda(next);
        expectHistory(Object.freeze([record]));
        expect(record.date).toBe(given.meetingDate);
        expect(record.focus).toBe((options as Core.EndMeetingOptions).focus);
        // Nothing is lost: every item is discussed, dropped or carried, once.
        const placed = [...(record.discussed ?? []), ...(record.dropped ?? []), ...next.items].map(
          (item) => item.id,
        );
        expect(placed.sort()).toEqual(given.items.map((item) => item.id).sort());
      },
    },
    parseHistory: {
      args: fc.tuple(storedHistory),
      check: expectHistory,
    },
    serializeHistory: {
      args: fc.tuple(fc.oneof(anyHistory, nearly(recordsWithTakeaways))),
      check: (result) => {
        expect(typeof result).toBe('string');
        expect(core.serializeHistory(core.parseHistory(result))).toBe(result);
      },
    },
    informingPillar: {
      args: fc.tuple(pillarOrWild),
      check: (result, [focus]) => {
        const at = pillarIds.indexOf(focus as Core.PillarId);
        expect(result).toBe(pillarIds[at + 1] ?? null);
      },
    },
    informingTakeaways: {
      args: upTo(
        2,
        fc.oneof(anyHistory, nearly(recordsWithTakeaways)),
        pillarOrWild,
        nearly(fc.record({ on: dateish }, { requiredKeys: [] })),
      ),
      check: (result, [, focus]) => {
        if (result === null) return;
        const found = result as Core.InformingTakeaways;
        expect(found.pillar).toBe(core.informingPillar(focus as Core.PillarId));
        expectDate(found.date);
        expect(found.takeaways.length).toBeGreaterThan(0);
        expect(deeplyFrozen(found)).toBe(true);
      },
    },
    OneOnOneError: {
      construct: true,
      args: upTo(
        2,
        fc.oneof(fc.constantFrom(...DOCUMENTED_CODES), wild),
        fc.oneof(fc.string(), wild),
        fc.oneof(fc.string(), wild),
        fc.oneof(fc.array(fc.record({ path: fc.string(), message: fc.string() }), { maxLength: 3 }), wild),
      ),
      check: (result) => {
        const error = result as Core.OneOnOneError;
        expect(error).toBeInstanceOf(core.OneOnOneError);
        expect(DOCUMENTED_CODES).toContain(error.code);
        expect(typeof error.message).toBe('string');
        expect(typeof error.path).toBe('string');
        expect(Array.isArray(error.issues)).toBe(true);
      },
    },
    getPillar: {
      args: fc.tuple(fc.oneof(fc.constantFrom(...pillarIds), wild)),
      check: (result, [id]) => {
        if (result !== undefined) expect(core.PILLARS.find((pillar) => pillar.id === id)).toBe(result);
      },
    },
    isPillarId: {
      args: fc.tuple(fc.oneof(fc.constantFrom(...pillarIds), wild)),
      check: (result, [value]) => expect(result).toBe(pillarIds.includes(value as Core.PillarId)),
    },
    isCalendarDate: {
      args: fc.tuple(dateish),
      check: (result, [value]) => {
        expect(typeof result).toBe('boolean');
        if (result) expect(core.addDays(value as Core.CalendarDate, 0)).toBe(value);
      },
    },
    isIsoDate: {
      args: fc.tuple(dateish),
      check: (result, [value]) => expect(result).toBe(core.isCalendarDate(value)),
    },
    addDays: {
      args: fc.tuple(dateish, count),
      check: (result, [date, days]) => {
        expectDate(result);
        // `===`, not Object.is: a step of -0 days is a step of 0.
        expect(core.daysBetween(date as Core.CalendarDate, result as Core.CalendarDate) === days).toBe(true);
      },
    },
    daysBetween: {
      args: fc.tuple(dateish, dateish),
      check: (result, [from, to]) =>
        expect(core.addDays(from as Core.CalendarDate, result as number)).toBe(to),
    },
    planToICalendar: calendarSpec(core),
    toCalendarDate: {
      args: fc.tuple(fc.oneof(fc.date({ noInvalidDate: false }), wild), zones),
      check: (result, [date]) => {
        expectDate(result);
        // The day in any zone is within a day of the day in UTC.
        const utc = (date as Date).toISOString().slice(0, 10) as Core.CalendarDate;
        expect(Math.abs(core.daysBetween(utc, result as Core.CalendarDate))).toBeLessThanOrEqual(1);
      },
    },
    createAgenda: {
      args: upTo(1, dateish, nearly(drafts)),
      check: (result, [, items = []]) => {
        expectAgenda(result);
        expect((result as Core.Agenda).items).toHaveLength((items as unknown[]).length);
      },
    },
    parseAgenda: {
      args: fc.tuple(
        fc.oneof(
          anyAgenda(core),
          plainAgenda.map((agenda) => JSON.stringify(agenda)),
          // Truncated JSON: never a partial agenda.
          fc.tuple(plainAgenda, fc.nat()).map(([agenda, cut]) => {
            const json = JSON.stringify(agenda);
            return json.slice(0, cut % json.length);
          }),
          // A draft from before versions: migrated on the way in.
          plainAgenda.map(({ version: _version, ...unversioned }) => unversioned),
        ),
      ),
      check: expectAgenda,
    },
    serializeAgenda: {
      args: fc.tuple(anyAgenda(core)),
      check: (result) => {
        expect(typeof result).toBe('string');
        expect(core.serializeAgenda(core.parseAgenda(result))).toBe(result);
      },
    },
    agendaReducer: {
      args: fc.tuple(anyAgenda(core), nearly(action)),
      check: (result, [agenda]) => {
        expectAgenda(result, agenda);
        const before = core.parseAgenda(agenda).items.length;
        expect(Math.abs((result as Core.Agenda).items.length - before)).toBeLessThanOrEqual(1);
      },
    },
    carryOver: {
      args: fc.tuple(anyAgenda(core), dateish),
      check: (result, [previous]) => {
        expectAgenda(result);
        const undone = core.parseAgenda(previous).items.filter((item) => !item.done);
        // Nothing undone is ever dropped.
        expect((result as Core.Agenda).items.map((item) => item.id)).toEqual(undone.map((item) => item.id));
      },
    },
    agendaOwnership: {
      args: fc.tuple(anyAgenda(core)),
      check: (result, [agenda]) => {
        const { report, manager, reportShare } = result as Core.AgendaOwnership;
        expect(report + manager).toBe(core.parseAgenda(agenda).items.length);
        expect(reportShare).toBeGreaterThanOrEqual(0);
        expect(reportShare).toBeLessThanOrEqual(1);
      },
    },
    itemsByPillar: {
      args: fc.tuple(anyAgenda(core)),
      check: (result, [agenda]) => {
        const groups = result as Record<string, Core.AgendaItem[]>;
        expect(Object.keys(groups).sort()).toEqual(['horizon', 'near-future', 'none', 'present']);
        expect(Object.values(groups).flat()).toHaveLength(core.parseAgenda(agenda).items.length);
      },
    },
    nextFocus: {
      args: upTo(2, anyHistory, dateish, nearly(cadenceOptions)),
      check: expectDecision,
    },
    planCadence: {
      args: upTo(
        2,
        anyHistory,
        nearly(fc.record({ from: calendarDate, count: fc.oneof(fc.nat({ max: 30 }), count) })),
        nearly(cadenceOptions),
      ),
      check: (result, [, plan]) => {
        const meetings = result as Core.PlannedMeeting[];
        expect(meetings).toHaveLength((plan as Core.CadencePlan).count);
        for (const meeting of meetings) {
          expectDate(meeting.date);
          expect(core.describeFocusReason(meeting.why)).toBe(meeting.reason);
        }
        // A plan reads back as a history.
        core.feedbackTrend(meetings.map(({ date, focus }) => ({ date, focus })));
      },
    },
    pillarBalance: {
      args: upTo(1, anyHistory, nearly(fc.record({ from: dateish, to: dateish }, { requiredKeys: [] }))),
      check: (result) => {
        const balance = result as Core.PillarBalance;
        expect(Object.keys(balance)).toEqual(pillarIds);
        const shares = pillarIds.reduce((sum, id) => sum + balance[id].share, 0);
        expect(shares === 0 || Math.abs(shares - 1) < 1e-9).toBe(true);
      },
    },
    describeFocusReason: {
      args: fc.tuple(nearly(focusReason)),
      check: reason,
    },
    feedbackTrend: {
      args: fc.tuple(anyHistory),
      check: (result) => {
        const trend = result as Core.FeedbackTrend;
        expect(trend.asked).toBeLessThanOrEqual(trend.meetings);
        expect(trend.streak).toBeLessThanOrEqual(trend.meetings);
        for (const date of [trend.lastAskedOn, trend.lastReceivedOn]) if (date !== null) expectDate(date);
      },
    },
    createQuestionBank: {
      args: upTo(
        1,
        fc.oneof(nearly(questions), fc.constant(core.defaultQuestions)),
        nearly(fc.record({ locale: fc.constantFrom('en', 'de', 'pt-BR') }, { requiredKeys: [] })),
      ),
      check: (result) => {
        const bank = result as Core.QuestionBank;
        expect(deeplyFrozen(bank.questions) && Object.isFrozen(bank)).toBe(true);
        expect(core.createQuestionBank(bank.questions).questions).toEqual(bank.questions);
      },
    },
    detectAntiPatterns: {
      args: upTo(1, nearly(detectItems), detectOptions),
      check: (result, [items]) => {
        const given = items as Core.AntiPatternItem[];
        for (const finding of result as Core.AntiPatternFinding[]) {
          expect(core.ANTI_PATTERNS.map((pattern) => pattern.id)).toContain(finding.pattern);
          // Spans index into the text of an item with that id (ids need not be unique).
          const fits = (text: string) => {
            let end = 0;
            return finding.evidence.every((span) => {
              const ok =
                span.start >= end && span.end > span.start && text.slice(span.start, span.end) === span.text;
              end = span.end;
              return ok;
            });
          };
          expect(
            given.some((item) => item.id === finding.itemId && fits(item.text)),
            fc.stringify(finding),
          ).toBe(true);
        }
      },
    },
    detectMeetingSignals: {
      args: fc.tuple(
        nearly(
          fc.record(
            {
              agenda: plainAgenda.map((agenda) => core.parseAgenda(agenda)),
              history,
              on: calendarDate,
              cadence: cadenceOptions,
              carriedOverAt: count,
              feedbackWindow: count,
            },
            { requiredKeys: ['agenda'] },
          ),
        ),
      ),
      check: (result) => {
        for (const signal of result as Core.MeetingSignal[]) {
          expect(['manager-owned-agenda', 'carried-over', 'feedback-not-asked', 'pillar-overdue']).toContain(
            signal.kind,
          );
          reason(signal.message);
        }
      },
    },
  };
}

/** What the suite feeds each method of a question bank, and what it must answer. */
export function bankSpecsFor(core: CoreModule, bank: Core.QuestionBank): Record<string, Spec> {
  return {
    pick: {
      args: fc.tuple(nearly(pickOptions)),
      check: (result, [options]) => {
        const picked = result as Core.Question[];
        const { pillar, count: wanted = 3 } = options as Core.PickQuestionsOptions;
        expect(picked.length).toBeLessThanOrEqual(wanted);
        expect(new Set(picked.map((question) => question.id)).size).toBe(picked.length);
        for (const question of picked) {
          expect(bank.questions).toContain(question);
          expect(question.pillar).toBe(pillar);
        }
      },
    },
    byId: {
      args: fc.tuple(
        fc.oneof(fc.constantFrom(...bank.questions.map((question) => question.id), 'nope'), wild),
      ),
      check: (result, [id]) => {
        if (result !== undefined) expect((result as Core.Question).id).toBe(id);
      },
    },
    extend: {
      args: fc.tuple(nearly(fc.array(question, { maxLength: 4 }))),
      check: (result, [more]) => {
        const extended = result as Core.QuestionBank;
        expect(extended.questions).toHaveLength(bank.questions.length + (more as unknown[]).length);
        expect(core.createQuestionBank(extended.questions).questions).toEqual(extended.questions);
      },
    },
  };
}
