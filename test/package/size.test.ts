import { build } from 'esbuild';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveToDist } from './resolve-to-dist';

// Size budgets (the README's "Measured" table), measured on dist/ as an app bundler would see it:
// minified, tree-shaken, gzip level 9, React external.
const root = path.resolve(__dirname, '../..');
const KB = 1024;

interface Budget {
  name: string;
  code: string;
  /** The budget the README states. */
  limit: number;
  /**
   * Where the design budget is not met yet: the most this may weigh until it is, so the gap can only
   * shrink. The test table prints both; `why` and the README's "Measured" table say why.
   */
  interimLimit?: { bytes: number; why: string };
  external?: string[];
  /** A module path that must not end up in the bundle. */
  mustNotInclude?: RegExp;
  /** Texts that must not end up in the bundle. */
  mustNotContain?: readonly string[];
}

// Words only the detectors carry: a component given their results must not bundle them.
const DETECTORS = [
  'longer than its rhythm of about every', // detectMeetingSignals
  'Move ticket and progress updates to standup', // detectAntiPatterns' reframes
];

const budgets: Budget[] = [
  {
    name: 'core: nextFocus alone',
    code: "export { nextFocus } from 'one-on-one-kit/core';",
    limit: 1.5 * KB,
    interimLimit: {
      bytes: 1.75 * KB,
      why: 'bad input must end in a OneOnOneError, never a TypeError or a date outside 0001–9999: the error checks its own arguments (~0.1 kB) and every date the decision writes is checked (~0.05 kB)',
    },
    // The question bank is the heaviest part of the core: a lone nextFocus must leave it behind.
    // Nor may it carry the calendar export, or the meeting lifecycle (history JSON, takeaways).
    mustNotContain: [
      "What's on your mind this week?",
      'BEGIN:VCALENDAR',
      'a history written as JSON',
      'a pillar id (',
    ],
  },
  {
    name: 'core: planToICalendar alone',
    code: "export { planToICalendar } from 'one-on-one-kit/core';",
    limit: 3 * KB,
    mustNotContain: ["What's on your mind this week?"],
  },
  {
    name: 'core: detectAntiPatterns alone, with the English rules and weights',
    code: "export { detectAntiPatterns } from 'one-on-one-kit/core';",
    limit: 12 * KB,
    mustNotContain: ["What's on your mind this week?"],
  },
  {
    name: 'core: everything, with the default question bank',
    code: "export * from 'one-on-one-kit/core';",
    limit: 20 * KB,
    interimLimit: {
      bytes: 25.25 * KB,
      why: "the detector is 11.9 kB, under its own 12 kB: its weights, fitted on 8,000 items, are 0.3 kB more than on 6,000 (the ceiling was 25.0 kB), for the method's own examples to hold; the core has since grown by the calendar export (2.8 kB) and the meeting lifecycle (3.1 kB), which each stay out of a bundle that does not import them",
    },
  },
  {
    // No design budget: every component's strings live here, so it grows with the kit (MeetingSignals,
    // CadenceTimeline, the board's next steps and the dates took it from 3.7 to 5.1 kB).
    name: 'server-safe: everything (class helpers, messages, formatter, token names)',
    code: "export * from 'one-on-one-kit/server-safe';",
    limit: 6 * KB,
    external: ['one-on-one-kit/core'],
    mustNotInclude: /node_modules[\\/](react|react-dom|@radix-ui)[\\/]/,
  },
  {
    name: 'react: AntiPatternBanner',
    code: "export { AntiPatternBanner } from 'one-on-one-kit';",
    limit: 5 * KB,
    mustNotInclude: /@radix-ui[\\/]react-dialog/,
  },
  {
    name: 'react: MeetingSignals',
    code: "export { MeetingSignals } from 'one-on-one-kit';",
    limit: 4 * KB,
    mustNotInclude: /@radix-ui[\\/]react-dialog|pragmatic-drag-and-drop/,
    mustNotContain: DETECTORS,
  },
  {
    name: 'react: CadenceTimeline (no chart library)',
    code: "export { CadenceTimeline } from 'one-on-one-kit';",
    limit: 6 * KB,
    mustNotInclude: /@radix-ui[\\/]react-dialog|pragmatic-drag-and-drop/,
    mustNotContain: DETECTORS,
  },
  {
    // No design budget of its own: the ceiling and the exclusion keep a strict-CSP-safe scroll lock in
    // place (Radix's own, react-remove-scroll, injects a <style> element and weighs ~4 kB more).
    name: 'react: FeedbackAsk (Radix Dialog, no react-remove-scroll)',
    code: "export { FeedbackAsk } from 'one-on-one-kit';",
    limit: 13 * KB,
    mustNotInclude: /react-remove-scroll|react-style-singleton/,
  },
  {
    // Drag and drop is the browser's own drag events (agenda-board-dnd.ts): no library to bundle.
    name: 'react: whole entry (Radix, CVA; core external)',
    code: "export * from 'one-on-one-kit';",
    limit: 35 * KB,
    external: ['one-on-one-kit/core'],
  },
  {
    name: 'react: whole entry with the core it pulls in',
    code: "export * from 'one-on-one-kit';",
    limit: 50 * KB,
  },
];

async function measure(budget: Budget) {
  const result = await build({
    stdin: { contents: budget.code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Ignore tsconfig paths (they point at the sources); the plugin sends the public names to dist/.
    tsconfigRaw: '{}',
    plugins: [resolveToDist(budget.external ?? [])],
    external: ['react', 'react-dom', 'react/jsx-runtime', ...(budget.external ?? [])],
  });
  const output = result.outputFiles[0]!.contents;
  // Modules that put bytes into the output (esbuild also lists modules it read and then shook away).
  const used = Object.values(result.metafile.outputs)[0]!.inputs;
  return {
    bytes: gzipSync(output, { level: 9 }).length,
    text: result.outputFiles[0]!.text,
    inputs: Object.keys(used).filter((input) => used[input]!.bytesInOutput > 0),
  };
}

describe('size budgets', () => {
  const rows: Record<string, { gzip: string; budget: string; interim: string }> = {};
  afterAll(() => console.table(rows));

  for (const budget of budgets) {
    const limit = budget.interimLimit
      ? `${(budget.interimLimit.bytes / KB).toFixed(1)} kB (interim; design budget ${(budget.limit / KB).toFixed(1)} kB)`
      : `${(budget.limit / KB).toFixed(1)} kB`;
    it(`${budget.name} fits in ${limit}`, async () => {
      const { bytes, text, inputs } = await measure(budget);
      rows[budget.name] = {
        gzip: `${(bytes / KB).toFixed(2)} kB`,
        budget: `${(budget.limit / KB).toFixed(1)} kB`,
        interim: budget.interimLimit
          ? `${(budget.interimLimit.bytes / KB).toFixed(1)} kB: ${budget.interimLimit.why}`
          : '',
      };
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(budget.interimLimit?.bytes ?? budget.limit);
      if (budget.mustNotInclude) {
        expect(inputs.filter((input) => budget.mustNotInclude!.test(input))).toEqual([]);
      }
      for (const unwanted of budget.mustNotContain ?? []) expect(text).not.toContain(unwanted);
    });
  }
});

describe('the calendar export', () => {
  it('stays out of the components, even with the core bundled in', async () => {
    const { text } = await measure({
      name: 'react with the core',
      code: "export * from 'one-on-one-kit';",
      limit: 0,
    });
    expect(text).toContain('"agenda-board"');
    expect(text).not.toContain('BEGIN:VCALENDAR');
  });
});
