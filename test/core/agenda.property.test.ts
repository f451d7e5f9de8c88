import fc from 'fast-check';
import {
  addDays,
  agendaOwnership,
  agendaReducer,
  carryOver,
  createAgenda,
  itemsByPillar,
  OneOnOneError,
  parseAgenda,
  PILLAR_IDS,
  serializeAgenda,
  type Agenda,
  type CalendarDate,
  type AgendaAction,
  type AgendaItem,
} from 'one-on-one-kit/core';

const RUNS = { numRuns: 200 };

// A small id pool so actions often hit items that exist (and adds often collide with host ids).
const idArb = fc.oneof(
  fc.constantFrom('item-1', 'item-2', 'item-3', 'item-7', 'a', 'b'),
  fc.string({ minLength: 1, maxLength: 6 }).filter((id) => id.trim() !== ''),
);
const textArb = fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim() !== '');
const pillarArb = fc.constantFrom(...PILLAR_IDS, null);
const authorArb = fc.constantFrom('report' as const, 'manager' as const);
const kindArb = fc.constantFrom('topic' as const, 'next-step' as const);
const indexArb = fc.option(fc.integer({ min: -3, max: 12 }), { nil: undefined });
const dateArb = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(
    ({ year, month, day }) =>
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate,
  );

const itemArb: fc.Arbitrary<AgendaItem> = fc.record(
  {
    id: idArb,
    text: textArb,
    pillar: pillarArb,
    author: authorArb,
    done: fc.boolean(),
    carriedOver: fc.nat({ max: 20 }),
    kind: kindArb,
    dropped: fc.constant(true as const),
  },
  { requiredKeys: ['id', 'text', 'pillar', 'author', 'done', 'carriedOver', 'kind'] },
);
const agendaArb: fc.Arbitrary<Agenda> = fc.record({
  version: fc.constant(1 as const),
  meetingDate: dateArb,
  items: fc.uniqueArray(itemArb, { selector: (item) => item.id, maxLength: 12 }),
});

const actionArb: fc.Arbitrary<AgendaAction> = fc.oneof(
  fc.record(
    {
      type: fc.constant('add' as const),
      text: textArb,
      author: authorArb,
      pillar: pillarArb,
      kind: kindArb,
      id: idArb,
      index: indexArb,
    },
    { requiredKeys: ['type', 'text', 'author'] },
  ),
  fc.record({ type: fc.constant('edit' as const), id: idArb, text: textArb }),
  fc.record({ type: fc.constant('remove' as const), id: idArb }),
  fc.record({ type: fc.constant('move' as const), id: idArb, pillar: pillarArb, index: indexArb }),
  fc.record({ type: fc.constant('toggle-done' as const), id: idArb }),
  fc.record({
    type: fc.constant('review' as const),
    id: idArb,
    outcome: fc.constantFrom('done' as const, 'carried' as const, 'dropped' as const),
  }),
);

function onlyOneOnOneErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof OneOnOneError)) throw error;
    expect(typeof error.code).toBe('string');
  }
}

const uniqueIds = (agenda: Agenda) =>
  new Set(agenda.items.map((item) => item.id)).size === agenda.items.length;

