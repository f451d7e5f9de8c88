import fc from 'fast-check';
import {
  ANTI_PATTERN_IDS,
  ANTI_PATTERNS,
  detectAntiPatterns,
  englishRules,
  OneOnOneError,
  type AntiPatternFinding,
  type AntiPatternRuleSet,
  type DetectAntiPatternsOptions,
} from 'one-on-one-kit/core';
import { expectError } from './expect-error';
import { holdoutAgendaItems } from './fixtures/agenda-items.holdout';
import { labelledAgendaItems } from './fixtures/agenda-items.labelled';
import { expectValidSpans } from './anti-patterns.spans';

const detectOne = (text: string, options?: DetectAntiPatternsOptions) =>
  detectAntiPatterns([{ id: 'item', text }], options);
const patternsOf = (text: string, options?: DetectAntiPatternsOptions) =>
  detectOne(text, options).map((finding) => finding.pattern);
const evidenceOf = (text: string, options?: DetectAntiPatternsOptions) =>
  detectOne(text, options).flatMap((finding) => finding.evidence.map((span) => span.text));

// A small hand-written rule set: every weight is chosen here, so each test reads its own arithmetic.
const unweighted = { bias: -2, words: '' };
const handRules = (overrides: Partial<AntiPatternRuleSet> = {}): AntiPatternRuleSet => ({
  ...englishRules,
  classes: {},
  phrases: {},
  weights: {
    'status-update': unweighted,
    'technical-deep-dive': unweighted,
    'stealth-performance-review': unweighted,
  },
  ...overrides,
});

