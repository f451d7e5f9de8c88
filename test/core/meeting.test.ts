import {
  agendaReducer,
  carryOver,
  createAgenda,
  detectMeetingSignals,
  endMeeting,
  informingPillar,
  informingTakeaways,
  parseAgenda,
  parseHistory,
  serializeAgenda,
  serializeHistory,
  TAKEAWAY_LIMITS,
  type Agenda,
  type MeetingRecord,
} from 'one-on-one-kit/core';
import { expectError } from './expect-error';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

// A meeting in the middle of a rhythm: a topic ticked, a next step from last time reviewed, one left open.
function heldMeeting(): Agenda {
  let agenda = createAgenda('2026-11-23', [
    { id: 'energy', text: 'Low energy since the reorg', author: 'report', pillar: 'present' },
    {
      id: 'rfc',
      text: 'Write the caching RFC',
      author: 'report',
      pillar: 'near-future',
      kind: 'next-step',
      carriedOver: 1,
    },
    {
      id: 'talk',
      text: 'Give a talk at the guild',
      author: 'report',
      pillar: 'horizon',
      kind: 'next-step',
      carriedOver: 2,
    },
    { id: 'path', text: 'Staff engineer path?', author: 'report', pillar: 'horizon' },
  ]);
  agenda = agendaReducer(agenda, { type: 'toggle-done', id: 'energy' });
  agenda = agendaReducer(agenda, { type: 'review', id: 'talk', outcome: 'dropped' });
  return agenda;
}

describe('the review action', () => {
  const step = createAgenda('2026-11-23', [
    { id: 's', text: 'Pair with Ana', author: 'report', kind: 'next-step', carriedOver: 1 },
  ]);

  it('marks a next step done, carried or dropped, and only dropped writes the flag', () => {
    const dropped = agendaReducer(step, { type: 'review', id: 's', outcome: 'dropped' });
    expect(dropped.items[0]).toMatchObject({ done: false, dropped: true });
    const done = agendaReducer(dropped, { type: 'review', id: 's', outcome: 'done' });
    expect(done.items[0]!.done).toBe(true);
    expect('dropped' in done.items[0]!).toBe(false);
    const carried = agendaReducer(done, { type: 'review', id: 's', outcome: 'carried' });
    expect(carried.items[0]).toEqual(step.items[0]);
  });

  it('returns the same agenda when the outcome is already the item’s', () => {
    expect(agendaReducer(step, { type: 'review', id: 's', outcome: 'carried' })).toBe(step);
    const dropped = agendaReducer(step, { type: 'review', id: 's', outcome: 'dropped' });
    expect(agendaReducer(dropped, { type: 'review', id: 's', outcome: 'dropped' })).toBe(dropped);
  });

  it('ticking a dropped item takes the drop off', () => {
    const dropped = agendaReducer(step, { type: 'review', id: 's', outcome: 'dropped' });
    const ticked = agendaReducer(dropped, { type: 'toggle-done', id: 's' });
    expect(ticked.items[0]).toEqual({ ...step.items[0], done: true });
  });

  it('refuses an unknown outcome with its path, even for an id not on the agenda', () => {
    expectError(
      () => agendaReducer(step, { type: 'review', id: 's', outcome: 'maybe' } as never),
      'invalid-action',
      'action.outcome',
    );
    expectError(
      () => agendaReducer(step, { type: 'review', id: 'nope' } as never),
      'invalid-action',
      'action.outcome',
    );
  });

  it('writes `dropped` to JSON only when set, and reads it back', () => {
    expect(serializeAgenda(step)).not.toContain('dropped');
    const dropped = agendaReducer(step, { type: 'review', id: 's', outcome: 'dropped' });
    expect(parseAgenda(serializeAgenda(dropped))).toEqual(dropped);
    expectError(
      () => parseAgenda({ ...step, items: [{ ...step.items[0], dropped: 'yes' }] }),
      'invalid-agenda',
      'items[0].dropped',
    );
  });

  it('is not undone by carryOver alone: a dropped item rolls on, still dropped, until endMeeting files it', () => {
    const dropped = agendaReducer(step, { type: 'review', id: 's', outcome: 'dropped' });
    expect(carryOver(dropped, '2026-11-30').items).toEqual([{ ...dropped.items[0], carriedOver: 2 }]);
  });

  it('silences the carried-over signal for a step the report let go', () => {
    const stale = createAgenda('2026-11-23', [
      { id: 's', text: 'Pair with Ana', author: 'report', kind: 'next-step', carriedOver: 4 },
    ]);
    expect(detectMeetingSignals({ agenda: stale }).map((signal) => signal.kind)).toEqual(['carried-over']);
    const dropped = agendaReducer(stale, { type: 'review', id: 's', outcome: 'dropped' });
    expect(detectMeetingSignals({ agenda: dropped })).toEqual([]);
  });
});

