// Each failure the first fuzzing of the packed package found, reproduced with the call that found it.
// The numbers follow the report; the clash of custom detector rules (6) is the detector's own work.
import {
  englishRules,
  addDays,
  agendaOwnership,
  agendaReducer,
  carryOver,
  createAgenda,
  createQuestionBank,
  describeFocusReason,
  detectAntiPatterns,
  detectMeetingSignals,
  nextFocus,
  OneOnOneError,
  parseAgenda,
  planCadence,
  serializeAgenda,
  type Agenda,
  type AgendaItem,
  type FocusReason,
  type OneOnOneErrorCode,
} from 'one-on-one-kit/core';
import { expectError } from './expect-error';

function caught(run: () => unknown): OneOnOneError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OneOnOneError);
    return error as OneOnOneError;
  }
  throw new Error('Expected a OneOnOneError, but nothing was thrown');
}

describe('1. describeFocusReason checks the reason it is given', () => {
  it('refuses null and an empty object instead of writing "undefined … every NaN week"', () => {
    expectError(() => describeFocusReason(null as never), 'invalid-options', 'why');
    expectError(() => describeFocusReason({} as never), 'invalid-options', 'why.kind');
  });

  it('names the field that is wrong', () => {
    const why: FocusReason = {
      kind: 'due',
      pillar: 'horizon',
      lastDate: '2026-01-19',
      daysSince: 43,
      everyDays: 42,
    };
    expect(describeFocusReason(why)).toBe(
      'The Horizon was last discussed 43 days ago; it comes up about every 6 weeks.',
    );
    expectError(() => describeFocusReason({ ...why, everyDays: NaN }), 'invalid-options', 'why.everyDays');
    expectError(
      () => describeFocusReason({ ...why, lastDate: '2026-02-30' }),
      'invalid-date',
      'why.lastDate',
    );
    expectError(
      () => describeFocusReason({ ...why, next: { pillar: 'present', dueOn: '2026-03-02' } }),
      'invalid-options',
      'why.next',
    );
    expectError(() => describeFocusReason({ ...why, kind: 'nothing-due' }), 'invalid-options', 'why.next');
  });
});

describe('2. addDays checks days', () => {
  it.each<[unknown]>([[NaN], [[{}]], [1e9], [7n], [Symbol('days')], ['1'], [null], [1.5]])(
    'refuses %s',
    (days) => expectError(() => addDays('2026-01-01', days as number), 'invalid-options', 'days'),
  );
});

describe('3. calendar dates stay YYYY-MM-DD within years 0001–9999', () => {
  it('refuses to step past the range instead of writing "+010000-01"', () => {
    expectError(() => addDays('9999-12-31', 1), 'invalid-date', 'days');
    expectError(() => addDays('0001-01-01', -1), 'invalid-date', 'days');
  });

  it('refuses a focus decision whose due dates would leave the range', () => {
    expectError(() => nextFocus([], '9999-12-31'), 'invalid-date', 'on');
    expectError(
      () =>
        nextFocus([{ date: '0001-01-01', focus: 'present' }], '0001-01-02', {
          meetingEveryDays: 366,
          nearFutureEveryDays: 1,
        }),
      'invalid-date',
      'on',
    );
    expectError(() => planCadence([], { from: '9999-12-01', count: 1 }), 'invalid-date', 'plan.from');
    // Inside the range, every date the decision holds is a calendar date.
    const dates = nextFocus([], '9999-10-01').due.map((status) => status.dueOn);
    expect(dates).toEqual(['9999-10-05', '9999-10-26', '9999-11-09']);
  });
});

describe('4. whatever carryOver returns, parseAgenda reads back', () => {
  it('stops the carried-over count at the largest safe integer', () => {
    const agenda = parseAgenda({
      version: 1,
      meetingDate: '2026-03-02',
      items: [
        {
          id: 'a',
          text: 'Still open',
          pillar: null,
          author: 'report',
          done: false,
          carriedOver: Number.MAX_SAFE_INTEGER,
          kind: 'topic',
        },
      ],
    });
    const next = carryOver(agenda, '2026-03-09');
    expect(next.items[0]?.carriedOver).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseAgenda(serializeAgenda(next))).toEqual(next);
  });
});

describe('5. detectMeetingSignals checks on and cadence without a history too', () => {
  const agenda = createAgenda('2026-03-02');
  it('refuses an impossible date and a NaN interval', () => {
    expectError(() => detectMeetingSignals({ agenda, on: '2026-02-30' }), 'invalid-date', 'input.on');
    expectError(
      () => detectMeetingSignals({ agenda, cadence: { horizonEveryDays: NaN } }),
      'invalid-options',
      'input.cadence.horizonEveryDays',
    );
    expectError(() => detectMeetingSignals({ agenda: [] as never }), 'invalid-agenda', 'input.agenda');
  });
});

