/**
 * The values a message's placeholders are filled from: `{ name: 'Sam', count: 1, total: 3 }`.
 *
 * @example
 * const values: MessageValues = { text: 'Career goals', pillar: 'The Horizon' };
 */
export type MessageValues = Readonly<Record<string, string | number | undefined>>;

// A parsed message: literal text, `{name}`, `#` (the number of the nearest plural), or a plural/select.
type Part = string | Pound | Argument | Choice;
interface Pound {
  readonly pound: true;
}
interface Argument {
  readonly name: string;
}
interface Choice {
  readonly name: string;
  readonly kind: 'plural' | 'select';
  readonly cases: ReadonlyMap<string, readonly Part[]>;
}

const POUND: Pound = { pound: true };
class Malformed extends Error {}

/**
 * Reads one message. The syntax is the common part of ICU MessageFormat: `{name}`,
 * `{count, plural, =0 {…} one {…} other {…}}` with `#` for the number, `{key, select, a {…} other {…}}`.
 */
function parse(source: string): readonly Part[] {
  let at = 0;

  const name = () => {
    const start = at;
    while (at < source.length && !',{}'.includes(source[at]!)) at += 1;
    return source.slice(start, at).trim();
  };
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at]!)) at += 1;
  };
  const expect = (char: string) => {
    if (source[at] !== char) throw new Malformed();
    at += 1;
  };

  const parts = (inPlural: boolean): Part[] => {
    const out: Part[] = [];
    let text = '';
    while (at < source.length && source[at] !== '}') {
      const char = source[at]!;
      if (char === '{') {
        if (text) out.push(text);
        text = '';
        out.push(placeholder(inPlural));
      } else if (char === '#' && inPlural) {
        if (text) out.push(text);
        text = '';
        out.push(POUND);
        at += 1;
      } else {
        text += char;
        at += 1;
      }
    }
    if (text) out.push(text);
    return out;
  };

  const placeholder = (inPlural: boolean): Part => {
    expect('{');
    const argument = name();
    if (argument === '') throw new Malformed();
    if (source[at] === '}') {
      at += 1;
      return { name: argument };
    }
    expect(',');
    const kind = name();
    if (kind !== 'plural' && kind !== 'select') throw new Malformed();
    expect(',');
    const cases = new Map<string, readonly Part[]>();
    skipSpace();
    while (at < source.length && source[at] !== '}') {
      const start = at;
      while (at < source.length && !/[\s{}]/.test(source[at]!)) at += 1;
      const key = source.slice(start, at);
      skipSpace();
      expect('{');
      cases.set(key, parts(kind === 'plural' || inPlural));
      expect('}');
      skipSpace();
    }
    expect('}');
    if (!cases.has('other')) throw new Malformed();
    return { name: argument, kind, cases };
  };

  try {
    const out = parts(false);
    if (at !== source.length) throw new Malformed();
    return out;
  } catch (error) {
    // A message that does not parse is shown as written, so a typo never breaks a page.
    if (error instanceof Malformed) return [source];
    throw error;
  }
}

const parsed = new Map<string, readonly Part[]>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

// An unknown locale tag falls back to English instead of throwing during render.
function withLocale<T>(create: (locale: string) => T, locale: string): T {
  try {
    return create(locale);
  } catch {
    return create('en');
  }
}

function show(value: string | number, locale: string) {
  if (typeof value !== 'number') return value;
  return cached(numberFormats, locale, () => withLocale((tag) => new Intl.NumberFormat(tag), locale)).format(
    value,
  );
}

function render(parts: readonly Part[], values: MessageValues, locale: string, count: number | undefined) {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if ('pound' in part) out += count === undefined ? '#' : show(count, locale);
    else if (!('kind' in part)) {
      const value = values[part.name];
      out += value === undefined ? `{${part.name}}` : show(value, locale);
    } else if (part.kind === 'select') {
      const key = String(values[part.name]);
      out += render(part.cases.get(key) ?? part.cases.get('other')!, values, locale, count);
    } else {
      const number = Number(values[part.name]);
      const rules = cached(pluralRules, locale, () => withLocale((tag) => new Intl.PluralRules(tag), locale));
      const category = rules.select(number);
      const chosen = part.cases.get(`=${number}`) ?? part.cases.get(category) ?? part.cases.get('other')!;
      out += render(chosen, values, locale, number);
    }
  }
  return out;
}

/**
 * Fills a message's placeholders: `{name}` takes a value (numbers are written the locale's way),
 * `{count, plural, one {# item} other {# items}}` picks the locale's plural form (`=0 {…}` for an exact
 * number, `#` for the number), `{viewer, select, manager {…} other {…}}` picks by a value. It is the
 * common part of ICU MessageFormat, so translation tools read it. A placeholder without a value is
 * left as written; a message that does not parse is returned unchanged. Pure, and safe on a server.
 *
 * @example
 * formatMessage('{name} added {count} of {total, plural, one {# item} other {# items}}', {
 *   name: 'Sam', count: 1, total: 3,
 * }); // 'Sam added 1 of 3 items'
 */
export function formatMessage(message: string, values: MessageValues = {}, locale = 'en'): string {
  const parts = cached(parsed, message, () => parse(message));
  return parts.length === 1 && typeof parts[0] === 'string'
    ? parts[0]
    : render(parts, values, locale, undefined);
}
