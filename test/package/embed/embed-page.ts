// Serves the embedding page (embed/app.tsx, rendered on the server from dist/ and hydrated in the
// browser) under a strict Content-Security-Policy, and opens it in Chromium.
import { build, type BuildOptions } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import {
  contentSecurityPolicy,
  withContentSecurityPolicy,
} from '../../../examples/readme/content-security-policy';
import { resolveToDist } from '../resolve-to-dist';

const root = path.resolve(__dirname, '../../..');

/** The policy a security review asks for (the README's example): no inline styles, no nonce. */
export const STRICT_CSP = contentSecurityPolicy;

/** A host page that paints itself white, in serif type, and lays the kit out. Not in a cascade layer. */
export const WHITE_HOST_CSS = `
body { margin: 0; background: #fff; color: #111; font: 16px/1.5 Georgia, serif; }
.host-header { display: flex; align-items: center; gap: 16px; padding: 8px 24px; }
.host-layout { display: flex; flex-direction: column; gap: 24px; padding: 24px; max-width: 1100px; }
.host-row { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 16px; }
.host-row > article { flex: 1 1 260px; }
.host-footer { min-height: 2400px; padding: 24px; }
.host-scroller { position: fixed; left: 8px; bottom: 8px; width: 240px; height: 120px; overflow: auto; background: #f4f4f4; }
.host-scroller p { height: 600px; margin: 8px; }
`;

export interface EmbedPageOptions {
  /** `data-theme` on `<html>`; none when left out. */
  theme?: 'light' | 'dark';
  /** The host's own stylesheet. */
  hostCss: string;
  /** Which stylesheet the page links first. */
  order: 'kit-first' | 'host-first';
  /** Loads axe-core into the page (as a same-origin script, so the policy allows it). */
  axe?: boolean;
  /** The browser context's options: a phone's viewport and touch, forced colours. */
  context?: BrowserContextOptions;
}

/** An open page and what it reported: CSP violations (read with {@link violationsOf}) aside, console and React errors. */
export interface EmbedPage {
  page: Page;
  errors: string[];
}

export interface EmbedServer {
  /** Opens a page and resolves once it is hydrated. */
  open(browser: Browser, options: EmbedPageOptions): Promise<EmbedPage>;
  close(): Promise<void>;
}

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Every `securitypolicyviolation` event the page has fired since it started loading. */
export function violationsOf(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => (window as unknown as { __ookViolations: CspViolation[] }).__ookViolations);
}