describe('7. a million bad entries are refused quickly, naming the first few and counting all', () => {
  function expectBounded(run: () => unknown, code: OneOnOneErrorCode, first: string, total: number) {
    const started = performance.now();
    const error = caught(run);
    const elapsed = performance.now() - started;
    expect(error.code).toBe(code);
    expect(error.path).toBe(first);
    expect(error.issues).toHaveLength(10);
    expect(error.message).toContain(`(and ${total - 1} more)`);
    // It took 5–26 s when every missing entry cost an error object; now about 0.1 s.
    expect(elapsed).toBeLessThan(3_000);
  }

  it('in a question bank', () => {
    expectBounded(
      () => createQuestionBank(new Array(1_000_000)),
      'invalid-question-bank',
      'questions[0]',
      1_000_000,
    );
  });

  it('in an agenda, read or created', () => {
    const items = new Array(1_000_000);
    expectBounded(
      () => parseAgenda({ version: 1, meetingDate: '2026-03-02', items }),
      'invalid-agenda',
      'items[0]',
      1_000_000,
    );
    expectBounded(() => createAgenda('2026-03-02', items), 'invalid-items', 'items[0]', 1_000_000);
  });

  it('refuses a list longer than a million entries before reading it', () => {
    const error = caught(() => createQuestionBank(new Array(2 ** 32 - 1)));
    expect(error).toMatchObject({ code: 'invalid-question-bank', path: 'questions' });
    expect(error.issues).toHaveLength(1);
  });

  it('takes time in proportion to the entries', () => {
    // The fastest of three runs of each size, so a busy machine does not decide the outcome.
    const fastest = (size: number) => {
      const questions = Array.from({ length: size }, () => ({
        id: 'same',
        text: '',
        pillar: 'soon',
        themes: [],
      }));
      return Math.min(
        ...[0, 1, 2].map(() => {
          const started = performance.now();
          caught(() => createQuestionBank(questions as never));
          return performance.now() - started;
        }),
      );
    };
    // Linear work quadruples; quadratic work would grow sixteenfold every time. A burst of other work
    // on a shared machine can skew one measurement, so it is taken up to three times.
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio >= 9; attempt++) ratio = fastest(200_000) / fastest(50_000);
    expect(ratio).toBeLessThan(9);
  });
});

describe('8. OneOnOneError checks its own arguments', () => {
  it.each<[string, unknown[]]>([
    ['a symbol as the message', ['invalid-date', Symbol('message')]],
    ['a null-prototype object as the message', ['invalid-date', Object.create(null)]],
    ['an unknown code', ['broken', 'message']],
    ['a path that is not text', ['invalid-date', 'message', 42]],
    ['issues that are not { path, message }', ['invalid-date', 'message', 'on', [null]]],
  ])('refuses %s with a OneOnOneError, not a TypeError', (_, args) => {
    const Constructor = OneOnOneError as unknown as new (...args: unknown[]) => OneOnOneError;
    expect(caught(() => new Constructor(...args)).code).toBe('invalid-options');
  });

  it('still builds an error from good arguments', () => {
    const error = new OneOnOneError('invalid-date', 'Expected a date', 'on');
    expect(error).toMatchObject({ code: 'invalid-date', path: 'on', message: 'on: Expected a date' });
    expect(error.issues).toEqual([{ path: 'on', message: 'Expected a date' }]);
  });
});

describe('9. an agenda the core returned cannot be changed in place', () => {
  it('is frozen, items and all, and still reads back after an attempt', () => {
    const agenda = createAgenda('2026-03-02', [{ text: 'Career path', author: 'report' }]);
    expect(() => (agenda.items as AgendaItem[]).push(null as never)).toThrow(TypeError);
    expect(() => ((agenda.items[0] as { text: string }).text = '')).toThrow(TypeError);
    expect(agendaOwnership(agenda)).toEqual({ report: 1, manager: 0, reportShare: 1 });
    expect(parseAgenda(serializeAgenda(agenda))).toEqual(agenda);
  });

  it('checks a host’s own agenda every time, so a change to it is caught, not trusted', () => {
    const plain = JSON.parse(serializeAgenda(createAgenda('2026-03-02', [{ text: 'A', author: 'report' }])));
    const next = agendaReducer(plain as Agenda, { type: 'add', text: 'B', author: 'manager' });
    plain.items.push(null);
    expectError(() => agendaOwnership(plain), 'invalid-agenda', 'agenda.items[1]');
    // What the core returned is its own frozen copy: the host's change did not reach it.
    expect(next.items.map((item) => item.text)).toEqual(['A', 'B']);
    expect(Object.isFrozen(next.items[0])).toBe(true);
  });
});

describe('detector inputs the fuzz suite found (fixed at the boundary, or in one line)', () => {
  it('refuses holes in extra terms instead of throwing a TypeError', () => {
    // eslint-disable-next-line no-sparse-arrays
    const extraTerms = { 'status-update': [, 'Linear'] as string[] };
    expectError(
      () => detectAntiPatterns([], { extraTerms }),
      'invalid-options',
      'options.extraTerms.status-update[0]',
    );
  });

  it('reads a text with more heavy words than a call takes arguments', () => {
    // Overflowed the stack in the step that names a finding's heaviest words.
    const findings = detectAntiPatterns([{ id: 'a', text: 'ETA '.repeat(150_000) }]);
    expect(findings.map((finding) => finding.pattern)).toContain('status-update');
  });

  it('refuses custom rules that outgrow the engine, as options', () => {
    // Twelve slots of ten words each would expand into 10^12 word sequences.
    const slot = Array.from({ length: 10 }, (_, index) => `w${index}`).join('|');
    const huge = Array.from({ length: 12 }, () => slot).join(' ');
    const rules = { ...englishRules, phrases: { ...englishRules.phrases, huge } };
    expectError(
      () => detectAntiPatterns([{ id: 'a', text: 'w1' }], { rules }),
      'invalid-options',
      'options.rules.phrases.huge',
    );
  });
});
