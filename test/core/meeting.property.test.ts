import fc from 'fast-check';
import {
  addDays,
  endMeeting,
  informingPillar,
  informingTakeaways,
  OneOnOneError,
  parseHistory,
  PILLAR_IDS,
  serializeHistory,
  TAKEAWAY_LIMITS,
  type Agenda,
  type AgendaItem,
  type CalendarDate,
  type MeetingRecord,
  type MeetingTakeaways,
} from 'one-on-one-kit/core';

const RUNS = { numRuns: 200 };

const dateArb = fc
  .record({
    year: fc.integer({ min: 1970, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(
    ({ year, month, day }) =>
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate,
  );
const textArb = fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim() !== '');
const pillarArb = fc.constantFrom(...PILLAR_IDS);

// Items in every state a meeting can end in: open, ticked, dropped at a review.
const itemArb: fc.Arbitrary<AgendaItem> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 8 }).filter((id) => id.trim() !== ''),
    text: textArb,
    pillar: fc.constantFrom(...PILLAR_IDS, null),
    author: fc.constantFrom('report' as const, 'manager' as const),
    state: fc.constantFrom('open', 'done', 'dropped'),
    carriedOver: fc.nat({ max: 20 }),
    kind: fc.constantFrom('topic' as const, 'next-step' as const),
  })
  .map(({ state, ...item }) => ({
    ...item,
    done: state === 'done',
    ...(state === 'dropped' && { dropped: true as const }),
  }));
const agendaArb: fc.Arbitrary<Agenda> = fc.record({
  version: fc.constant(1 as const),
  meetingDate: dateArb,
  items: fc.uniqueArray(itemArb, { selector: (item) => item.id, maxLength: 15 }),
});
const takeawaysArb: fc.Arbitrary<MeetingTakeaways> = fc.dictionary(
  pillarArb,
  fc.array(
    fc.string({ minLength: 1, maxLength: TAKEAWAY_LIMITS.length }).filter((text) => text.trim() !== ''),
    { maxLength: TAKEAWAY_LIMITS.perPillar },
  ),
  { noNullPrototype: true },
);
const feedbackArb = fc.option(fc.record({ asked: fc.boolean(), received: fc.boolean() }), { nil: undefined });

function onlyOneOnOneErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof OneOnOneError)) throw error;
  }
}

