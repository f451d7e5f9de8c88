import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  OneOnOneError,
  createQuestionBank,
  serializeAgenda,
  serializeHistory,
  type MeetingRecord,
} from 'one-on-one-kit/core';
import { schemas, toJsonFile } from '../../src/schema';
import { calendarDatePattern } from '../../src/schema/json-schema';

// The shipped JSON Schemas and the core's own validation must say the same about stored data: the
// same fixtures go through both, and both must accept or refuse each one, naming the same field.
type Name = keyof typeof schemas;
const names = Object.keys(schemas) as Name[];

interface Fixture {
  readonly description: string;
  readonly data: unknown;
  /** Left out where only the core's answer counts (the range of years moves with the core). */
  readonly valid?: boolean;
  /** A rule the core checks that JSON Schema cannot state (ids unique across items). */
  readonly beyondJsonSchema?: boolean;
}

const fixtures = (name: Name): Fixture[] =>
  JSON.parse(readFileSync(path.join(__dirname, `fixtures/schema/${name}.json`), 'utf8'));

/** The core's check for each shape; each throws a OneOnOneError whose path `strip` makes relative. */
const core: Record<Name, { check: (value: unknown) => void; strip: RegExp }> = {
  agenda: { check: (value) => serializeAgenda(value as never), strip: /^agenda\.?/ },
  // serializeHistory reads every field of a record (the one the core writes and parseHistory reads back).
  'meeting-record': {
    check: (value) => serializeHistory([value as MeetingRecord]),
    strip: /^meetings\[0\]\.?/,
  },
  question: { check: (value) => createQuestionBank([value as never]), strip: /^questions\[0\]\.?/ },
};

// A plain standard validator in strict mode: no formats, no custom keywords.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validators = Object.fromEntries(names.map((name) => [name, ajv.compile(schemas[name])]));

/** `{ valid }` from the core, with the failing path (`items[1].pillar`) when it refuses. */
function coreVerdict(name: Name, value: unknown): { valid: boolean; path?: string } {
  try {
    core[name].check(value);
    return { valid: true };
  } catch (error) {
    if (!(error instanceof OneOnOneError)) throw error;
    return { valid: false, path: error.path.replace(core[name].strip, '') };
  }
}

/** An Ajv error's place in the core's notation: `/items/1/pillar` → `items[1].pillar`. */
function corePath({ instancePath, keyword, params }: ErrorObject): string {
  const pointer = keyword === 'required' ? `${instancePath}/${params['missingProperty']}` : instancePath;
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((at, part) => (/^\d+$/.test(part) ? `${at}[${part}]` : at ? `${at}.${part}` : part), '');
}

function ajvVerdict(name: Name, value: unknown): { valid: boolean; paths: string[] } {
  const validate = validators[name]!;
  const valid = validate(value);
  return { valid, paths: (validate.errors ?? []).map(corePath) };
}

/** Both validators agree on `value`; when they refuse it, Ajv names the field the core names (or its parent). */
function expectAgreement(name: Name, value: unknown, expected?: boolean): void {
  const fromCore = coreVerdict(name, value);
  const fromAjv = ajvVerdict(name, value);
  if (expected !== undefined) expect(fromCore.valid).toBe(expected);
  expect(fromAjv.valid).toBe(fromCore.valid);
  if (!fromCore.valid) {
    const at = fromCore.path!;
    expect(
      fromAjv.paths.some((p) => p === at || at.startsWith(`${p}.`) || at.startsWith(`${p}[`) || !p),
    ).toBe(true);
  }
}