async function bundles() {
  const common: BuildOptions = {
    bundle: true,
    jsx: 'automatic',
    logLevel: 'silent',
    // Ignore tsconfig paths (they point at the sources); the plugin sends the public names to dist/.
    tsconfigRaw: '{}',
    plugins: [resolveToDist()],
  };
  const client = await build({
    ...common,
    entryPoints: [path.join(__dirname, 'client.tsx')],
    format: 'esm',
    platform: 'browser',
    write: false as const,
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  // The server bundle imports its dependencies from node_modules, so it is written where Node finds them.
  const cache = path.join(root, 'node_modules/.cache/one-on-one-kit-embed');
  mkdirSync(cache, { recursive: true });
  const serverFile = path.join(cache, `server-${randomUUID()}.mjs`);
  await build({
    ...common,
    entryPoints: [path.join(__dirname, 'server.tsx')],
    format: 'esm',
    platform: 'node',
    outfile: serverFile,
    packages: 'external',
  });
  try {
    const server = (await import(pathToFileURL(serverFile).href)) as { renderEmbedApp(): string };
    return { clientJs: client.outputFiles[0]!.text, appHtml: server.renderEmbedApp() };
  } finally {
    rmSync(serverFile, { force: true });
  }
}

function pageHtml(options: EmbedPageOptions, appHtml: string, hostCssPath: string) {
  const sheets = options.order === 'kit-first' ? ['/kit.css', hostCssPath] : [hostCssPath, '/kit.css'];
  return `<!doctype html>
<html lang="en"${options.theme ? ` data-theme="${options.theme}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A host page embedding one-on-one-kit</title>
${sheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
</head>
<body>
<header class="host-header"><h1>Team portal</h1><button type="button" id="host-button">Host button</button></header>
<main id="app">${appHtml}</main>
<footer class="host-footer"><p>The host's own content continues below.</p></footer>
<aside class="host-scroller" tabindex="0" aria-label="Host notes"><p>A scroll container of the host's own.</p></aside>
<script type="module" src="/client.js"></script>
${options.axe ? '<script src="/axe.js"></script>' : ''}
</body>
</html>`;
}

/** Builds the page's bundles from dist/ and starts a local server that sends {@link STRICT_CSP} with every response. */
export async function startEmbedServer(): Promise<EmbedServer> {
  const { clientJs, appHtml } = await bundles();
  const files = new Map<string, { type: string; body: string }>([
    ['/client.js', { type: 'text/javascript', body: clientJs }],
    // Chromium asks for one; a 404 would show up as a console error.
    ['/favicon.ico', { type: 'image/x-icon', body: '' }],
    ['/kit.css', { type: 'text/css', body: readFileSync(path.join(root, 'dist/styles.css'), 'utf8') }],
    [
      '/axe.js',
      {
        type: 'text/javascript',
        body: readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'),
      },
    ],
  ]);
  const server: Server = createServer(
    withContentSecurityPolicy((request, response) => {
      const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
      response.writeHead(file ? 200 : 404, {
        'Content-Type': `${file?.type ?? 'text/plain'}; charset=utf-8`,
      });
      response.end(file?.body ?? 'not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let pages = 0;

  return {
    async open(browser, options) {
      pages += 1;
      const hostCssPath = `/host-${pages}.css`;
      files.set(hostCssPath, { type: 'text/css', body: options.hostCss });
      files.set(`/page-${pages}`, { type: 'text/html', body: pageHtml(options, appHtml, hostCssPath) });
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, ...options.context });
      page.setDefaultTimeout(10_000);
      const errors: string[] = [];
      // Listens before the document parses, so a violation in the server-rendered HTML counts too.
      await page.addInitScript(() => {
        const violations: CspViolation[] = [];
        Object.assign(window, { __ookViolations: violations });
        document.addEventListener('securitypolicyviolation', (event) => {
          violations.push({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            sample: event.sample,
          });
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/page-${pages}`);
      await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
      errors.push(
        ...(await page.evaluate(() => (window as unknown as { __ookErrors: string[] }).__ookErrors)),
      );
      return { page, errors };
    },
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * Chromium with classic scrollbars (Playwright hides them in headless mode by default), so a scroll
 * lock that shifts the page sideways shows up.
 */
export function launchChromium() {
  return chromium.launch({
    ...chromiumLaunchOptions(),
    headless: true,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
}

/** A test file's Chromium and embed server: started before its tests, closed after them. */
export interface EmbedSession {
  /** The browser (from the file's `beforeAll` on). */
  readonly browser: Browser;
  /** Opens a page of the embed server in that browser ({@link EmbedServer.open}). */
  open(options: EmbedPageOptions): Promise<EmbedPage>;
}

/** Registers the `beforeAll` that starts Chromium and the embed server, and the `afterAll` that closes them. */
export function useEmbedSession(): EmbedSession {
  let browser: Browser | undefined;
  let server: EmbedServer | undefined;
  // Starting Chromium and bundling the page can take a while on a busy machine.
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startEmbedServer()]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!browser || !server) throw new Error('The embed session starts in beforeAll: use it inside a test.');
    return { browser, server };
  };
  return {
    get browser() {
      return started().browser;
    },
    open: (options) => {
      const { browser: opened, server: serving } = started();
      return serving.open(opened, options);
    },
  };
}