describe('endMeeting properties', () => {
  it('loses no item: each lands once, in the record (done or dropped) or in the next agenda', () => {
    fc.assert(
      fc.property(agendaArb, pillarArb, fc.integer({ min: 1, max: 60 }), (agenda, focus, gap) => {
        const { record, next } = endMeeting(agenda, {
          focus,
          nextMeetingDate: addDays(agenda.meetingDate, gap),
        });
        const placed = [
          ...(record.discussed ?? []).map((item) => ['discussed', item.id]),
          ...(record.dropped ?? []).map((item) => ['dropped', item.id]),
          ...next.items.map((item) => ['next', item.id]),
        ];
        expect(placed.map(([, id]) => id).sort()).toEqual(agenda.items.map((item) => item.id).sort());
        for (const item of agenda.items) {
          const where = placed.find(([, id]) => id === item.id)![0];
          expect(where).toBe(item.done ? 'discussed' : item.dropped ? 'dropped' : 'next');
          const kept =
            where === 'next'
              ? next.items.find((entry) => entry.id === item.id)!
              : [...(record.discussed ?? []), ...(record.dropped ?? [])].find(
                  (entry) => entry.id === item.id,
                )!;
          // Text, pillar, author and kind survive; only a carried item counts one more meeting.
          expect(kept).toMatchObject({
            text: item.text,
            pillar: item.pillar,
            author: item.author,
            kind: item.kind,
          });
          expect(kept.carriedOver).toBe(item.carriedOver + (where === 'next' ? 1 : 0));
        }
        expect(next.meetingDate).toBe(addDays(agenda.meetingDate, gap));
        expect(record.date).toBe(agenda.meetingDate);
        expect(record.focus).toBe(focus);
      }),
      RUNS,
    );
  });

  it('records feedback and takeaways exactly as given', () => {
    fc.assert(
      fc.property(agendaArb, pillarArb, feedbackArb, takeawaysArb, (agenda, focus, feedback, takeaways) => {
        const { record } = endMeeting(agenda, {
          focus,
          nextMeetingDate: addDays(agenda.meetingDate, 7),
          ...(feedback && { feedback }),
          takeaways,
        });
        expect(record.feedbackAsked).toBe(feedback?.asked ?? false);
        expect(record.feedbackReceived).toBe(feedback?.received ?? false);
        for (const pillar of PILLAR_IDS) {
          const given = (takeaways[pillar] ?? []).map((text) => text.trim());
          expect(record.takeaways?.[pillar] ?? []).toEqual(given);
        }
      }),
      RUNS,
    );
  });

  it('writes records that survive the history round trip exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(agendaArb, pillarArb, feedbackArb, takeawaysArb), { maxLength: 5 }),
        (meetings) => {
          const history = meetings.map(
            ([agenda, focus, feedback, takeaways]) =>
              endMeeting(agenda, {
                focus,
                nextMeetingDate: addDays(agenda.meetingDate, 1),
                feedback,
                takeaways,
              }).record,
          );
          const json = serializeHistory(history);
          expect(parseHistory(json)).toEqual(history);
          expect(serializeHistory(parseHistory(json))).toBe(json);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('throws only OneOnOneError for anything it is fed', () => {
    const anything = fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true });
    fc.assert(
      fc.property(anything, anything, agendaArb, (a, b, agenda) => {
        onlyOneOnOneErrors(() => endMeeting(a as never, b as never));
        onlyOneOnOneErrors(() => endMeeting(agenda, a as never));
        onlyOneOnOneErrors(() =>
          endMeeting(agenda, {
            focus: 'present',
            nextMeetingDate: '2300-01-01',
            feedback: a,
            takeaways: b,
          } as never),
        );
        onlyOneOnOneErrors(() => parseHistory(a));
        onlyOneOnOneErrors(() => parseHistory([a, b]));
        onlyOneOnOneErrors(() =>
          parseHistory({
            version: 2,
            meetings: [{ date: '2026-01-05', focus: 'present', takeaways: a, dropped: b }],
          }),
        );
        onlyOneOnOneErrors(() => serializeHistory(a as never));
        onlyOneOnOneErrors(() => informingTakeaways(a as never, b as never));
        onlyOneOnOneErrors(() => informingTakeaways([a] as never, 'present', b as never));
        onlyOneOnOneErrors(() => informingPillar(a as never));
      }),
      RUNS,
    );
  });
});

describe('history migration properties', () => {
  // Records as the first version of the kit wrote them: flags and question ids only when set.
  const firstRoundRecord = fc.record(
    {
      date: dateArb,
      focus: pillarArb,
      feedbackAsked: fc.boolean(),
      feedbackReceived: fc.boolean(),
      askedQuestionIds: fc.array(textArb, { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ['date', 'focus'] },
  );

  it('keeps every field of an old history when reading it', () => {
    fc.assert(
      fc.property(fc.array(firstRoundRecord, { maxLength: 12 }), fc.boolean(), (old, asText) => {
        const read = parseHistory(asText ? JSON.stringify(old) : old);
        expect(read).toHaveLength(old.length);
        read.forEach((record, index) => {
          const before = old[index]!;
          expect(record).toEqual({
            ...before,
            feedbackAsked: before.feedbackAsked ?? false,
            feedbackReceived: before.feedbackReceived ?? false,
          });
        });
      }),
      RUNS,
    );
  });
});

describe('informingTakeaways properties', () => {
  const recordArb: fc.Arbitrary<MeetingRecord> = fc.record(
    { date: dateArb, focus: pillarArb, takeaways: takeawaysArb },
    { requiredKeys: ['date', 'focus'] },
  );

  it('returns the latest takeaways of the pillar above, from before the coming meeting', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 10 }), pillarArb, dateArb, (history, focus, on) => {
        const found = informingTakeaways(history, focus, { on });
        const above = informingPillar(focus);
        const candidates = history.filter(
          (record) => above && record.date < on && (record.takeaways?.[above] ?? []).length > 0,
        );
        if (candidates.length === 0) {
          expect(found).toBeNull();
          return;
        }
        const latest = candidates
          .map((record) => record.date)
          .sort()
          .at(-1);
        expect(found?.pillar).toBe(above);
        expect(found?.date).toBe(latest);
        // Same-day records: the later one given wins.
        const source = candidates.filter((record) => record.date === latest).at(-1)!;
        expect(found?.takeaways).toEqual(source.takeaways![above!]!.map((text) => text.trim()));
      }),
      RUNS,
    );
  });
});
