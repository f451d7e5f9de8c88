import { formatMessage } from 'one-on-one-kit/server-safe';

describe('formatMessage', () => {
  it('fills named placeholders and leaves text alone', () => {
    expect(formatMessage('Move “{text}” to {pillar}', { text: 'Career goals', pillar: 'The Horizon' })).toBe(
      'Move “Career goals” to The Horizon',
    );
    expect(formatMessage('Nothing here yet.')).toBe('Nothing here yet.');
    expect(formatMessage('')).toBe('');
  });

  it('picks plural forms by the locale’s rules, with exact matches first and # for the number', () => {
    const message = '{days, plural, =0 {today} one {# day ago} other {# days ago}}';
    expect(formatMessage(message, { days: 0 })).toBe('today');
    expect(formatMessage(message, { days: 1 })).toBe('1 day ago');
    expect(formatMessage(message, { days: 41 })).toBe('41 days ago');
    // Polish has "few" and "many": 2 and 5 take different forms.
    const polish = '{count, plural, one {# punkt} few {# punkty} many {# punktów} other {# punktu}}';
    expect(formatMessage(polish, { count: 2 }, 'pl')).toBe('2 punkty');
    expect(formatMessage(polish, { count: 5 }, 'pl')).toBe('5 punktów');
  });

  it('writes numbers the locale’s way', () => {
    expect(formatMessage('{count} of {total}', { count: 1200, total: 3000 }, 'de')).toBe('1.200 of 3.000');
    expect(formatMessage('{total, plural, other {# items}}', { total: 1200 }, 'en')).toBe('1,200 items');
  });

  it('selects by a value and nests placeholders inside a branch', () => {
    const message =
      '{who, select, you {You} named {{name}} other {They}} added {count} of {total, plural, one {# item} other {# items}}';
    expect(formatMessage(message, { who: 'named', name: 'Sam', count: 1, total: 3 })).toBe(
      'Sam added 1 of 3 items',
    );
    expect(formatMessage(message, { who: 'you', count: 1, total: 1 })).toBe('You added 1 of 1 item');
    expect(formatMessage(message, { who: 'unnamed', count: 0, total: 2 })).toBe('They added 0 of 2 items');
  });

  it('never throws on a malformed message, a missing value or an unknown locale', () => {
    expect(formatMessage('Dismiss {pattern', { pattern: 'x' })).toBe('Dismiss {pattern');
    expect(formatMessage('a } b')).toBe('a } b');
    expect(formatMessage('{n, plural, one {x}}', { n: 1 })).toBe('{n, plural, one {x}}');
    expect(formatMessage('{n, number}', { n: 1 })).toBe('{n, number}');
    expect(formatMessage('Hi {name}')).toBe('Hi {name}');
    expect(formatMessage('{n, plural, one {# x} other {# xs}}', { n: 2 }, 'not a locale!')).toBe('2 xs');
  });
});
