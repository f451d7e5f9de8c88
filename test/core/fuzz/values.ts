// Inputs for the fuzz suite: anything at all, values near the valid ones, and huge or deep ones.
import fc from 'fast-check';
import type * as Core from 'one-on-one-kit/core';

export type CoreModule = typeof Core;

/** Keys that have tripped object code before: prototype names, array words and the core's own fields. */
const keyArb = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'valueOf',
      'hasOwnProperty',
      'length',
      'then',
      'id',
      'text',
      'date',
      'focus',
      'items',
      'version',
      'pillar',
      'themes',
      'type',
    ),
  },
);

/** Awkward values no generator is likely to reach on its own. */
const awkward = fc.constantFrom<unknown>(
  undefined,
  null,
  NaN,
  Infinity,
  -Infinity,
  -0,
  0.5,
  -1,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  7n,
  '',
  ' ',
  '\u0000',
  '__proto__',
  'constructor',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  '+010000-01-01',
  'present',
  'report',
  Symbol('fuzz'),
  () => 'a function',
  new Date(NaN),
  new Date(0),
  Object.create(null),
  Object.freeze({}),
  Object.freeze([]),
  [undefined],
  // Holes: a sparse array must not slip past validation.
  // eslint-disable-next-line no-sparse-arrays
  [, ,],
);

/** An object whose own key is `__proto__` (as `JSON.parse` makes it), holding `inner`. */
export const protoKeyed = (inner: unknown): Record<string, unknown> => {
  const value = JSON.parse('{"__proto__": null}') as Record<string, unknown>;
  Object.defineProperty(value, '__proto__', {
    value: inner,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return value;
};

/** Freezes `value` and everything reachable from it (cycles are not generated). */
export function deepFreeze<T>(value: T): T {
  // Typed arrays with elements cannot be frozen at all.
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const anything = fc.anything({
  key: keyArb,
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Any value at all: JSON-like or not, awkward, frozen, or hiding a `__proto__` key. */
export const wild: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: anything },
  { weight: 3, arbitrary: awkward },
  { weight: 1, arbitrary: anything.map(deepFreeze) },
  { weight: 1, arbitrary: anything.map(protoKeyed) },
);

/** A copy of the plain objects and arrays in `value` (each added to `copies`); anything else is shared. */
function clone(value: unknown, copies: Set<unknown>): unknown {
  let copy: unknown;
  if (Array.isArray(value)) copy = value.map((inner) => clone(inner, copies));
  else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    copy = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, clone(inner, copies)]));
  else return value;
  copies.add(copy);
  return copy;
}

/** Replaces, deletes or freezes one part of a value (or hides it behind a `__proto__` key). */
export function mutated<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), wild, fc.constantFrom('replace', 'delete', 'freeze', 'proto', 'inherit'))
    .map(([value, pick, replacement, how]) => {
      const copies = new Set<unknown>();
      const copy = clone(value, copies);
      const spots: [parent: Record<string, unknown>, key: string][] = [];
      // Only the copies are changed: values shared with other cases stay as they were.
      const visit = (node: unknown) => {
        if (!copies.has(node)) return;
        for (const key of Object.keys(node as object)) {
          spots.push([node as Record<string, unknown>, key]);
          visit((node as Record<string, unknown>)[key]);
        }
      };
      visit(copy);
      if (!spots.length) return replacement;
      const [parent, key] = spots[pick % spots.length]!;
      const current = parent[key];
      if (how === 'replace') parent[key] = replacement;
      else if (how === 'delete') delete parent[key];
      else if (how === 'freeze') deepFreeze(current);
      else if (how === 'proto') parent[key] = protoKeyed(current);
      // The fields are there, but only on the prototype: not own properties.
      else parent[key] = copies.has(current) ? Object.create(current as object) : replacement;
      return copy;
    });
}

/** Mostly valid, sometimes broken in one place, sometimes anything at all. */
export const nearly = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 3, arbitrary: mutated(valid) },
    { weight: 1, arbitrary: wild },
  );

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const DAY = 86_400_000;

