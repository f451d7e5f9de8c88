// The building blocks of the kit's JSON Schemas (draft 2020-12). They mirror the core's validation
// rule for rule; test/core/schema.test.ts runs shared fixtures through both and they must agree.
// Patterns keep to the portable subset JSON Schema recommends (no `\d`, `\s`, look-arounds or
// `(?:`), so validators in other languages read them as Ajv does.
import { isIsoDate } from '../core/dates';

/** A JSON Schema document or subschema, as plain JSON. */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
}

export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The pillar ids, as the core's `PILLAR_IDS`. */
export const PILLAR_IDS = ['present', 'near-future', 'horizon'] as const;

/**
 * The pattern of a calendar date from year `firstYear` (0 or 1) to 9999: `YYYY-MM-DD`, only days
 * that exist (29 February in leap years: every fourth year, centuries only every fourth).
 */
export function calendarDatePattern(firstYear: 0 | 1): string {
  const year = firstYear ? '([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})' : '[0-9]{4}';
  // Year 0000 is a leap year in the calendar the core counts with; from 0001 the first is 0400.
  const leapCentury = `(${firstYear ? '0[48]' : '[02468][048]'}|[2468][048]|[13579][26])00`;
  const leapYear = `([0-9]{2}(0[48]|[2468][048]|[13579][26])|${leapCentury})`;
  const monthDay =
    '((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))';
  return `^(${year}-${monthDay}|${leapYear}-02-29)$`;
}

/**
 * A calendar date as the core checks it: `YYYY-MM-DD`, a day that exists (2026-02-30 and
 * 2026-02-29 do not; 2028-02-29 does). The pattern says so by itself: no `format` (draft 2020-12
 * leaves formats unchecked by default, and Ajv in strict mode refuses a format it was not given).
 * The first year is the core's own: asked, not copied, so the schema follows when the range moves.
 */
export const calendarDate: JsonSchema = {
  type: 'string',
  description:
    'A calendar date written YYYY-MM-DD (an RFC 3339 full-date), with no time and no zone. Only days that exist: the pattern itself refuses 2026-02-30, and 2026-02-29 but not 2028-02-29.',
  pattern: calendarDatePattern(isIsoDate('0000-01-01') ? 0 : 1),
  // Some engines let `$` match before a final line break; the length rules that out.
  maxLength: 10,
};

// What JavaScript's String.prototype.trim removes: text made only of these is empty to the core.
const WHITESPACE =
  '\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Text with something besides white space in it, as the core's non-empty text checks. */
export const nonEmptyText: JsonSchema = {
  type: 'string',
  description: 'Text with at least one character that is not white space.',
  pattern: `[^${WHITESPACE}]`,
};

/** A field the TypeScript type requires, or one it leaves optional. */
interface Field<Required extends boolean> {
  readonly schema: JsonSchema;
  readonly required: Required;
}

export const required = (schema: JsonSchema): Field<true> => ({ schema, required: true });
export const optional = (schema: JsonSchema): Field<false> => ({ schema, required: false });

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/**
 * One field per property of the TypeScript type `T`, required exactly where `T` requires it: when
 * the type gains, loses or changes a property, the schema stops compiling until it follows.
 */
export type Fields<T> = { readonly [K in keyof T]-?: Field<K extends RequiredKeys<T> ? true : false> };

/**
 * An object schema from typed fields. Unknown properties are allowed, as the core ignores them
 * (`parseAgenda` drops them).
 */
export function objectOf<T>(annotations: JsonSchema, fields: Fields<T>): JsonSchema {
  const entries = Object.entries(fields) as [string, Field<boolean>][];
  return {
    ...annotations,
    type: 'object',
    required: entries.filter(([, field]) => field.required).map(([name]) => name),
    properties: Object.fromEntries(entries.map(([name, field]) => [name, field.schema])),
  };
}

/**
 * A schema as the JSON file the package ships: two-space indents, and every character outside
 * ASCII written as a `\uXXXX` escape, so the file reads the same in any editor and the patterns
 * hold plain characters (no regular-expression escapes an engine might not know).
 */
export function toJsonFile(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}\n`;
}