describe('endMeeting', () => {
  it('records the meeting and opens the next one with every undone item carried over', () => {
    const { record, next } = endMeeting(heldMeeting(), {
      focus: 'horizon',
      nextMeetingDate: '2026-11-30',
      feedback: { asked: true, received: false },
      takeaways: { horizon: ['  Wants to try leading a small team  '] },
    });
    expect(record).toEqual({
      date: '2026-11-23',
      focus: 'horizon',
      feedbackAsked: true,
      feedbackReceived: false,
      discussed: [
        {
          id: 'energy',
          text: 'Low energy since the reorg',
          pillar: 'present',
          author: 'report',
          carriedOver: 0,
          kind: 'topic',
        },
      ],
      dropped: [
        {
          id: 'talk',
          text: 'Give a talk at the guild',
          pillar: 'horizon',
          author: 'report',
          carriedOver: 2,
          kind: 'next-step',
        },
      ],
      takeaways: { horizon: ['Wants to try leading a small team'] },
    });
    expect(next.meetingDate).toBe('2026-11-30');
    expect(next.items.map((item) => [item.id, item.carriedOver])).toEqual([
      ['rfc', 2],
      ['path', 1],
    ]);
  });

  it('records feedback exactly, and "not asked" when it is left out', () => {
    const agenda = createAgenda('2026-11-23');
    const options = { focus: 'present', nextMeetingDate: '2026-11-30' } as const;
    for (const asked of [true, false]) {
      for (const received of [true, false]) {
        const { record } = endMeeting(agenda, { ...options, feedback: { asked, received } });
        expect([record.feedbackAsked, record.feedbackReceived]).toEqual([asked, received]);
      }
    }
    expect(endMeeting(agenda, options).record).toEqual({
      date: '2026-11-23',
      focus: 'present',
      feedbackAsked: false,
      feedbackReceived: false,
    });
  });

  it('keeps the questions asked, for the picker to avoid', () => {
    const { record } = endMeeting(createAgenda('2026-11-23'), {
      focus: 'present',
      nextMeetingDate: '2026-11-30',
      askedQuestionIds: ['present-energy-1'],
    });
    expect(record.askedQuestionIds).toEqual(['present-energy-1']);
  });

  it('changes nothing it was given', () => {
    const agenda = deepFreeze(heldMeeting());
    const before = serializeAgenda(agenda);
    const takeaways = deepFreeze({ horizon: ['Lead a team'] });
    expect(() =>
      endMeeting(agenda, { focus: 'horizon', nextMeetingDate: '2026-11-30', takeaways }),
    ).not.toThrow();
    expect(serializeAgenda(agenda)).toBe(before);
  });

  it('names what is wrong with its options', () => {
    const agenda = heldMeeting();
    const ok = { focus: 'present', nextMeetingDate: '2026-11-30' } as const;
    expectError(
      () => endMeeting(agenda, { ...ok, focus: 'future' } as never),
      'invalid-options',
      'options.focus',
    );
    expectError(
      () => endMeeting(agenda, { ...ok, nextMeetingDate: '2026-11-23' }),
      'invalid-date',
      'options.nextMeetingDate',
    );
    expectError(
      () => endMeeting(agenda, { ...ok, nextMeetingDate: '2026-11-31' }),
      'invalid-date',
      'options.nextMeetingDate',
    );
    expectError(
      () => endMeeting(agenda, { ...ok, feedback: { asked: 'yes', received: false } } as never),
      'invalid-options',
      'options.feedback.asked',
    );
    expectError(
      () => endMeeting(agenda, { ...ok, feedback: { asked: true } } as never),
      'invalid-options',
      'options.feedback.received',
    );
    expectError(
      () => endMeeting(agenda, { ...ok, takeaways: { horizon: ['fine', '  '] } }),
      'invalid-options',
      'options.takeaways.horizon[1]',
    );
    expectError(
      () => endMeeting(agenda, { ...ok, takeaways: { horizen: ['typo'] } } as never),
      'invalid-options',
      'options.takeaways.horizen',
    );
    expectError(
      () => endMeeting(agenda, { ...ok, takeaways: { present: ['x'.repeat(TAKEAWAY_LIMITS.length + 1)] } }),
      'invalid-options',
      'options.takeaways.present[0]',
    );
    expectError(
      () =>
        endMeeting(agenda, {
          ...ok,
          takeaways: { present: Array.from({ length: TAKEAWAY_LIMITS.perPillar + 1 }, (_, n) => `t${n}`) },
        }),
      'invalid-options',
      'options.takeaways.present',
    );
    expectError(() => endMeeting({ ...agenda, version: 2 } as never, ok), 'invalid-agenda', 'agenda.version');
    expectError(() => endMeeting(agenda, null as never), 'invalid-options', 'options');
  });

  it('accepts takeaways of exactly the limits', () => {
    const { record } = endMeeting(createAgenda('2026-11-23'), {
      focus: 'horizon',
      nextMeetingDate: '2026-12-07',
      takeaways: {
        horizon: Array.from({ length: TAKEAWAY_LIMITS.perPillar }, (_, n) =>
          `${n}`.padEnd(TAKEAWAY_LIMITS.length, '.'),
        ),
        present: [],
      },
    });
    expect(record.takeaways?.horizon).toHaveLength(TAKEAWAY_LIMITS.perPillar);
    expect(record.takeaways && 'present' in record.takeaways).toBe(false);
  });
});