describe('detectAntiPatterns', () => {
  it('lists the three anti-patterns, from the one list of ids, with what they are and why they hurt', () => {
    expect(ANTI_PATTERN_IDS).toEqual(['status-update', 'technical-deep-dive', 'stealth-performance-review']);
    expect(ANTI_PATTERNS.map((pattern) => pattern.id)).toEqual(ANTI_PATTERN_IDS);
    for (const pattern of ANTI_PATTERNS) {
      expect(pattern.title.length).toBeGreaterThan(3);
      expect(pattern.what.length).toBeGreaterThan(20);
      expect(pattern.why.length).toBeGreaterThan(20);
    }
  });

  it('leaves growth, learning and feeling talk alone even when it uses risky words', () => {
    const healthy = [
      'I want to grow into an architect role',
      'learning about performance engineering',
      'feedback on my code review style',
      'stressed about the deadline',
      "I'd like to mentor juniors on debugging",
      'career path toward staff engineer',
      "I think I'm underperforming and it's stressing me",
      'Am I underperforming?',
      "I'd like honest feedback on my performance",
      "I'm worried my code quality is slipping",
      'How are you really doing?',
      'How do I come across in design reviews?',
    ];
    expect(detectAntiPatterns(healthy.map((text, index) => ({ id: String(index), text })))).toEqual([]);
  });

  it.each([
    ['walk through the diff', 'technical-deep-dive'],
    ['why did your velocity drop', 'stealth-performance-review'],
    ['ETA for the billing feature', 'status-update'],
    ['PAY-1234 status', 'status-update'],
    ['go over your tickets', 'status-update'],
    ['debug the flaky CI test together', 'technical-deep-dive'],
    ['review the schema migration PR', 'technical-deep-dive'],
    ['your output has been below expectations', 'stealth-performance-review'],
    ['missed the deadline again', 'stealth-performance-review'],
    ["I've noticed you've been quieter in standups lately", 'stealth-performance-review'],
    ["People have mentioned you're hard to reach", 'stealth-performance-review'],
    ['Your peers are shipping twice as much', 'stealth-performance-review'],
    ['Honestly, that outage is on you', 'stealth-performance-review'],
    ['Any news on the vendor contract?', 'status-update'],
    ['Status: vendor onboarding', 'status-update'],
    ["Let's go ticket by ticket through the board", 'status-update'],
    ['is the leaflet done?', 'status-update'],
    ["Let's whiteboard the queue consumer design", 'technical-deep-dive'],
    ['Screen-share and go through the failing test line by line', 'technical-deep-dive'],
    ['Redux or Zustand for the settings page state?', 'technical-deep-dive'],
  ])('flags "%s" as %s', (text, pattern) => {
    expect(patternsOf(text)).toContain(pattern);
  });

  it('gives one finding per item and pattern with every span that fired, and a reframe', () => {
    const findings = detectOne('PAY-12 and PAY-13 status, then walk me through the diff');
    expect(findings.map((finding) => finding.pattern)).toEqual(['status-update', 'technical-deep-dive']);
    const [status, technical] = findings as [AntiPatternFinding, AntiPatternFinding];
    expect(status.evidence.map((span) => span.text)).toEqual(['PAY-12', 'PAY-13 status']);
    expect(technical.evidence.map((span) => span.text)).toEqual(['walk me through']);
    expect(status.itemId).toBe('item');
    expect(status.suggestion).toMatch(/standup/);
    expect(technical.suggestion).toMatch(/pairing|design session/);
    expect(detectOne('your output has been below expectations')[0]?.suggestion).toMatch(/support they need/);
  });

  it('reports findings in item order, then pattern order', () => {
    const findings = detectAntiPatterns([
      { id: 'a', text: 'How are you, really?' },
      { id: 'b', text: 'debug the flaky CI test together' },
      { id: 'c', text: 'ETA for search, and why did your velocity drop' },
    ]);
    expect(findings.map((finding) => `${finding.itemId}:${finding.pattern}`)).toEqual([
      'b:technical-deep-dive',
      'c:status-update',
      'c:stealth-performance-review',
    ]);
  });

  it('gives valid, sorted, non-overlapping evidence spans for every finding in both sets', () => {
    for (const set of [labelledAgendaItems, holdoutAgendaItems]) {
      const items = set.map(([text], index) => ({ id: `i${index}`, text }));
      const findings = detectAntiPatterns(items);
      expect(findings.length).toBeGreaterThan(set.length / 3);
      expectValidSpans(findings, new Map(items.map((item) => [item.id, item.text])));
    }
  });

  it('lets a negation cancel the words right after it, past filler words', () => {
    expect(patternsOf('not a status update, I want to talk about burnout')).toEqual([]);
    expect(patternsOf('Rather than ticket status, can we talk career?')).toEqual([]);
    expect(patternsOf("Don't want this to become a status meeting")).toEqual([]);
    // A negation further away, or about something else, does not cancel.
    expect(patternsOf('No idea why, but what is the ETA for search?')).toEqual(['status-update']);
    expect(patternsOf('status update on PAY-9, not urgent')).toEqual(['status-update']);
  });

  it('recognises ticket ids, and not look-alikes', () => {
    expect(evidenceOf('PAY-1234 please')).toEqual(['PAY-1234']);
    expect(evidenceOf('JIRA-12 and #482')).toEqual(['JIRA-12', '#482']);
    expect(patternsOf('PR #981 still open after 2 wks??')).toEqual(['status-update']);
    expect(patternsOf('Covid-19 made Q3-2025 hard on me')).toEqual([]);
    expect(patternsOf('you handled the SEV-1 really calmly, thanks')).toEqual([]);
    expect(patternsOf('my #1 priority is growth')).toEqual([]);
  });

  it('reads words however they are typed: case, inflections, "thru", missing apostrophes', () => {
    const cased = ['walk through the diff', 'Walked through the diff', 'WALKING THROUGH THE DIFF'].map(
      (text) =>
        detectOne(text).map((finding) => [
          finding.pattern,
          finding.evidence.map((span) => span.text.toLowerCase()),
        ]),
    );
    expect(cased[0]).toContainEqual(['technical-deep-dive', ['walk through']]);
    for (const other of cased)
      expect(other.map(([pattern]) => pattern)).toEqual(cased[0]?.map(([pattern]) => pattern));
    expect(cased[2]).toContainEqual(['technical-deep-dive', ['walking through']]);
    expect(evidenceOf('walks me thru the schema')).toEqual(['walks me thru', 'schema']);
    expect(patternsOf('Eta for search')).toEqual(['status-update']);
    expect(patternsOf("why haven't you closed it")).toEqual(['stealth-performance-review']);
    expect(patternsOf('why havent you closed it')).toEqual(['stealth-performance-review']);
    expect(patternsOf('why haven’t you closed it')).toEqual(['stealth-performance-review']);
    expect(patternsOf("You’re always late and your perf isn't there")).toEqual([
      'stealth-performance-review',
    ]);
  });

  it('keeps spans exact in text with accents, emoji and other scripts', () => {
    const text = '🔥🔥 Café crew: ETA für 🚀 launch? 日本語 ✅';
    const findings = detectOne(text);
    expect(findings.map((finding) => finding.pattern)).toEqual(['status-update']);
    expectValidSpans(findings, new Map([['item', text]]));
    expect(findings[0]?.evidence[0]).toEqual({
      start: text.indexOf('ETA'),
      end: text.indexOf('ETA') + 3,
      text: 'ETA',
    });
  });

  it('returns nothing for empty items or empty text', () => {
    expect(detectAntiPatterns([])).toEqual([]);
    expect(
      detectAntiPatterns([
        { id: 'a', text: '' },
        { id: 'b', text: '   \n ' },
        { id: 'c', text: '🚀🚀 ✅ …' },
      ]),
    ).toEqual([]);
  });

  it('weighs a long text a few sentences at a time, not summed whole', () => {
    const healthy = 'I feel good about my growth and my career this year. ';
    const technical = 'Should the cache be LRU or LFU? Debug the flaky test together.';
    expect(patternsOf(`${healthy.repeat(50)}${technical}`)).toEqual(['technical-deep-dive']);
    expect(patternsOf(healthy.repeat(50))).toEqual([]);
  });

  it('does not mutate its input', () => {
    const items = Object.freeze([Object.freeze({ id: 'a', text: 'ETA for search' })]);
    const options = Object.freeze({
      extraTerms: Object.freeze({ 'status-update': Object.freeze(['ACME-']) }),
    });
    expect(() => detectAntiPatterns(items, options)).not.toThrow();
    expect(items).toEqual([{ id: 'a', text: 'ETA for search' }]);
  });

  describe('rules', () => {
    it('weighs stems, classes, phrases, tickets, numbers and question marks as written', () => {
      const rules = handRules({
        classes: { state: 'done ready shipped' },
        phrases: { 'go-over': 'go|walk over|through [the|your] ticket|board' },
        weights: {
          'status-update': { bias: -2, words: '1:@state,0,? 2:+go-over,# 0.5:ticket' },
          'technical-deep-dive': unweighted,
          'stealth-performance-review': unweighted,
        },
      });
      const found = (text: string) => patternsOf(text, { rules });
      expect(found('Is it shipped?')).toEqual([]); // -2 + 1 (@state) + 1 (?) = 0: not past 0
      expect(found('Are 3 of them done?')).toEqual(['status-update']); // + a number
      expect(found('walked through your tickets')).toEqual(['status-update']);
      expect(found('PAY-7')).toEqual([]);
      expect(found('PAY-7 ready')).toEqual(['status-update']);
      expect(evidenceOf('walked through your tickets', { rules })).toEqual(['walked through your tickets']);
    });

    it('weighs a word pair only where its two words stand next to each other, and shows both', () => {
      const rules = handRules({
        weights: {
          'status-update': { bias: -1, words: '2:your_ticket 1.5:#_statu' },
          'technical-deep-dive': unweighted,
          'stealth-performance-review': unweighted,
        },
      });
      const found = (text: string) => patternsOf(text, { rules });
      expect(found('go over your tickets')).toEqual(['status-update']);
      expect(found('Your Tickets?')).toEqual(['status-update']);
      expect(found('your old tickets')).toEqual([]);
      expect(found('tickets: your call')).toEqual([]);
      expect(found('your. Tickets')).toEqual([]);
      expect(found('not your tickets')).toEqual([]); // a negation reaches the pair's first word
      expect(found('PAY-7 status')).toEqual(['status-update']);
      expect(evidenceOf('go over your tickets', { rules })).toEqual(['your tickets']);
      // The English weights have pairs too: the fit reads every pair seen in 13 items or more.
      expect(englishRules.weights['status-update'].words).toMatch(/[:,]your_ticket[, ]/);
    });

    it('reads phrase syntax: alternatives, optional words, classes, any word, several sequences', () => {
      const rules = handRules({
        classes: { verdict: 'late sloppy' },
        phrases: {
          cue: 'your [own] * @verdict, one by one, is it #, how many 0 ?',
        },
        weights: {
          'status-update': { bias: -1, words: '2:+cue' },
          'technical-deep-dive': unweighted,
          'stealth-performance-review': unweighted,
        },
      });
      for (const text of [
        'your own report sloppy',
        'your report late',
        'one by one',
        'is it PAY-1',
        'how many 4?',
      ]) {
        expect(patternsOf(text, { rules })).toEqual(['status-update']);
      }
      for (const text of ['your late', 'one by two', 'is it', 'how many 4', 'how many ?']) {
        expect(patternsOf(text, { rules })).toEqual([]);
      }
    });

    it('takes another language as a rule set of the same shape, weights written by hand', () => {
      const german: AntiPatternRuleSet = {
        words: { aliases: 'ggf=gegebenenfalls', endings: 'en e s', stemLength: 8 },
        classes: { stand: 'ticketstatus stand' },
        phrases: { 'code-review': 'code review', 'deine-leistung': 'deine leistung' },
        negations: 'kein, keine, nicht',
        reach: 2,
        fillers: 'der die das',
        breaks: 'aber',
        weights: {
          'status-update': { bias: -1, words: '2:@stand' },
          'technical-deep-dive': { bias: -1, words: '2:+code-review' },
          'stealth-performance-review': { bias: -1, words: '3:+deine-leistung 2:pip' },
        },
        suggestions: {
          'status-update': 'Status ins Standup.',
          'technical-deep-dive': 'Eigene Pairing-Session.',
          'stealth-performance-review': 'Bewertung ins Review.',
        },
      };
      const findings = detectAntiPatterns(
        [
          { id: 'a', text: 'Ticketstatus und Code-Review' },
          { id: 'b', text: 'Deine Leistungen im Quartal' },
          { id: 'c', text: 'Keine Ticketstatus heute' },
          { id: 'd', text: 'ETA for search' },
        ],
        { rules: german },
      );
      expect(findings.map((finding) => `${finding.itemId}:${finding.pattern}:${finding.suggestion}`)).toEqual(
        [
          'a:status-update:Status ins Standup.',
          'a:technical-deep-dive:Eigene Pairing-Session.',
          'b:stealth-performance-review:Bewertung ins Review.',
        ],
      );
    });

    it('lets a hand-written bias fire alone, naming the whole unit', () => {
      const rules = handRules({
        weights: {
          'status-update': { bias: 1, words: '' },
          'technical-deep-dive': unweighted,
          'stealth-performance-review': unweighted,
        },
      });
      expect(detectOne('hello there', { rules })[0]?.evidence).toEqual([
        { start: 0, end: 11, text: 'hello there' },
      ]);
    });

    it('refuses rules whose parts are each well-formed but clash or name what is not there', () => {
      // Nothing in a rule set is a regular expression, so nothing is joined into one: what used to
      // clash once joined (two groups named alike, a back-reference) is now just not a word.
      const base = handRules().weights;
      const cases: [string, AntiPatternRuleSet][] = [
        ['options.rules.phrases.a', handRules({ phrases: { a: '@missing word' } })],
        ['options.rules.phrases.a ', handRules({ phrases: { b: 'b', 'a ': 'c' } })],
        [
          'options.rules.weights.status-update.words',
          handRules({ weights: { ...base, 'status-update': { bias: 0, words: '1:+nowhere' } } }),
        ],
        ['options.rules.phrases.a', handRules({ phrases: { a: '(a)|\\1' } })],
        ['options.rules.phrases.b', handRules({ phrases: { a: 'a', b: '(?<n>b)' } })],
        ['options.rules.negations', handRules({ negations: '[not]' })],
        [
          'options.rules.words.aliases',
          handRules({ words: { aliases: 'a=b=c', endings: '', stemLength: 3 } }),
        ],
      ];
      for (const [path, rules] of cases)
        expectError(() => detectOne('a b c', { rules }), 'invalid-options', path);
      // A class and a phrase may share a name: `@x` and `+x` are told apart.
      const shared = handRules({
        classes: { x: 'alpha' },
        phrases: { x: '@x beta' },
        weights: { ...base, 'status-update': { bias: -1, words: '2:+x' } },
      });
      expect(patternsOf('alpha beta', { rules: shared })).toEqual(['status-update']);
    });
  });

  describe('options', () => {
    it('turns patterns off', () => {
      const text = 'ETA for search, and why did your velocity drop';
      expect(patternsOf(text, { patterns: { 'status-update': false } })).toEqual([
        'stealth-performance-review',
      ]);
      expect(
        patternsOf(text, { patterns: { 'stealth-performance-review': false, 'status-update': true } }),
      ).toEqual(['status-update']);
    });

    it("adds a host's ticket prefixes and tool names as plain text", () => {
      expect(patternsOf('acme-77 please')).toEqual([]);
      const options = {
        extraTerms: {
          'status-update': ['acme-', 'Shortcut board'],
          'technical-deep-dive': ['Sentry', 'GH#'],
        },
      };
      expect(evidenceOf('ACME-77 and acme-78 please', options)).toEqual(['ACME-77', 'acme-78']);
      expect(patternsOf('look at the Shortcut boards', options)).toContain('status-update');
      expect(patternsOf('Sentry issue from prod (a+b)', options)).toContain('technical-deep-dive');
      expect(patternsOf('see GH#12', options)).toContain('technical-deep-dive');
      expect(patternsOf('a (c+d) thing', { extraTerms: { 'technical-deep-dive': ['(c+d)'] } })).toEqual([
        'technical-deep-dive',
      ]);
      // A negation reaches a host's term like any other word.
      expect(patternsOf('not Sentry, I want to talk about my week', options)).toEqual([]);
    });

    it('keeps finding every term when a host adds thousands', () => {
      const terms = Array.from({ length: 3000 }, (_, index) => `tool${index}x`);
      const options = { extraTerms: { 'technical-deep-dive': terms } };
      expect(patternsOf('tool0x is down', options)).toContain('technical-deep-dive');
      expect(patternsOf('the tool2999x config again', options)).toContain('technical-deep-dive');
      expect(patternsOf('debug the flaky CI test together', options)).toEqual(['technical-deep-dive']);
      expect(patternsOf('ETA for the billing feature', options)).toEqual(['status-update']);
      expect(patternsOf('I want to grow into an architect role', options)).toEqual([]);
    });

    it('replaces a suggestion', () => {
      const options = { suggestions: { 'status-update': 'Check the board together after the meeting.' } };
      expect(detectOne('ETA for search', options)[0]?.suggestion).toBe(
        'Check the board together after the meeting.',
      );
      expect(detectOne('debug the flaky CI test together', options)[0]?.suggestion).toBe(
        englishRules.suggestions['technical-deep-dive'],
      );
    });

    it('gives the same answer when one options object is reused', () => {
      const options = { extraTerms: { 'status-update': ['zed-'] } };
      const first = detectOne('zed-1', options);
      expect(detectOne('zed-1', options)).toEqual(first);
      expect(first).toHaveLength(1);
      expect(detectOne('zed-1', { extraTerms: { 'status-update': ['yod-'] } })).toEqual([]);
    });

    const weights = englishRules.weights;
    it.each([
      ['options', null],
      ['options', []],
      ['options.pattern', { pattern: {} }],
      ['options.patterns.status-update', { patterns: { 'status-update': 'no' } }],
      ['options.patterns.standup', { patterns: { standup: false } }],
      ['options.patterns', { patterns: [] }],
      ['options.extraTerms.status-update', { extraTerms: { 'status-update': 'ACME-' } }],
      ['options.extraTerms.status-update[1]', { extraTerms: { 'status-update': ['ok', 3] } }],
      ['options.extraTerms.status-update[0]', { extraTerms: { 'status-update': [''] } }],
      ['options.extraTerms.status-update[0]', { extraTerms: { 'status-update': ['🚀'] } }],
      ['options.suggestions.technical-deep-dive', { suggestions: { 'technical-deep-dive': '' } }],
      ['options.rules', { rules: 'en' }],
      ['options.rules.words', { rules: { ...englishRules, words: null } }],
      [
        'options.rules.words.aliases',
        { rules: { ...englishRules, words: { ...englishRules.words, aliases: 'thru' } } },
      ],
      [
        'options.rules.words.aliases',
        { rules: { ...englishRules, words: { ...englishRules.words, aliases: 'a b=c d' } } },
      ],
      [
        'options.rules.words.stemLength',
        { rules: { ...englishRules, words: { ...englishRules.words, stemLength: 0 } } },
      ],
      ['options.rules.classes', { rules: { ...englishRules, classes: [] } }],
      ['options.rules.classes.bad name', { rules: { ...englishRules, classes: { 'bad name': 'a' } } }],
      ['options.rules.classes.state', { rules: { ...handRules(), classes: { state: 'follow-up' } } }],
      ['options.rules.phrases.x', { rules: { ...handRules(), phrases: { x: '' } } }],
      ['options.rules.phrases.x', { rules: { ...handRules(), phrases: { x: '[a] [b]' } } }],
      ['options.rules.phrases.x', { rules: { ...handRules(), phrases: { x: '@nowhere' } } }],
      ['options.rules.phrases.x', { rules: { ...handRules(), phrases: { x: 'a||b' } } }],
      ['options.rules.phrases.x', { rules: { ...handRules(), phrases: { x: 'a b c d e f g h i j k l m' } } }],
      [
        'options.rules.phrases.x',
        { rules: { ...handRules(), phrases: { x: Array(7).fill('[a|b|c|d]').join(' ') } } },
      ],
      ['options.rules.negations', { rules: { ...englishRules, negations: 7 } }],
      ['options.rules.reach', { rules: { ...englishRules, reach: -1 } }],
      ['options.rules.breaks', { rules: { ...englishRules, breaks: undefined } }],
      ['options.rules.fillers', { rules: { ...englishRules, fillers: 'a , b' } }],
      ['options.rules.suggestions.status-update', { rules: { ...englishRules, suggestions: {} } }],
      ['options.rules.weights', { rules: { ...englishRules, weights: 'weights' } }],
      [
        'options.rules.weights.technical-deep-dive.words',
        {
          rules: {
            ...englishRules,
            weights: { ...weights, 'technical-deep-dive': { bias: -1, words: 'high:diff' } },
          },
        },
      ],
      [
        'options.rules.weights.technical-deep-dive.words',
        {
          rules: {
            ...englishRules,
            weights: { ...weights, 'technical-deep-dive': { bias: -1, words: '1:+nowhere' } },
          },
        },
      ],
      [
        'options.rules.weights.technical-deep-dive.words',
        {
          rules: {
            ...englishRules,
            weights: { ...weights, 'technical-deep-dive': { bias: -1, words: '1:stack_trace_line' } },
          },
        },
      ],
      [
        'options.rules.weights.technical-deep-dive.words',
        {
          rules: {
            ...englishRules,
            weights: { ...weights, 'technical-deep-dive': { bias: -1, words: '1:stack_' } },
          },
        },
      ],
      [
        'options.rules.weights.stealth-performance-review.bias',
        {
          rules: {
            ...englishRules,
            weights: { ...weights, 'stealth-performance-review': { bias: NaN, words: '' } },
          },
        },
      ],
    ])('rejects bad options at %s', (path, options) => {
      expectError(() => detectOne('hello', options as DetectAntiPatternsOptions), 'invalid-options', path);
    });
  });

  describe('validation', () => {
    it.each([
      [null, 'items'],
      ['go over your tickets', 'items'],
      [{ id: 'a', text: 'b' }, 'items'],
      [[{ id: 'a', text: 'ok' }, null], 'items[1]'],
      [[{ id: 'a', text: 'ok' }, ['x']], 'items[1]'],
      [
        [
          { id: 'a', text: 'ok' },
          { id: 'b', text: 'ok' },
          { id: 'c', text: 'ok' },
          { id: 'd', text: 7 },
        ],
        'items[3].text',
      ],
      [[{ id: 1, text: 'ok' }], 'items[0].id'],
      [[{ text: 'ok' }], 'items[0].id'],
    ])('rejects bad items (%#) at %s', (items, path) => {
      expectError(() => detectAntiPatterns(items as never), 'invalid-items', path);
    });

    it('throws only OneOnOneError for any input at all', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (items, options) => {
          try {
            detectAntiPatterns(items as never, options as never);
          } catch (error) {
            return error instanceof OneOnOneError;
          }
          return true;
        }),
        { numRuns: 500 },
      );
    });

    it('throws only OneOnOneError for any rule set built from the English one', () => {
      const keys = Object.keys(englishRules) as (keyof AntiPatternRuleSet)[];
      fc.assert(
        fc.property(fc.constantFrom(...keys), fc.anything(), fc.string(), (key, value, text) => {
          try {
            detectOne(text, { rules: { ...englishRules, [key]: value } } as DetectAntiPatternsOptions);
          } catch (error) {
            return error instanceof OneOnOneError;
          }
          return true;
        }),
        { numRuns: 300 },
      );
    });
  });
});