describe.each(names)('the %s schema', (name) => {
  const cases = fixtures(name);

  it('is JSON Schema draft 2020-12 that a strict validator compiles', () => {
    expect(schemas[name]['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schemas[name])).toBe(true);
  });

  it.each(
    cases.filter((fixture) => !fixture.beyondJsonSchema).map((fixture) => [fixture.description, fixture]),
  )('agrees with the core: %s', (_, fixture) => expectAgreement(name, fixture.data, fixture.valid));

  it('agrees with the core on random changes to a valid value', () => {
    const base = cases.find((fixture) => fixture.valid)!.data;
    // Places to change: every property and array entry of the valid value, and a new property.
    const places: (string | number)[][] = [];
    const walk = (value: unknown, at: (string | number)[]) => {
      places.push(at);
      if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value))
          walk(inner, [...at, Array.isArray(value) ? Number(key) : key]);
    };
    walk(base, []);
    places.push(['extra'], ['items', 0, 'extra']);
    const interesting = fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      2 ** 53,
      '',
      ' ',
      '\u3000',
      'x',
      '2026-02-29',
      '2028-02-29',
      '2026-03-02',
      'present',
      'horizon',
      'feedback',
      'report',
      'manager',
      'topic',
      'next-step',
      'opener',
      [],
      ['x'],
      [''],
      {},
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...places),
        fc.oneof(interesting, fc.jsonValue({ maxDepth: 2 })),
        fc.boolean(),
        (at, replacement, remove) => {
          const value = structuredClone(base) as Record<string, unknown>;
          const parent = at.slice(0, -1).reduce<unknown>((inner, key) => (inner as never)?.[key], value);
          if (at.length === 0 || !parent || typeof parent !== 'object') return;
          const key = at.at(-1)!;
          if (remove) delete (parent as Record<string, unknown>)[key];
          else (parent as Record<string, unknown>)[key] = replacement;
          const items = Array.isArray(value['items']) ? (value['items'] as { id?: unknown }[]) : [];
          const ids = items.map((item) => item?.id);
          // Repeated ids across different items are the one rule JSON Schema cannot state (below).
          fc.pre(new Set(ids).size === ids.length);
          expectAgreement(name, value);
        },
      ),
      { numRuns: 1000, seed: 15 },
    );
  });

  it('uses only the regular-expression syntax every JSON Schema validator knows', () => {
    const patterns = JSON.stringify(schemas[name]).match(/"pattern":"(?:\\.|[^"\\])*"/g) ?? [];
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns)
      expect(JSON.parse(`{${pattern}}`).pattern).not.toMatch(/\\[dDsSwWbBpPuk]|\(\?/);
  });

  it('is written as a JSON file in plain ASCII that reads back as the same schema', () => {
    const file = toJsonFile(schemas[name]);
    expect(file).toMatch(/^[\x20-\x7e\n]*$/);
    expect(JSON.parse(file)).toEqual(schemas[name]);
  });
});

describe('what a schema cannot say', () => {
  it('repeated ids across different agenda items: the core refuses them, a schema validator cannot', () => {
    const [fixture] = fixtures('agenda').filter((entry) => entry.beyondJsonSchema);
    expect(coreVerdict('agenda', fixture!.data)).toEqual({ valid: false, path: 'items[1].id' });
    expect(ajvVerdict('agenda', fixture!.data).valid).toBe(true);
  });
});

describe('calendar dates', () => {
  const years = [
    '0000',
    '0001',
    '0004',
    '0100',
    '0400',
    '1900',
    '2000',
    '2024',
    '2026',
    '2100',
    '2400',
    '9999',
  ];
  const days = years.flatMap((year) =>
    Array.from({ length: 14 * 33 }, (_, index) => {
      const month = String(Math.floor(index / 33)).padStart(2, '0');
      return `${year}-${month}-${String(index % 33).padStart(2, '0')}`;
    }),
  );

  it('are refused and accepted alike for every month and day of leap, century and ordinary years', () => {
    const validate = validators['meeting-record']!;
    const accepted = days.filter((date) => {
      const valid = coreVerdict('meeting-record', { date, focus: 'present' }).valid;
      expect([date, validate({ date, focus: 'present' })]).toEqual([date, valid]);
      return valid;
    });
    // Leaving year 0000 to the core: 11 years of 365 days, plus 29 February in 0004, 0400, 2000, 2024, 2400.
    expect(accepted.filter((date) => !date.startsWith('0000'))).toHaveLength(11 * 365 + 5);
  });

  it('have a pattern for a range from year 0000 and one from 0001, each exact for every day', () => {
    // A real day of the proleptic Gregorian calendar survives a round trip through UTC arithmetic.
    const real = (date: string) =>
      new Date(new Date(0).setUTCFullYear(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8)))
        .toISOString()
        .slice(0, 10) === date;
    for (const firstYear of [0, 1] as const) {
      const pattern = new RegExp(calendarDatePattern(firstYear), 'u');
      const wrong = days.filter(
        (date) => pattern.test(date) !== (real(date) && +date.slice(0, 4) >= firstYear),
      );
      expect([firstYear, wrong]).toEqual([firstYear, []]);
    }
  });
});

describe('non-empty text', () => {
  it('means what String.prototype.trim leaves something of, for every UTF-16 code unit', () => {
    const pattern = new RegExp(
      (schemas.question['$defs'] as Record<string, { pattern: string }>)['nonEmptyText']!.pattern,
      'u',
    );
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (pattern.test(char) !== (char.trim() !== '')) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('agrees with the core on every white-space character as a question text', () => {
    const question = fixtures('question')[0]!.data as Record<string, unknown>;
    for (const text of [
      '\t',
      '\u000b',
      '\u0085',
      '\u00a0',
      '\u180e',
      '\u2007',
      '\u200b',
      '\u2028',
      '\u3000',
      '\ufeff',
      'x\u3000',
    ])
      expectAgreement('question', { ...question, text });
  });
});
