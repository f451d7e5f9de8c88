// Screenshots of stories in light and dark, for looking at the kit without a browser at hand.
// Starts Storybook's dev server on a spare port, captures each story (after its play function), then
// stops the server. Usage:
//   node scripts/screenshots.mjs components-pillarcard--focus components-feedbackask--open
//   node scripts/screenshots.mjs --out /tmp/shots --width 1100 components-pillarcard--all-three
//   node scripts/screenshots.mjs --dir rtl --forced --touch --width 375 components-agendaboard--empty
// PNGs go to --out (default: the system temp dir); never commit them.
//   npm run screenshots -- --readme
// writes the README's pictures instead: the composed 1:1 screen in light and dark, at 1280 px and on a
// 375 px touch screen, to docs/screenshots/ (these are committed).
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
function flag(name) {
  const at = args.indexOf(name);
  if (at !== -1) args.splice(at, 1);
  return at !== -1;
}
const readme = flag('--readme');
const forced = flag('--forced');
const touch = flag('--touch');
const out = option(
  '--out',
  readme ? path.resolve('docs/screenshots') : path.join(tmpdir(), 'ook-screenshots'),
);
const width = Number(option('--width', '900'));
const port = Number(option('--port', '6106'));
const themes = option('--themes', 'light,dark').split(',');
const dir = option('--dir', 'ltr');
const ids = readme ? [] : args;
// The README's pictures: one story, two themes, a desktop and a phone.
const shots = readme
  ? ['light', 'dark'].flatMap((theme) => [
      {
        id: 'screens-one-on-one--report-view',
        theme,
        width: 1280,
        touch: false,
        file: `one-on-one-${theme}-1280.png`,
      },
      {
        id: 'screens-one-on-one--report-view',
        theme,
        width: 375,
        touch: true,
        file: `one-on-one-${theme}-375.png`,
      },
    ])
  : ids.flatMap((id) =>
      themes.map((theme) => ({
        id,
        theme,
        width,
        touch,
        file: `${id}--${theme}${dir === 'rtl' ? '--rtl' : ''}${forced ? '--forced' : ''}.png`,
      })),
    );
if (shots.length === 0) {
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
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: 800 },
      deviceScaleFactor: 1,
      forcedColors: forced ? 'active' : 'none',
      hasTouch: shot.touch,
      isMobile: shot.touch,
    });
    const page = await context.newPage();
    const id = shot.id;
    await page.goto(
      `http://localhost:${port}/iframe.html?id=${id}&viewMode=${id.endsWith('--docs') ? 'docs' : 'story'}&globals=theme:${shot.theme};dir:${dir}`,
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
    const file = path.join(out, shot.file);
    // The whole page, by growing the viewport to it: a fullPage capture re-lays the page out without the
    // touch emulation, so a phone's 44 px targets would show at desktop size.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: shot.width, height });
    await page.waitForTimeout(300);
    await page.screenshot({ path: file });
    console.log(file);
    await context.close();
  }
  await browser.close();
} finally {
  stopServer();
}
