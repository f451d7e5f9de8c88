import fc from 'fast-check';
import {
  ANTI_PATTERNS,
  detectAntiPatterns,
  englishRules,
  OneOnOneError,
  type AntiPatternCues,
  type AntiPatternFinding,
  type AntiPatternRuleSet,
  type DetectAntiPatternsOptions,
} from 'one-on-one-kit/core';
import { expectError } from './expect-error';
import { holdoutAgendaItems } from './fixtures/agenda-items.holdout';
import { labelledAgendaItems } from './fixtures/agenda-items.labelled';

const lexicon = englishRules.lexicon as NonNullable<AntiPatternRuleSet['lexicon']>;
// The English rules with the status-update cues replaced, and no lexicon (its floor would gate them).
const withStatusCues = (cues: AntiPatternCues): AntiPatternRuleSet => ({
  ...englishRules,
  lexicon: undefined,
  patterns: { ...englishRules.patterns, 'status-update': cues },
});
const detectOne = (text: string, options?: DetectAntiPatternsOptions) =>
  detectAntiPatterns([{ id: 'item', text }], options);
const patternsOf = (text: string, options?: DetectAntiPatternsOptions) =>
  detectOne(text, options).map((finding) => finding.pattern);
const evidenceOf = (text: string, options?: DetectAntiPatternsOptions) =>
  detectOne(text, options).flatMap((finding) => finding.evidence.map((span) => span.text));

function expectValidSpans(
  findings: readonly AntiPatternFinding[],
  textById: ReadonlyMap<string, string>,
): void {
  for (const finding of findings) {
    const text = textById.get(finding.itemId) as string;
    expect(finding.evidence.length).toBeGreaterThan(0);
    let lastEnd = 0;
    for (const span of finding.evidence) {
      expect(span.start).toBeGreaterThanOrEqual(lastEnd);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end)).toBe(span.text);
      lastEnd = span.end;
    }
  }
}