describe('parseHistory and serializeHistory', () => {
  const firstRound = [
    { date: '2026-10-05', focus: 'present', feedbackAsked: true },
    { date: '2026-10-12', focus: 'horizon', feedbackAsked: true, feedbackReceived: true },
    { date: '2026-10-19', focus: 'present', askedQuestionIds: ['present-wins-2'] },
  ];

  it('reads a history kept as a bare array (the first records) and fills the feedback flags', () => {
    expect(parseHistory(JSON.stringify(firstRound))).toEqual([
      { date: '2026-10-05', focus: 'present', feedbackAsked: true, feedbackReceived: false },
      { date: '2026-10-12', focus: 'horizon', feedbackAsked: true, feedbackReceived: true },
      {
        date: '2026-10-19',
        focus: 'present',
        feedbackAsked: false,
        feedbackReceived: false,
        askedQuestionIds: ['present-wins-2'],
      },
    ]);
    expect(parseHistory({ version: 1, meetings: firstRound })).toEqual(parseHistory(firstRound));
  });

  it('writes version 2 and reads it back exactly', () => {
    const { record } = endMeeting(heldMeeting(), {
      focus: 'horizon',
      nextMeetingDate: '2026-11-30',
      feedback: { asked: true, received: true },
      takeaways: { horizon: ['Lead a team'], 'near-future': ['Pick the RFC back up'] },
    });
    const history = [...parseHistory(firstRound), record];
    const json = serializeHistory(history);
    expect(JSON.parse(json).version).toBe(2);
    expect(parseHistory(json)).toEqual(history);
    expect(serializeHistory(parseHistory(json))).toBe(json);
  });

  it('drops keys it does not know and keeps the order given', () => {
    const out = parseHistory([
      { date: '2026-10-19', focus: 'present', mood: 'good' },
      { date: '2026-10-05', focus: 'horizon' },
    ]);
    expect(out.map((record) => record.date)).toEqual(['2026-10-19', '2026-10-05']);
    expect('mood' in out[0]!).toBe(false);
  });

  it('names the failing field, and refuses a history from a newer kit', () => {
    expectError(() => parseHistory('{"version": 2, "meetings": ['), 'invalid-json', '');
    expectError(() => parseHistory({ version: 3, meetings: [] }), 'invalid-history', 'version');
    expectError(() => parseHistory({ meetings: [] }), 'invalid-history', 'version');
    expectError(() => parseHistory({ version: 2 }), 'invalid-history', 'meetings');
    expectError(
      () => parseHistory([{ date: '2026-02-30', focus: 'present' }]),
      'invalid-date',
      'meetings[0].date',
    );
    expectError(
      () =>
        parseHistory({
          version: 2,
          meetings: [{ date: '2026-10-05', focus: 'present', takeaways: { horizon: [42] } }],
        }),
      'invalid-history',
      'meetings[0].takeaways.horizon[0]',
    );
    expectError(
      () =>
        parseHistory([
          { date: '2026-10-05', focus: 'present' },
          { date: '2026-10-12', focus: 'present', dropped: [{ id: 'x', text: 'y' }] },
        ]),
      'invalid-history',
      'meetings[1].dropped[0].pillar',
    );
    expectError(
      () => serializeHistory([{ date: '2026-10-05', focus: 'later' }] as never),
      'invalid-history',
      'meetings[0].focus',
    );
    expectError(() => parseHistory('null'), 'invalid-history', '');
  });
});

