import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// These run after `npm run build`, against dist/ exactly as published.
const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** Every JavaScript file of the React entry: index.js, index.cjs and the ESM chunks it splits into. */
const reactFiles = () =>
  readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' })
    // The core, the server-safe entry and the command line (cli.cjs, tested in cli.test.ts) are not the React entry.
    .filter(
      (file) =>
        /\.c?js$/.test(file) &&
        !file.startsWith('core') &&
        !file.startsWith('server-safe') &&
        !file.startsWith('cli.'),
    )
    .map((file) => path.join('dist', file));
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

describe('the built package', () => {
  it('loads the core with ESM import from Node', () => {
    const out = node([
      '--input-type=module',
      '-e',
      "import { PILLARS, OneOnOneError } from 'one-on-one-kit/core'; console.log(JSON.stringify([PILLARS.map((p) => p.id), new OneOnOneError('invalid-date', 'x', 'on').path]));",
    ]);
    expect(JSON.parse(out)).toEqual([['present', 'near-future', 'horizon'], 'on']);
  });

  it('loads the core with CommonJS require from Node', () => {
    const out = node([
      '-e',
      "const core = require('one-on-one-kit/core'); console.log(JSON.stringify([core.PILLARS.length, typeof core.OneOnOneError]));",
    ]);
    expect(JSON.parse(out)).toEqual([3, 'function']);
  });

  it('loads the React entry both ways and it does not re-export the core runtime', () => {
    const esm = node([
      '--input-type=module',
      '-e',
      "import * as kit from 'one-on-one-kit'; console.log(JSON.stringify(Object.keys(kit).sort()));",
    ]);
    const cjs = node(['-e', "console.log(JSON.stringify(Object.keys(require('one-on-one-kit')).sort()))"]);
    const esmKeys: string[] = JSON.parse(esm);
    expect(JSON.parse(cjs)).toEqual(esmKeys);
    expect(esmKeys).toContain('OneOnOneKitProvider');
    expect(esmKeys).not.toContain('nextFocus');
    expect(esmKeys).not.toContain('PILLARS');
  });

  it('marks the React entry, and only it, as a client module', () => {
    expect(reactFiles()).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/chunks/agenda-board.js']),
    );
    for (const file of reactFiles()) {
      expect(read(file).startsWith('"use client";')).toBe(true);
    }
    for (const file of [
      'dist/core/index.js',
      'dist/core/index.cjs',
      'dist/server-safe/index.js',
      'dist/server-safe/index.cjs',
    ]) {
      expect(read(file)).not.toContain('use client');
    }
  });

  it('keeps React, the DOM and the clock out of the built core', () => {
    for (const file of ['dist/core/index.js', 'dist/core/index.cjs']) {
      const code = read(file);
      expect(code).not.toMatch(/from\s+["']react|require\(["']react/);
      expect(code).not.toMatch(/\bdocument\.|\bwindow\.|Date\.now\(|new Date\(\)|\bDate\(\)|Math\.random\(/);
    }
  });

  it('shares one core between the entries instead of bundling a second copy', () => {
    for (const file of reactFiles()) expect(read(file)).not.toMatch(/class OneOnOneError/);
  });

  it('shares one copy of the class helpers and messages: the React entry imports the server-safe one', () => {
    for (const file of reactFiles()) {
      expect(read(file)).not.toMatch(/\bcva\(|This week’s focus/);
    }
    expect(read('dist/index.js')).toMatch(/from ["']one-on-one-kit\/server-safe["']/);
    expect(read('dist/index.cjs')).toContain('require("one-on-one-kit/server-safe")');
  });

  it('ships the stylesheet with tokens for both themes', () => {
    const css = read('dist/styles.css');
    expect(css).toContain('--ook-color-bg');
    expect(css).toMatch(/\[data-theme=["']?dark["']?\]/);
    expect(css).toContain('.dark');
    expect(css).toContain('prefers-reduced-motion');
  });
});
