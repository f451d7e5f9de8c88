// Screenshots of stories in light and dark, for looking at the kit without a browser at hand.
// Starts Storybook's dev server on a spare port, captures each story (after its play function), then
// stops the server. Usage:
//   node scripts/screenshots.mjs components-pillarcard--focus components-feedbackask--open
//   node scripts/screenshots.mjs --out /tmp/shots --width 1100 components-pillarcard--all-three
// PNGs go to --out (default: the system temp dir); never commit them.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const args = process.argv.slice(2);
function option(name, fallback) {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
}
const out = option('--out', path.join(tmpdir(), 'ook-screenshots'));
const width = Number(option('--width', '900'));
const port = Number(option('--port', '6106'));
const themes = option('--themes', 'light,dark').split(',');
const ids = args;
if (ids.length === 0) {
  console.error('Give one or more story ids, e.g. components-pillarcard--focus');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const server = spawn('npx', ['storybook', 'dev', '-p', String(port), '--ci', '--no-open', '--quiet'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
// The server runs in its own process group so it (and its children) stop together.
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);
process.on('SIGINT', () => process.exit(130));

async function waitForServer() {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://localhost:${port}/iframe.html`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('Storybook did not start within 3 minutes');
}

try {
  await waitForServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  for (const id of ids) {
    for (const theme of themes) {
      await page.goto(
        `http://localhost:${port}/iframe.html?id=${id}&viewMode=${id.endsWith('--docs') ? 'docs' : 'story'}&globals=theme:${theme}`,
      );
      // Storybook marks the story rendered (and its play function finished) on the root.
      await page
        .waitForFunction(() => !document.body.classList.contains('sb-show-preparing-story'), null, {
          timeout: 60_000,
        })
        .catch(() => {});
      if (id.endsWith('--docs')) {
        await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: 60_000 }).catch(() => {});
      }
      await page.waitForTimeout(600);
      const file = path.join(out, `${id}--${theme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
  await browser.close();
} finally {
  stopServer();
}