describe('informingTakeaways', () => {
  const history: MeetingRecord[] = [
    { date: '2026-08-31', focus: 'horizon', takeaways: { horizon: ['Curious about management'] } },
    { date: '2026-09-21', focus: 'near-future', takeaways: { 'near-future': ['Own the billing migration'] } },
    { date: '2026-10-12', focus: 'horizon', takeaways: { horizon: ['Wants to lead a team within a year'] } },
    { date: '2026-10-19', focus: 'present' },
  ];

  it('follows the pillars: Horizon informs Near Future, which informs Present; nothing is above Horizon', () => {
    expect(informingPillar('present')).toBe('near-future');
    expect(informingPillar('near-future')).toBe('horizon');
    expect(informingPillar('horizon')).toBeNull();
    expect(informingTakeaways(history, 'near-future')).toEqual({
      pillar: 'horizon',
      date: '2026-10-12',
      takeaways: ['Wants to lead a team within a year'],
    });
    expect(informingTakeaways(history, 'present')).toEqual({
      pillar: 'near-future',
      date: '2026-09-21',
      takeaways: ['Own the billing migration'],
    });
    expect(informingTakeaways(history, 'horizon')).toBeNull();
  });

  it('reads the history in any order and ignores meetings on or after the coming one', () => {
    const shuffled = [history[2]!, history[3]!, history[0]!, history[1]!];
    expect(informingTakeaways(shuffled, 'near-future')?.date).toBe('2026-10-12');
    expect(informingTakeaways(history, 'near-future', { on: '2026-10-12' })?.date).toBe('2026-08-31');
    expect(informingTakeaways(history, 'near-future', { on: '2026-08-31' })).toBeNull();
  });

  it('finds nothing in an empty history or one without takeaways', () => {
    expect(informingTakeaways([], 'present')).toBeNull();
    expect(informingTakeaways([{ date: '2026-10-12', focus: 'horizon' }], 'near-future')).toBeNull();
  });

  it('validates its input', () => {
    expectError(() => informingTakeaways(history, 'future' as never), 'invalid-options', 'focus');
    expectError(
      () => informingTakeaways(history, 'present', { on: 'soon' as never }),
      'invalid-date',
      'options.on',
    );
    expectError(
      () =>
        informingTakeaways(
          [{ date: '2026-10-12', focus: 'horizon', takeaways: { horizon: 'one' } }] as never,
          'present',
        ),
      'invalid-history',
      'history[0].takeaways.horizon',
    );
    expectError(() => informingTakeaways('[]' as never, 'present'), 'invalid-history', 'history');
  });
});