describe('detectAntiPatterns', () => {
  it('lists the three anti-patterns with what they are and why they hurt', () => {
    expect(ANTI_PATTERNS.map((pattern) => pattern.id)).toEqual([
      'status-update',
      'technical-deep-dive',
      'stealth-performance-review',
    ]);
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
    ['rating for this quarter', 'stealth-performance-review'],
    ['missed the deadline again', 'stealth-performance-review'],
  ])('flags "%s" as %s', (text, pattern) => {
    expect(patternsOf(text)).toContain(pattern);
  });

  it.each([
    "I've noticed you've been quieter in standups lately",
    'Concerns have come up about how you handle code reviews',
    "People have mentioned you're hard to reach",
    'The last few releases were rough',
    'Is everything ok with your focus lately?',
    'Your peers are shipping twice as much',
    'What we expect at the senior level vs where you are',
    'Your documentation has been sparse',
    "Stakeholders feel you're not proactive enough",
    'Honestly, that outage is on you',
    "I'd like to see you take more ownership end to end",
    'This is becoming a pattern with the handoffs',
    'The launch plan you wrote felt rushed',
  ])('reads judgement put indirectly as a stealth performance review: "%s"', (text) => {
    expect(patternsOf(text)).toEqual(['stealth-performance-review']);
  });

  it.each([
    "I think I'm underperforming and it's stressing me",
    'Am I underperforming?',
    "I'd like honest feedback on my performance",
    "I feel like I'm behind my peers and it worries me",
    "I'm worried my code quality is slipping",
    'Are my code review comments coming across as harsh?',
    "I'd like more ownership of the API design",
    'How are you really doing?',
    'How did the demo land with the execs?',
    "I missed a deadline last week and I'm still beating myself up about it",
    'How do I come across in design reviews?',
    'The client team says you were fantastic on the call',
    'Is the offsite still on for Friday?',
  ])('leaves the person judging themselves in their own words alone: "%s"', (text) => {
    expect(patternsOf(text)).toEqual([]);
  });

  it.each([
    'Can I get a rundown of the migration?',
    'Where did we land on the pricing page?',
    'Any news on the vendor contract?',
    'Status: vendor onboarding',
    'The search rewrite is two weeks behind',
    "Let's go ticket by ticket through the board",
    'Catch me up on the pen test remediation',
    '- data migration status',
    'Will the boss-fight level make the milestone build?',
    'Has the retraining job been kicked off?',
  ])('hears status asked for indirectly: "%s"', (text) => {
    expect(patternsOf(text)).toEqual(['status-update']);
  });

  it('reads blame for a technical mishap as judgement, whatever else it sees', () => {
    const patterns = patternsOf('Your terraform broke staging twice');
    expect(patterns).toContain('stealth-performance-review');
    expect(patterns).not.toContain('status-update');
  });

  it.each([
    "Let's whiteboard the queue consumer design",
    'Screen-share and go through the failing test line by line',
    'Can you pair with me on the flaky e2e suite',
    'Need your eyes on the Terraform plan',
    'Kafka vs SQS for the events — talk it through',
    'Trace the 502s on the gateway',
    'Mutex or channel here? line 212 of the worker',
    'Redux or Zustand for the settings page state?',
  ])('sees technical work done together: "%s"', (text) => {
    expect(patternsOf(text)).toEqual(['technical-deep-dive']);
  });

  it('finds a cue however its first word may be written: groups, optional letters, digits, classes', () => {
    const rules = withStatusCues({
      strong: ['(?:alpha|beta) gamma', 'x?yz', 'k{0,2}lm', '\\d+ widgets', '[pq]rst', '_under'],
    });
    for (const text of ['Beta gamma', 'yz', 'XYZ', 'lm', 'kklm', 'ship 42 widgets', 'Qrst', '_under']) {
      expect(patternsOf(text, { rules })).toEqual(['status-update']);
    }
    for (const text of ['betagamma', 'ayz', 'widgets', 'qrstu', 'a_under']) {
      expect(patternsOf(text, { rules })).toEqual([]);
    }
  });

  it('keeps each cue at its own weight when sources hold capture groups, named groups or look-behinds', () => {
    const rules = withStatusCues({
      strong: ['(a)lpha', '(?<second>b)eta', '(?<=x )ga(m)ma', '[(]?delta'],
      weak: ['(?<!x )epsilon', 'zeta'],
    });
    for (const text of ['alpha', 'beta', 'x gamma', 'delta', 'epsilon zeta']) {
      expect(patternsOf(text, { rules })).toEqual(['status-update']);
    }
    // Weak cues weigh 1: one alone does not fire, whatever groups came before them.
    for (const text of ['epsilon', 'zeta', 'x epsilon zeta', 'gamma']) {
      expect(patternsOf(text, { rules })).toEqual([]);
    }
  });

  it('gives one finding per item and pattern with every span that fired, and a reframe', () => {
    const findings = detectOne('PAY-12 and PAY-13 status, then walk through the diff');
    expect(findings.map((finding) => finding.pattern)).toEqual(['status-update', 'technical-deep-dive']);
    const [status, technical] = findings as [AntiPatternFinding, AntiPatternFinding];
    expect(status.evidence.map((span) => span.text)).toEqual(['PAY-12', 'PAY-13', 'status']);
    expect(status.itemId).toBe('item');
    expect(status.suggestion).toMatch(/standup/);
    expect(technical.suggestion).toMatch(/pairing|design session/);
    expect(detectOne('your output has been below expectations')[0]?.suggestion).toMatch(/support they need/);
  });

  it('reports findings in item order, then pattern order', () => {
    const findings = detectAntiPatterns([
      { id: 'a', text: 'How are you, really?' },
      { id: 'b', text: 'Your velocity and the ETA for search' },
      { id: 'c', text: 'walk through the diff' },
    ]);
    expect(findings.map((finding) => `${finding.itemId}:${finding.pattern}`)).toEqual([
      'b:status-update',
      'b:stealth-performance-review',
      'c:technical-deep-dive',
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

  it('finds nothing in healthy labelled items', () => {
    const healthy = labelledAgendaItems.filter(([, labels]) => labels.length === 0);
    expect(detectAntiPatterns(healthy.map(([text], index) => ({ id: String(index), text })))).toEqual([]);
  });

  it('lets a negation cancel the cue right after it', () => {
    expect(patternsOf('not a status update, I want to talk about burnout')).toEqual([]);
    expect(patternsOf('Rather than ticket status, can we talk career?')).toEqual([]);
    expect(patternsOf("Don't want this to become a status meeting")).toEqual([]);
    expect(patternsOf('instead of debugging it together, what did you learn?')).toEqual([]);
    // A negation further away, or about something else, does not cancel.
    expect(patternsOf('No idea why, but what is the ETA for search?')).toEqual(['status-update']);
    expect(patternsOf('status update on PAY-9, not urgent')).toEqual(['status-update']);
  });

  it('recognises ticket ids, and not look-alikes', () => {
    expect(evidenceOf('PAY-1234 please')).toEqual(['PAY-1234']);
    expect(evidenceOf('where is PAY-1234?')).toEqual(['PAY-1234']);
    expect(evidenceOf('JIRA-12 and #482')).toEqual(['JIRA-12', '#482']);
    // A pull request's number is looked up, not read together: it is no deep dive on its own.
    expect(evidenceOf('PR #12 and the diff')).toEqual(['PR', 'diff']);
    expect(patternsOf('PR #981 still open after 2 wks??')).toEqual(['status-update']);
    expect(patternsOf('Covid-19 made Q3-2025 hard on me')).toEqual([]);
    expect(patternsOf('you handled the SEV-1 really calmly, thanks')).toEqual([]);
    expect(patternsOf('my #1 priority is growth')).toEqual([]);
  });

  it('gives shared words the sense of the clearer cue', () => {
    expect(patternsOf('walk through the backlog')).toEqual(['status-update']);
    expect(patternsOf('walk through the diff')).toEqual(['technical-deep-dive']);
    expect(evidenceOf('Your velocity, please')).toEqual(['Your velocity']);
  });

  it('reads weak words with their endings, stems and word pairs', () => {
    expect(evidenceOf('Debugging the crashes with me')).toEqual(['Debugging', 'crashes', 'with me']);
    expect(evidenceOf('Debugging the crashes with  me, optimising')).toEqual([
      'Debugging',
      'crashes',
      'with  me',
      'optimising',
    ]);
    expect(evidenceOf('with, me: debugging crashes')).toEqual(['debugging', 'crashes']);
    expect(evidenceOf('caféquery debugging crashes')).toEqual(['debugging', 'crashes']);
  });

  it('handles inflections and casing', () => {
    for (const text of [
      'walk through the diff',
      'Walked through the diff',
      'WALKING THROUGH THE DIFF',
      'walks me thru the diff',
    ]) {
      expect(patternsOf(text)).toEqual(['technical-deep-dive']);
    }
    for (const text of ['Go over your tickets', 'went over the tickets', 'going through your TICKETS']) {
      expect(patternsOf(text)).toEqual(['status-update']);
    }
    expect(patternsOf('Eta for search')).toEqual(['status-update']);
    // Typed in a hurry, without the apostrophe.
    expect(patternsOf("why haven't you closed it")).toEqual(['stealth-performance-review']);
    expect(patternsOf('why havent you closed it')).toEqual(['stealth-performance-review']);
    expect(patternsOf('whats left on the board')).toEqual(['status-update']);
    expect(patternsOf("You’re always late and your perf isn't there")).toEqual([
      'stealth-performance-review',
    ]);
  });

  it('keeps spans exact in text with accents, emoji and other scripts', () => {
    const text = '🔥🔥 Café crew: ETA für 🚀 launch? 日本語 walk through the diff ✅';
    const findings = detectOne(text);
    expect(findings.map((finding) => finding.pattern)).toEqual(['status-update', 'technical-deep-dive']);
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
      ]),
    ).toEqual([]);
  });

  it('stays fast and exact on a 100 kB item', () => {
    const sentence =
      'I feel stuck. Go over your tickets. Learning Rust is fun! Your output is low; debug it. ';
    const text = sentence.repeat(Math.ceil(100_000 / sentence.length));
    detectOne(text);
    const started = performance.now();
    const findings = detectOne(text);
    const elapsed = performance.now() - started;
    console.log(`100 kB item: ${elapsed.toFixed(1)} ms`);
    expect(findings.map((finding) => finding.pattern)).toEqual([
      'status-update',
      'technical-deep-dive',
      'stealth-performance-review',
    ]);
    expect(findings[0]?.evidence.length).toBeGreaterThan(1000);
    expectValidSpans(findings, new Map([['item', text]]));
    expect(elapsed).toBeLessThan(250);
  });

  it('does not mutate its input', () => {
    const items = Object.freeze([Object.freeze({ id: 'a', text: 'ETA for search' })]);
    const options = Object.freeze({
      extraTerms: Object.freeze({ 'status-update': Object.freeze(['ACME-']) }),
    });
    expect(() => detectAntiPatterns(items, options)).not.toThrow();
    expect(items).toEqual([{ id: 'a', text: 'ETA for search' }]);
  });

  describe('lexicon', () => {
    const rulesOnly = { rules: { ...englishRules, lexicon: undefined } };
    const novel =
      "the greenhouse irrigation timer: should it run hourly or every two hours, let's sort it together";

    it('finds what no phrase rule names, with the words that weighed most as evidence', () => {
      expect(patternsOf(novel, rulesOnly)).toEqual([]);
      const [finding, ...others] = detectOne(novel);
      expect(others).toEqual([]);
      expect(finding?.pattern).toBe('technical-deep-dive');
      expect(finding?.evidence.map((span) => span.text)).toEqual(['should', 'or', 'together']);
      expectValidSpans([finding as AntiPatternFinding], new Map([['item', novel]]));
    });

    it('leaves an item with a growth or feeling frame to the rules', () => {
      const framed = `I want to learn how ${novel.slice(4)}`;
      expect(patternsOf(framed)).toEqual([]);
    });

    it('reads a long text sentence by sentence, not summed whole', () => {
      const healthy = 'I feel good about my growth and my career this year. ';
      const text = `${healthy.repeat(50)}Should the cache be LRU or LFU? Let's sort it together.`;
      expect(patternsOf(text)).toEqual(['technical-deep-dive']);
      expect(patternsOf(healthy.repeat(50))).toEqual([]);
    });

    it('scores with a lexicon of another language, stems and numbers included', () => {
      const lexicon = {
        endings: 'en|e|s',
        stemLength: 6,
        floor: -10,
        weights: {
          'status-update': { bias: -1, words: '0.5:0 0.6:stand,ticket' },
          'technical-deep-dive': { bias: -1, words: '' },
          'stealth-performance-review': { bias: -1, words: '2:leistu' },
        },
      };
      const rules = {
        ...englishRules,
        lexicon,
        patterns: { 'status-update': {}, 'technical-deep-dive': {}, 'stealth-performance-review': {} },
      };
      const findings = detectAntiPatterns(
        [
          { id: 'a', text: 'Stand der Tickets 4711' },
          { id: 'b', text: 'Deine Leistungen' },
          { id: 'c', text: 'Stand' },
        ],
        { rules },
      );
      expect(
        findings.map((finding) => [
          finding.itemId,
          finding.pattern,
          finding.evidence.map((span) => span.text),
        ]),
      ).toEqual([
        ['a', 'status-update', ['Stand', 'Tickets']],
        ['b', 'stealth-performance-review', ['Leistungen']],
      ]);
    });

    it('skips the cues of a pattern the words rule out, but always looks for terms the host added', () => {
      // A floor no item reaches: every pattern is ruled out, so only the lexicon and host terms speak.
      const rules = { ...englishRules, lexicon: { ...lexicon, floor: Infinity } };
      expect(patternsOf('Wobble board', { rules })).toEqual([]);
      expect(patternsOf('Wobble board', { rules, extraTerms: { 'status-update': ['Wobble'] } })).toEqual([
        'status-update',
      ]);
      expect(evidenceOf('Wobble board', { rules, extraTerms: { 'status-update': ['Wobble'] } })).toEqual([
        'Wobble',
        'board',
      ]);
    });
  });

  describe('options', () => {
    it('turns patterns off', () => {
      const text = 'Your velocity and the ETA for search';
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
        extraTerms: { 'status-update': ['acme-', 'Shortcut board'], 'technical-deep-dive': ['Sentry'] },
      };
      expect(evidenceOf('ACME-77 and acme-78 please', options)).toEqual(['ACME-77', 'acme-78']);
      expect(patternsOf('look at the Shortcut board', options)).toEqual(['status-update']);
      expect(patternsOf('Sentry issue from prod (a+b)', options)).toEqual(['technical-deep-dive']);
      expect(patternsOf('a (c+d) sentry', { extraTerms: { 'technical-deep-dive': ['(c+d)'] } })).toEqual([
        'technical-deep-dive',
      ]);
    });

    it('keeps finding every cue when extra terms outgrow one regular expression', () => {
      // Thousands of terms pass the size at which V8 stops optimising an expression; they are split.
      const terms = Array.from({ length: 3000 }, (_, index) => `tool${index}x`);
      const options = { extraTerms: { 'technical-deep-dive': terms } };
      expect(patternsOf('tool0x is down', options)).toEqual(['technical-deep-dive']);
      expect(patternsOf('the tool2999x config again', options)).toEqual(['technical-deep-dive']);
      expect(patternsOf('walk through the diff', options)).toEqual(['technical-deep-dive']);
      expect(patternsOf('ETA for the billing feature', options)).toEqual(['status-update']);
      expect(patternsOf('I want to grow into an architect role', options)).toEqual([]);
    });

    it('replaces a suggestion', () => {
      const options = { suggestions: { 'status-update': 'Check the board together after the meeting.' } };
      expect(detectOne('ETA for search', options)[0]?.suggestion).toBe(
        'Check the board together after the meeting.',
      );
      expect(detectOne('walk through the diff', options)[0]?.suggestion).toBe(
        englishRules.suggestions['technical-deep-dive'],
      );
    });

    it('takes another language as a rule set of the same shape', () => {
      const german: AntiPatternRuleSet = {
        patterns: {
          'status-update': { strong: ['ticketstatus', 'stand der tickets'], weak: ['termin'] },
          'technical-deep-dive': { strong: ['code[- ]?review'] },
          'stealth-performance-review': { sure: ['deine leistung'], exact: ['PIP'] },
        },
        frames: ['ich möchte lernen', 'karriere'],
        negations: ['kein(?:e|en)?', 'nicht'],
        fillers: ['der', 'die', 'das'],
        breaks: '[.!?;\\n]',
        suggestions: {
          'status-update': 'Status ins Standup.',
          'technical-deep-dive': 'Eigene Pairing-Session.',
          'stealth-performance-review': 'Bewertung ins Review.',
        },
      };
      const findings = detectAntiPatterns(
        [
          { id: 'a', text: 'Ticketstatus und Code-Review' },
          { id: 'b', text: 'Deine Leistung im Quartal' },
          { id: 'c', text: 'Keine Ticketstatus heute' },
          { id: 'd', text: 'Ich möchte lernen: Code-Review' },
          { id: 'e', text: 'ETA for search' },
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

    it('gives the same answer when one options object is reused', () => {
      const options = { extraTerms: { 'status-update': ['zed-'] } };
      const first = detectOne('zed-1', options);
      expect(detectOne('zed-1', options)).toEqual(first);
      expect(first).toHaveLength(1);
      expect(detectOne('zed-1', { extraTerms: { 'status-update': ['yod-'] } })).toEqual([]);
    });

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
      ['options.suggestions.technical-deep-dive', { suggestions: { 'technical-deep-dive': '' } }],
      ['options.rules', { rules: 'en' }],
      ['options.rules.patterns', { rules: { ...englishRules, patterns: null } }],
      [
        'options.rules.patterns.status-update.strong[0]',
        {
          rules: {
            ...englishRules,
            patterns: { ...englishRules.patterns, 'status-update': { strong: ['(unclosed'] } },
          },
        },
      ],
      ['options.rules.frames[0]', { rules: { ...englishRules, frames: [1] } }],
      [
        'options.rules.patterns.technical-deep-dive.words',
        {
          rules: {
            ...englishRules,
            patterns: { ...englishRules.patterns, 'technical-deep-dive': { words: 'Code review' } },
          },
        },
      ],
      [
        'options.rules.patterns.technical-deep-dive.words',
        {
          rules: {
            ...englishRules,
            patterns: { ...englishRules.patterns, 'technical-deep-dive': { words: 'ab*' } },
          },
        },
      ],
      ['options.rules.breaks', { rules: { ...englishRules, breaks: undefined } }],
      ['options.rules.negations[0]', { rules: { ...englishRules, negations: ['(?<'] } }],
      ['options.rules.suggestions.status-update', { rules: { ...englishRules, suggestions: {} } }],
      ['options.rules.lexicon', { rules: { ...englishRules, lexicon: 'weights' } }],
      [
        'options.rules.lexicon.endings',
        { rules: { ...englishRules, lexicon: { ...lexicon, endings: '(' } } },
      ],
      ['options.rules.lexicon.floor', { rules: { ...englishRules, lexicon: { ...lexicon, floor: '-2' } } }],
      [
        'options.rules.lexicon.stemLength',
        { rules: { ...englishRules, lexicon: { ...lexicon, stemLength: 0 } } },
      ],
      [
        'options.rules.lexicon.weights.technical-deep-dive.words',
        {
          rules: {
            ...englishRules,
            lexicon: {
              ...lexicon,
              weights: { ...lexicon.weights, 'technical-deep-dive': { bias: -1, words: 'high:diff' } },
            },
          },
        },
      ],
      [
        'options.rules.lexicon.weights.stealth-performance-review.bias',
        {
          rules: {
            ...englishRules,
            lexicon: {
              ...lexicon,
              weights: { ...lexicon.weights, 'stealth-performance-review': { bias: NaN, words: '' } },
            },
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

    it('keeps spans valid for random text', () => {
      const words = fc.constantFrom(
        'ETA',
        'not',
        'the',
        'PAY-12',
        '#48',
        'debug',
        'your',
        'output',
        'walk',
        'through',
        'diff',
        'I',
        'want',
        'to',
        'learn',
        'deadline',
        'missed',
        '.',
        ',',
        '—',
        '🚀',
        'é',
        '\n',
        'review',
        'PR',
        'rating',
        'again',
      );
      const text = fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.array(words, { maxLength: 30 }).map((list) => list.join(' ')),
      );
      fc.assert(
        fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
          const items = texts.map((value, index) => ({ id: String(index), text: value }));
          expectValidSpans(detectAntiPatterns(items), new Map(items.map((item) => [item.id, item.text])));
        }),
        { numRuns: 400 },
      );
    });
  });
});
