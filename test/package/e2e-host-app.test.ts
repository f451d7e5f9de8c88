import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { parseHistory, parseAgenda, type MeetingRecord } from 'one-on-one-kit/core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

// End to end, in Chromium, by keyboard alone: the example host app, built with Vite against the built
// package (dist/, as a host installs it), runs three meetings with a reload between each. Nothing
// typed is lost, the cadence moves on (Horizon → Near Future → Present), and the Horizon takeaway
// opens the Near Future meeting.
const root = path.resolve(__dirname, '../..');
const dist = (file: string) => path.join(root, 'dist', file);

let outDir = '';
let server: Server;
let browser: Browser;
let url = '';
const timings: Record<string, number> = {};

beforeAll(async () => {
  let started = performance.now();
  outDir = mkdtempSync(path.join(tmpdir(), 'ook-e2e-'));
  await build({
    configFile: false,
    logLevel: 'error',
    root: path.join(root, 'examples/host-app'),
    plugins: [react()],
    resolve: {
      alias: {
        'one-on-one-kit/styles.css': dist('styles.css'),
        'one-on-one-kit/core': dist('core/index.js'),
        'one-on-one-kit/server-safe': dist('server-safe/index.js'),
        'one-on-one-kit': dist('index.js'),
      },
    },
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false, reportCompressedSize: false },
  });
  timings['vite build'] = performance.now() - started;

  server = createServer((request, response) => {
    const name = (request.url ?? '/').split('?')[0]!;
    const file = path.join(outDir, name === '/' ? 'index.html' : name);
    try {
      const body = readFileSync(file);
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'text/html';
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

  started = performance.now();
  browser = await chromium.launch(chromiumLaunchOptions());
  timings['browser start'] = performance.now() - started;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  console.log(
    `e2e timings: ${Object.entries(timings)
      .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`)
      .join(', ')}`,
  );
});

/** What has focus, in words: its role, its accessible name as a label gives it, and its group. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    const input = element as HTMLInputElement;
    const name =
      element.getAttribute('aria-label') ??
      (input.labels && input.labels[0] ? input.labels[0].textContent : null) ??
      element.textContent ??
      '';
    const group = element.closest('fieldset')?.querySelector('legend')?.textContent;
    const kind = element.tagName === 'INPUT' ? `${input.type}` : element.tagName.toLowerCase();
    return `${kind}: ${name.trim()}${group ? ` (in “${group}”)` : ''}`;
  });
}

/** Presses Tab until `wanted` has focus; fails, listing where focus went, if it never does. */
async function tabTo(page: Page, wanted: string | RegExp, limit = 150) {
  const seen: string[] = [];
  for (let presses = 0; presses < limit; presses++) {
    const focused = await describeFocus(page);
    if (typeof wanted === 'string' ? focused === wanted : wanted.test(focused)) return;
    seen.push(focused);
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(wanted)}; it went through:\n${seen.join('\n')}`);
}

async function typeAndEnter(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function stored(page: Page) {
  const raw = await page.evaluate(() => window.localStorage.getItem('one-on-one-kit-example:v1'));
  const state = JSON.parse(raw ?? 'null') as { history: unknown; agenda: unknown };
  return { history: parseHistory(state.history), agenda: parseAgenda(state.agenda) };
}

const text = async (page: Page, selector: string) => (await page.textContent(selector))?.trim() ?? '';

describe('the example host app, three meetings by keyboard, in Chromium', () => {
  it('loses nothing, moves the cadence on, and brings the Horizon takeaways to the Near Future', async () => {
    const started = performance.now();
    const errors: string[] = [];
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    await page.goto(url);
    await page.waitForSelector('[data-slot="agenda-board"]');

    // Meeting 1, 23 Nov: the sample report's Horizon talk.
    await tabTo(page, 'button: Start from a sample report');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-slot="meeting-signals"]');
    expect(await text(page, '[data-slot="pillar-card-title"]')).toBe('The Horizon');
    expect(await text(page, '[data-slot="meeting-signals"]')).toContain(
      'You have not asked for feedback lately',
    );
    const before = await stored(page);

    // Review last time's next steps: drop one, mark the other done (arrow keys move within a group).
    await tabTo(page, 'radio: Carry on (in “Draft the on-call handbook outline”)');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'radio: Carry on (in “Ask Priya how she moved to staff engineer”)');
    await page.keyboard.press('ArrowLeft');
    await tabTo(page, 'text: Add to The Horizon');
    await typeAndEnter(page, 'Mentoring the two new hires');
    await tabTo(page, 'text: Add a next step');
    await typeAndEnter(page, 'Write a one-page note on the staff path');
    // Ask for feedback: the dialog takes focus; its fields are reached by Tab too.
    await tabTo(page, /^button: Ask for feedback/);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="dialog"]');
    await tabTo(page, 'textarea: What they said');
    await page.keyboard.type('Shorter standups, please');
    await tabTo(page, 'button: Save feedback');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    await tabTo(page, 'text: Add a takeaway');
    await typeAndEnter(page, 'Wants to lead a small team within a year');
    await tabTo(page, 'button: End the meeting and open the next one');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('header time')?.getAttribute('datetime') === '2026-11-30',
    );
    await page.reload();
    await page.waitForSelector('[data-slot="agenda-board"]');

    // Meeting 2, 30 Nov: The Near Future, informed by the Horizon talk.
    expect(await text(page, '[data-slot="pillar-card-title"]')).toBe('The Near Future');
    expect(await text(page, '[data-slot="pillar-card-takeaways"]')).toBe(
      'From your Horizon talk on 23 NovWants to lead a small team within a year',
    );
    // Each item's checkbox is named by the item's text.
    const carried = await page.$$eval('[data-slot="agenda-board-item"] input[type="checkbox"]', (boxes) =>
      boxes.map((box) => box.getAttribute('aria-label')),
    );
    expect(carried).toEqual(
      expect.arrayContaining([
        'Mentoring the two new hires',
        'Conference talk proposal',
        'Feeling stretched thin since the reorg',
      ]),
    );
    expect(carried).not.toContain('Draft the on-call handbook outline');
    await tabTo(page, 'radio: Carry on (in “Write a one-page note on the staff path”)');
    await page.keyboard.press('ArrowLeft');
    await tabTo(page, 'button: End the meeting and open the next one');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('header time')?.getAttribute('datetime') === '2026-12-07',
    );
    await page.reload();
    await page.waitForSelector('[data-slot="agenda-board"]');

    // Meeting 3, 7 Dec: back to The Present Moment, with both meetings on record.
    expect(await text(page, '[data-slot="pillar-card-title"]')).toBe('The Present Moment');
    const after = await stored(page);
    expect(after.history).toHaveLength(before.history.length + 2);
    const [horizon, nearFuture] = after.history.slice(-2) as [MeetingRecord, MeetingRecord];
    expect(horizon).toMatchObject({
      date: '2026-11-23',
      focus: 'horizon',
      feedbackAsked: true,
      feedbackReceived: true,
      takeaways: { horizon: ['Wants to lead a small team within a year'] },
    });
    expect(horizon.dropped?.map((item) => item.text)).toEqual(['Draft the on-call handbook outline']);
    expect(horizon.discussed?.map((item) => item.text)).toEqual([
      'Ask Priya how she moved to staff engineer',
    ]);
    expect(nearFuture).toMatchObject({ date: '2026-11-30', focus: 'near-future', feedbackAsked: false });
    expect(nearFuture.discussed?.map((item) => item.text)).toEqual([
      'Write a one-page note on the staff path',
    ]);
    // Nothing lost: everything ever on the agenda is on it now or in a record.
    const kept = new Set([
      ...after.agenda.items.map((item) => item.text),
      ...after.history
        .flatMap((record) => [...(record.discussed ?? []), ...(record.dropped ?? [])])
        .map((item) => item.text),
    ]);
    for (const item of [
      ...before.agenda.items.map((entry) => entry.text),
      'Mentoring the two new hires',
      'Write a one-page note on the staff path',
    ])
      expect(kept, item).toContain(item);
    // The timeline has moved on: the next planned meeting is this one. Its table opens from the keyboard.
    await tabTo(page, 'summary: Every meeting as a table');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-slot="cadence-timeline-table"]', { state: 'visible' });
    expect(await text(page, '[data-slot="cadence-timeline-table"] tr[data-state="next"]')).toBe(
      '7 Dec 2026The Present MomentNext—',
    );
    expect(errors).toEqual([]);
    timings['three meetings'] = performance.now() - started;
    await page.close();
  }, 120_000);
});
