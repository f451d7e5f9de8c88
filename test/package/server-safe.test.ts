import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

// The server-safe entry as a React Server Components bundler sees it: resolved under the
// `react-server` condition, where React itself is a server build without hooks or context.
const root = path.resolve(__dirname, '../..');

function nodeUnderReactServer(script: string) {
  return spawnSync(process.execPath, ['--conditions=react-server', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('one-on-one-kit/server-safe under the react-server condition', () => {
  it('imports in Node and its helpers, messages and tokens work there', () => {
    const run = nodeUnderReactServer(`
      import * as React from 'react';
      import * as kit from 'one-on-one-kit/server-safe';
      console.log(JSON.stringify({
        serverReact: typeof React.useState !== 'function' && typeof React.createContext !== 'function',
        card: kit.pillarCardVariants({ pillar: 'horizon', variant: 'focus' }),
        ownership: kit.formatMessage(kit.defaultMessages.agendaBoard.ownership, { who: 'named', name: 'Sam', count: 1, total: 3 }),
        horizon: kit.defaultMessages.pillars.horizon.title,
        messagesAreData: JSON.parse(JSON.stringify(kit.defaultMessages)),
        tokens: kit.tokenNames.length,
        accent: kit.tokenVar('--ook-color-accent'),
      }));
    `);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    // The condition is live: this is React's server build, which has no hooks and no context.
    expect(out.serverReact).toBe(true);
    expect(out.card).toBe(
      'ook-pillar-card ook-pillar-card--horizon ook-pillar-card--focus ook-pillar-card--full',
    );
    expect(out.ownership).toBe('Sam added 1 of 3 items');
    expect(out.horizon).toBe('The Horizon');
    expect(out.tokens).toBeGreaterThan(40);
    expect(out.accent).toBe('var(--ook-color-accent)');
  });

  it('has default messages that are plain data (every leaf a string), so RSC can pass them', () => {
    // Walked inside the react-server process, not after JSON, which would drop a function silently.
    const run = nodeUnderReactServer(`
      import { defaultMessages } from 'one-on-one-kit/server-safe';
      const leaves = [];
      const walk = (value, at) => {
        if (Array.isArray(value) || (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype))
          for (const [key, child] of Object.entries(value)) walk(child, at + '.' + key);
        else leaves.push([at, typeof value]);
      };
      walk(defaultMessages, 'messages');
      console.log(JSON.stringify(leaves));
    `);
    const leaves = JSON.parse(run.stdout) as [string, string][];
    expect(new Set(leaves.map(([at]) => at.split('.')[1]))).toEqual(
      new Set([
        'pillars',
        'agendaBoard',
        'pillarCard',
        'feedbackAsk',
        'antiPatternBanner',
        'meetingSignals',
        'cadenceTimeline',
        'dates',
      ]),
    );
    expect(leaves.length).toBeGreaterThan(60);
    expect(leaves.filter(([, type]) => type !== 'string')).toEqual([]);
  });

  it('reaches no React, React DOM or Radix module, and carries no "use client"', async () => {
    for (const format of ['esm', 'cjs'] as const) {
      const entry = path.join(root, `dist/server-safe/index.${format === 'esm' ? 'js' : 'cjs'}`);
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        metafile: true,
        platform: 'node',
        format,
        conditions: ['react-server'],
        logLevel: 'silent',
        // The package resolves its own name from the repository root, as in an app's node_modules.
        nodePaths: [path.join(root, 'node_modules')],
        tsconfigRaw: '{}',
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.some((input) => input.includes('class-variance-authority'))).toBe(true);
      expect(
        inputs.filter((input) => /node_modules[\\/](react|react-dom|@radix-ui)[\\/]/.test(input)),
      ).toEqual([]);
      expect(result.outputFiles[0]!.text).not.toContain('use client');
    }
  });

  it('unlike the client entry, which cannot be evaluated there (so this test can tell them apart)', () => {
    const run = nodeUnderReactServer(`import 'one-on-one-kit';`);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/createContext|is not a function/);
  });
});