/** Calendar dates: mostly this century, and the edges of years 0001–9999. */
export const calendarDate: fc.Arbitrary<Core.CalendarDate> = fc
  .oneof(
    {
      weight: 6,
      arbitrary: fc.integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2100, 0, 1) / DAY }),
    },
    { weight: 1, arbitrary: fc.integer({ min: -719_162, max: 2_932_896 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(-719_162, -719_161, -719_000, 2_932_896, 2_932_895, 2_932_600),
    },
  )
  .map((day) => {
    const date = new Date(day * DAY);
    return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}` as Core.CalendarDate;
  });

/** Dates as a host might pass them: real ones, nearly real ones, and anything. */
export const dateish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: calendarDate },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-02-30',
      '2026-13-01',
      '2026-1-5',
      '0000-12-31',
      '10000-01-01',
      '+010000-01-01',
      '2026-03-02T10:00:00Z',
      ' 2026-03-02',
      '２０２６-03-02',
    ),
  },
  { weight: 1, arbitrary: wild },
);

const pillar = fc.constantFrom<Core.PillarId>('present', 'near-future', 'horizon');
/** Whole numbers around every boundary the core has. */
export const count = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 60 }) },
  { weight: 2, arbitrary: fc.integer({ min: 300, max: 600 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 366, 367, 520, 521, 3_652_059, 3_652_060, 1e9) },
  { weight: 1, arbitrary: awkward },
);

export const meetingRecord = fc.record(
  {
    date: calendarDate,
    focus: pillar,
    feedbackAsked: fc.boolean(),
    feedbackReceived: fc.boolean(),
    askedQuestionIds: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }),
  },
  { requiredKeys: ['date', 'focus'] },
);
/** Histories packed into a few months, so pillars fall due. */
export const history = fc
  .tuple(
    fc.integer({ min: Date.UTC(2020, 0, 1) / DAY, max: Date.UTC(2030, 0, 1) / DAY }),
    fc.array(fc.record({ offset: fc.nat({ max: 200 }), focus: pillar, feedbackAsked: fc.boolean() }), {
      maxLength: 8,
    }),
  )
  .map(([start, entries]) =>
    entries.map(({ offset, focus, feedbackAsked }) => {
      const date = new Date((start + offset) * DAY).toISOString().slice(0, 10) as Core.CalendarDate;
      return { date, focus, feedbackAsked };
    }),
  );
export const anyHistory = nearly(fc.oneof(history, fc.array(meetingRecord, { maxLength: 5 })));

export const cadenceOptions = fc.record(
  { meetingEveryDays: count, nearFutureEveryDays: count, horizonEveryDays: count },
  { requiredKeys: [] },
);

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Go over your tickets',
      'ETA for PAY-1234?',
      'Walk me through the diff',
      'Why did your velocity drop?',
      'I want to grow into an architect role',
      'Stressed about the deadline',
      'not a status update',
      'What’s the status of JIRA-12? Also the stack trace',
      'Feeling stuck on where my career goes next',
      '   ',
    ),
  },
);

const itemId = fc.oneof(
  fc.constantFrom('item-1', 'item-2', 'item-3', 'item-999999999999999', 'a'),
  fc.string({ minLength: 1, maxLength: 5 }).filter((id) => id.trim() !== ''),
);

export const agendaItem = fc.record({
  id: itemId,
  text: text.filter((value) => value.trim() !== ''),
  pillar: fc.constantFrom<Core.PillarId | null>('present', 'near-future', 'horizon', null),
  author: fc.constantFrom<Core.AgendaAuthor>('report', 'manager'),
  done: fc.boolean(),
  carriedOver: fc.oneof(
    fc.nat({ max: 5 }),
    fc.constantFrom(Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER),
  ),
  kind: fc.constantFrom<Core.AgendaItemKind>('topic', 'next-step'),
});

export const drafts = fc.array(
  fc.record(
    {
      text,
      author: fc.constantFrom('report', 'manager'),
      id: itemId,
      pillar: fc.constantFrom('present', 'horizon', null),
      kind: fc.constantFrom('topic', 'next-step'),
      done: fc.boolean(),
      carriedOver: count,
    },
    { requiredKeys: ['text', 'author'] },
  ),
  { maxLength: 6 },
);

/** A plain agenda object, as a host would store it. */
export const plainAgenda = fc.record({
  version: fc.constant(1 as const),
  meetingDate: calendarDate,
  items: fc.uniqueArray(agendaItem, { selector: (item) => item.id, maxLength: 6 }),
});

/** Agendas: built by the core (frozen), plain copies, and broken ones. */
export const anyAgenda = (core: CoreModule): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: plainAgenda.map((agenda) => core.parseAgenda(agenda)) },
    { weight: 2, arbitrary: plainAgenda },
    { weight: 3, arbitrary: mutated(plainAgenda) },
    { weight: 1, arbitrary: wild },
  );

export const action = fc.oneof(
  fc.record(
    {
      type: fc.constant('add'),
      text,
      author: fc.constantFrom('report', 'manager', 'boss'),
      pillar: fc.constantFrom('present', 'horizon', null, 'later'),
      kind: fc.constantFrom('topic', 'next-step'),
      id: itemId,
      index: count,
    },
    { requiredKeys: ['type', 'text', 'author'] },
  ),
  fc.record({ type: fc.constant('edit'), id: itemId, text }),
  fc.record({ type: fc.constant('remove'), id: itemId }),
  fc.record(
    {
      type: fc.constant('move'),
      id: itemId,
      pillar: fc.constantFrom('present', 'near-future', 'horizon', null),
      index: count,
    },
    { requiredKeys: ['type', 'id', 'pillar'] },
  ),
  fc.record({ type: fc.constantFrom('toggle-done', 'toggle'), id: itemId }),
);

const questionPillar = fc.constantFrom<Core.QuestionPillar>('present', 'near-future', 'horizon', 'feedback');
export const question = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 6 }),
    text: fc.string({ minLength: 1, maxLength: 20 }),
    pillar: questionPillar,
    themes: fc.array(fc.constantFrom('energy', 'wins', 'growth', 'stuck', 'own'), {
      minLength: 1,
      maxLength: 3,
    }),
    depth: fc.constantFrom<Core.QuestionDepth>('opener', 'deeper'),
    guidance: fc.string({ minLength: 1, maxLength: 10 }),
  },
  { requiredKeys: ['id', 'text', 'pillar', 'themes'] },
);
export const questions = fc.array(question, { maxLength: 6 });

export const pickOptions = fc.record(
  {
    pillar: questionPillar,
    count,
    seed: fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.double()),
    avoid: fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }),
    themes: fc.array(fc.constantFrom('energy', 'wins', 'growth', 'stuck', 'own'), { maxLength: 2 }),
    depth: fc.constantFrom('opener', 'deeper'),
  },
  { requiredKeys: ['pillar'] },
);

export const detectItems = fc.array(fc.record({ id: itemId, text }), { maxLength: 6 });

// Shared options objects: the detector caches compiled rules per object, as the docs ask hosts to.
const sharedDetectOptions = deepFreeze([
  { patterns: { 'status-update': false } },
  {
    extraTerms: { 'status-update': ['ACME-', 'Linear', '#'] },
    suggestions: { 'technical-deep-dive': 'Pair later.' },
  },
  {
    rules: {
      patterns: {
        'status-update': { strong: ['tickets?', 'eta'], words: 'deploy* with+me', exact: ['[A-Z]+-\\d+'] },
        'technical-deep-dive': { weak: ['take a look'], sure: ['stack traces?'] },
        'stealth-performance-review': {},
      },
      frames: ['grow', 'learn'],
      negations: ['not'],
      fillers: ['a', 'the'],
      breaks: '[.!?]|\\bbut\\b',
      suggestions: { 'status-update': 'A', 'technical-deep-dive': 'B', 'stealth-performance-review': 'C' },
    },
  },
]);

export const detectOptions = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom(...sharedDetectOptions) },
  { weight: 3, arbitrary: mutated(fc.constantFrom(...sharedDetectOptions)) },
  { weight: 1, arbitrary: wild },
);

/** Inputs so large or so deep that anything recursive or quadratic would show. Built once, frozen. */
export function hugeValues(): [name: string, value: unknown][] {
  // Frozen level by level as they are built: too deep for a recursive freeze.
  let deepObject: unknown = Object.freeze({});
  let deepArray: unknown = Object.freeze([]);
  for (let level = 0; level < 20_000; level++) {
    deepObject = Object.freeze({ items: deepObject, date: deepObject, id: deepObject });
    deepArray = Object.freeze([deepArray]);
  }
  const manyKeys = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${index}`, index]));
  return [
    ['an array of 100,000 empty objects', Array(100_000).fill({})],
    ['a sparse array of length 2³²−1', new Array(2 ** 32 - 1)],
    ['a string of a million characters', '2026-01-01 '.repeat(100_000)],
    ['an object nested 20,000 deep', deepObject],
    ['an array nested 20,000 deep', deepArray],
    ['an object with 100,000 keys', manyKeys],
    ['JSON nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ].map(([name, value]) => [name as string, Object.isFrozen(value) ? value : deepFreeze(value)]);
}
