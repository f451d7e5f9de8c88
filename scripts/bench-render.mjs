// Measures AgendaBoard against its performance budgets (README, "Measured") in real Chromium with production React:
//   1. first render of 1,000 items      ≤ 2×   bare React markup of the same items
//   2. toggling one of those 1,000 items ≤ 0.5× the bare markup re-rendering
// Bare markup is one <ul><li><input type=checkbox/>{text}</li></ul> per pillar. Runs are interleaved and
// the medians compared, so background load hits both sides alike.
// A third line times the board until its anti-pattern flags are in the page, so work moved out of the
// first render (into a deferred one) would still show up here.
//   node scripts/bench-render.mjs [--runs 25] [--toggles 150]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { alias } from './aliases.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const runs = argument('runs', 25);
const toggles = argument('toggles', 150);

const entry = `
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { AgendaBoard } from 'one-on-one-kit';
import { PILLARS, PILLAR_IDS, createAgenda } from 'one-on-one-kit/core';
import './src/styles/index.css';

const phrases = [
  'Where I feel stuck this week', 'How the on-call rota feels', 'What would make the biggest difference this quarter',
  'Skills I want to build next', 'Go through my tickets and the ETA for the release', 'A win worth sharing',
  'What kind of leader I want to become', 'Pairing with the new joiner',
];
const agenda = createAgenda('2026-03-02', Array.from({ length: 1000 }, (_, index) => ({
  id: 'item-' + (index + 1),
  text: phrases[index % phrases.length] + ' (' + (index + 1) + ')',
  author: index % 5 === 0 ? 'manager' : 'report',
  pillar: PILLAR_IDS[index % 3],
})));
const toggledIndex = 500;
const toggled = agenda.items.map((item, index) => (index === toggledIndex ? { ...item, done: !item.done } : item));

function Bare({ items }) {
  return React.createElement('div', null, PILLARS.map((pillar) =>
    React.createElement('ul', { key: pillar.id }, items.filter((item) => item.pillar === pillar.id).map((item) =>
      React.createElement('li', { key: item.id },
        React.createElement('input', { type: 'checkbox', checked: item.done, readOnly: true }), item.text)))));
}
const board = () => React.createElement(AgendaBoard, { viewer: 'report', defaultValue: agenda });
const bare = (items) => React.createElement(Bare, { items });

function mount(element) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(element));
  const rendered = performance.now();
  void container.offsetHeight; // style and layout, as the user waits for them too
  const laidOut = performance.now();
  return { root, container, script: rendered - start, total: laidOut - start };
}
const nextTask = () => new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
async function mountUntilFlagged(element) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(element));
  while (!container.querySelector('[data-pattern]')) await nextTask();
  const flagged = performance.now() - start;
  root.unmount();
  container.remove();
  return flagged;
}
const median = (list) => { const sorted = [...list].sort((a, b) => a - b); return sorted[Math.floor(sorted.length / 2)]; };

window.runBench = async ({ runs, toggles }) => {
  const first = { bare: { script: [], total: [] }, board: { script: [], total: [] } };
  for (let run = 0; run < runs + 3; run++) {
    for (const [name, element] of run % 2 ? [['bare', bare(agenda.items)], ['board', board()]] : [['board', board()], ['bare', bare(agenda.items)]]) {
      const result = mount(element);
      if (run >= 3) { first[name].script.push(result.script); first[name].total.push(result.total); }
      result.root.unmount();
      result.container.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  const flagged = [];
  for (let run = 0; run < runs + 3; run++) {
    const time = await mountUntilFlagged(board());
    if (run >= 3) flagged.push(time);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  const bareMount = mount(bare(agenda.items));
  const boardMount = mount(board());
  const checkbox = boardMount.container.querySelector('[data-item-id="item-' + (toggledIndex + 1) + '"] input[type="checkbox"]');
  const toggle = { bare: [], board: [] };
  for (let run = 0; run < toggles + 10; run++) {
    let start = performance.now();
    flushSync(() => bareMount.root.render(bare(run % 2 ? agenda.items : toggled)));
    if (run >= 10) toggle.bare.push(performance.now() - start);
    start = performance.now();
    flushSync(() => checkbox.click());
    if (run >= 10) toggle.board.push(performance.now() - start);
  }
  // An even number of clicks leaves the item as it started; anything else means clicks were lost.
  if (checkbox.checked !== ((toggles + 10) % 2 === 1)) throw new Error('The board did not toggle on every click');

  return {
    firstRender: {
      bareScript: median(first.bare.script), boardScript: median(first.board.script),
      bareTotal: median(first.bare.total), boardTotal: median(first.board.total),
      boardFlagged: median(flagged),
    },
    toggle: { bare: median(toggle.bare), board: median(toggle.board) },
  };
};
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'jsx', sourcefile: 'bench-entry.jsx' },
  bundle: true,
  write: false,
  outdir: path.join(root, '.bench-out'),
  format: 'iife',
  minify: true,
  alias,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const js = bundle.outputFiles.find((file) => file.path.endsWith('.js')).text;
const css = bundle.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(`<!doctype html><html><head><style>${css}</style></head><body></body></html>`);
  await page.addScriptTag({ content: js });
  const result = await page.evaluate((options) => window.runBench(options), { runs, toggles });
  const { firstRender: f, toggle: t } = result;
  const fmt = (value) => value.toFixed(2).padStart(8);
  console.log(
    `AgendaBoard, 1,000 items, Chromium, production React (medians of ${runs} first renders, ${toggles} toggles)`,
  );
  console.log(
    `first render, script       bare ${fmt(f.bareScript)} ms   board ${fmt(f.boardScript)} ms   ratio ${(f.boardScript / f.bareScript).toFixed(2)}× (bar ≤ 2×)`,
  );
  console.log(
    `first render, with layout  bare ${fmt(f.bareTotal)} ms   board ${fmt(f.boardTotal)} ms   ratio ${(f.boardTotal / f.bareTotal).toFixed(2)}×`,
  );
  console.log(
    `until the flags are shown  bare ${fmt(f.bareScript)} ms   board ${fmt(f.boardFlagged)} ms   ratio ${(f.boardFlagged / f.bareScript).toFixed(2)}× (script, no layout; no bar)`,
  );
  console.log(
    `toggle one item            bare ${fmt(t.bare)} ms   board ${fmt(t.board)} ms   ratio ${(t.board / t.bare).toFixed(2)}× (bar ≤ 0.5×)`,
  );
} finally {
  await browser.close();
}
