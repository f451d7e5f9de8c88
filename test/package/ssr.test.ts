import { spawnSync } from 'node:child_process';
import path from 'node:path';

// Server rendering from the built package in plain Node (no DOM at all), as a Next.js or Remix server
// would, on React 19 and on React 18.3 (test/react-18 swaps every React file for its 18.3 twin).
const root = path.resolve(__dirname, '../..');

const script = `
import { createElement as h, version } from 'react';
import { renderToString } from 'react-dom/server';
import { AgendaBoard, AntiPatternBanner, CadenceTimeline, FeedbackAsk, MeetingSignals, PillarCard } from 'one-on-one-kit';
import { createAgenda, detectAntiPatterns, detectMeetingSignals, nextFocus, planCadence } from 'one-on-one-kit/core';

const agenda = createAgenda('2026-11-23', [
  { text: 'Feeling stretched thin this sprint', author: 'report', pillar: 'present' },
  { text: 'Go over the status of PAY-1234', author: 'manager', pillar: 'present' },
]);
const decision = nextFocus([{ date: '2026-11-16', focus: 'present' }], '2026-11-23');
const findings = detectAntiPatterns(agenda.items);
const history = [{ date: '2026-10-12', focus: 'horizon', feedbackAsked: true }, { date: '2026-11-16', focus: 'present' }];
const signals = detectMeetingSignals({ agenda, history, on: '2026-11-23' });
const plan = planCadence(history, { from: '2026-11-23', count: 3 });
const html = {
  board: renderToString(h(AgendaBoard, { defaultValue: agenda, viewer: 'report', focus: decision.pillar })),
  card: renderToString(h(PillarCard, { pillar: 'horizon', status: decision.due[2] })),
  ask: renderToString(h(FeedbackAsk, { onSubmit() {} })),
  banner: renderToString(h(AntiPatternBanner, { findings, items: agenda.items })),
  empty: renderToString(h(AntiPatternBanner, { findings: [] })),
  signals: renderToString(h(MeetingSignals, { signals, items: agenda.items })),
  timeline: renderToString(h(CadenceTimeline, { history, plan })),
};
console.log(JSON.stringify({ version, html }));
`;

const versions = [
  { major: '19', args: [] },
  { major: '18', args: ['--import', './test/react-18/use-react-18.mjs'] },
];

describe('server rendering from dist', () => {
  it.each(versions)(
    'renders every component to HTML in Node without a DOM, silently, on React $major',
    ({ major, args }) => {
      const run = spawnSync(process.execPath, [...args, '--input-type=module', '-e', script], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const { version, html } = JSON.parse(run.stdout) as { version: string; html: Record<string, string> };
      expect(version.split('.')[0]).toBe(major);
      expect(html['board']).toContain('data-slot="agenda-board"');
      expect(html['board']).toContain('Feeling stretched thin this sprint');
      expect(html['card']).toContain('data-slot="pillar-card"');
      expect(html['card']).toContain('The Horizon');
      expect(html['ask']).toContain('data-slot="feedback-ask"');
      expect(html['ask']).toMatch(/feedback/i);
      expect(html['banner']).toContain('data-slot="anti-pattern-banner"');
      expect(html['banner']).toContain('role="status"');
      expect(html['empty']).toBe('');
      expect(html['signals']).toContain('data-slot="meeting-signals"');
      expect(html['signals']).toContain('role="status"');
      expect(html['timeline']).toContain('data-slot="cadence-timeline"');
      expect(html['timeline']).toContain('<svg');
      expect(html['timeline']).not.toContain('style=');
    },
  );
});