describe('agenda properties', () => {
  it('keeps ids unique and only throws OneOnOneError over random action sequences', () => {
    fc.assert(
      fc.property(agendaArb, fc.array(actionArb, { maxLength: 30 }), (start, actions) => {
        let agenda = start;
        for (const action of actions) {
          let next: Agenda;
          try {
            next = agendaReducer(agenda, action);
          } catch (error) {
            // The only valid-shaped action that may be refused is an add with a host id already in use.
            expect(error).toBeInstanceOf(OneOnOneError);
            expect(action.type === 'add' && agenda.items.some((item) => item.id === action.id)).toBe(true);
            continue;
          }
          expect(uniqueIds(next)).toBe(true);
          expect(agendaReducer(agenda, action)).toEqual(next); // deterministic: safe under StrictMode
          const had = agenda.items.some((item) => 'id' in action && item.id === action.id);
          if (action.type === 'add') expect(next.items.length).toBe(agenda.items.length + 1);
          // Nothing to do: the same agenda, or for a host's plain one, the core's frozen copy of it.
          else if (!had) expect(next).toBe(agenda === start ? next : agenda);
          if (!had && action.type !== 'add') expect(next).toEqual(agenda);
          else if (action.type === 'remove') expect(next.items.length).toBe(agenda.items.length - 1);
          else if (action.type === 'move') {
            const peers = itemsByPillar(next)[action.pillar ?? 'none'];
            const last = peers.length - 1;
            const want = action.index === undefined ? last : Math.min(Math.max(action.index, 0), last);
            expect(peers[want]?.id).toBe(action.id);
          } else if (action.type === 'review') {
            const item = next.items.find((entry) => entry.id === action.id)!;
            expect(item.done).toBe(action.outcome === 'done');
            expect(item.dropped === true).toBe(action.outcome === 'dropped');
            expect(next.items.length).toBe(agenda.items.length);
          }
          agenda = next;
        }
      }),
      RUNS,
    );
  });

  it('serializes and parses back to the same agenda', () => {
    fc.assert(
      fc.property(agendaArb, (agenda) => {
        const json = serializeAgenda(agenda);
        expect(parseAgenda(json)).toEqual(agenda);
        expect(serializeAgenda(parseAgenda(json))).toBe(json);
      }),
      RUNS,
    );
  });

  it('carries every undone item over, and only those', () => {
    fc.assert(
      fc.property(agendaArb, fc.integer({ min: 1, max: 400 }), (agenda, gap) => {
        const next = carryOver(agenda, addDays(agenda.meetingDate, gap));
        const undone = agenda.items.filter((item) => !item.done);
        expect(next.items).toEqual(undone.map((item) => ({ ...item, carriedOver: item.carriedOver + 1 })));
        expect(agendaOwnership(next).report + agendaOwnership(next).manager).toBe(undone.length);
      }),
      RUNS,
    );
  });

  it('throws only OneOnOneError for anything fed to the core agenda functions', () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withBigInt: true,
    });
    fc.assert(
      fc.property(anything, anything, fc.oneof(fc.json(), fc.string()), agendaArb, (a, b, text, valid) => {
        onlyOneOnOneErrors(() => parseAgenda(a));
        onlyOneOnOneErrors(() => parseAgenda(text));
        onlyOneOnOneErrors(() => createAgenda(a as never, b as never));
        onlyOneOnOneErrors(() => createAgenda(valid.meetingDate, a as never));
        onlyOneOnOneErrors(() => agendaReducer(a as never, b as never));
        onlyOneOnOneErrors(() => agendaReducer(valid, a as never));
        onlyOneOnOneErrors(() => carryOver(a as never, b as never));
        onlyOneOnOneErrors(() => agendaOwnership(a as never));
        onlyOneOnOneErrors(() => serializeAgenda(a as never));
        onlyOneOnOneErrors(() => itemsByPillar(a as never));
      }),
      RUNS,
    );
  });

  it('throws only OneOnOneError when one field of a valid agenda or action is replaced by anything', () => {
    const keys = [
      'version',
      'meetingDate',
      'items',
      'id',
      'text',
      'pillar',
      'author',
      'done',
      'carriedOver',
      'kind',
      'dropped',
      'type',
      'index',
      'outcome',
    ];
    fc.assert(
      fc.property(
        agendaArb.filter((agenda) => agenda.items.length > 0),
        actionArb,
        fc.constantFrom(...keys),
        fc.anything(),
        (agenda, action, key, junk) => {
          const item = { ...agenda.items[0], [key]: junk };
          const broken = {
            ...agenda,
            [key]: junk,
            items: key === 'items' ? junk : [item, ...agenda.items.slice(1)],
          };
          onlyOneOnOneErrors(() => parseAgenda(broken));
          onlyOneOnOneErrors(() => parseAgenda({ ...broken, version: undefined }));
          onlyOneOnOneErrors(() => agendaReducer(broken as never, action));
          onlyOneOnOneErrors(() => agendaReducer(agenda, { ...action, [key]: junk } as never));
          onlyOneOnOneErrors(() => createAgenda(agenda.meetingDate, [item] as never));
        },
      ),
      RUNS,
    );
  });
});
