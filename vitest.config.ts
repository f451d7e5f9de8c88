import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { alias } from './scripts/aliases.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/core/**/*.test.ts'],
          benchmark: { include: ['test/**/*.bench.ts'] },
          globals: true,
        },
      },
      ...(['react', 'react-18'] as const).map((name) => ({
        plugins: [react()],
        resolve: { alias },
        test: {
          name,
          environment: 'jsdom',
          include: ['test/react/**/*.test.{ts,tsx}'],
          setupFiles: ['test/react/setup.ts'],
          globals: true,
          // Typing whole agendas with user-event in jsdom takes seconds on a loaded 2-core machine.
          testTimeout: 20_000,
          // The same suite on React 18.3: every import or require of React in the workers gets test/react-18's copy.
          ...(name === 'react-18' && { execArgv: ['--import', './test/react-18/use-react-18.mjs'] }),
          provide: { reactMajor: name === 'react-18' ? (18 as const) : (19 as const) },
        },
      })),
      {
        // Speed bars, timed in plain Node child processes: run on their own, after the unit tests, so
        // no other test file competes for the cores while they measure.
        test: {
          name: 'speed',
          environment: 'node',
          include: ['test/speed/**/*.test.ts'],
          globals: true,
          testTimeout: 180_000,
        },
      },
      {
        // Package checks test the built dist/ as users get it, so no source aliases here.
        test: {
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts'],
          globals: true,
          testTimeout: 60_000,
        },
      },
      {
        // The command line's start-up time, measured alone (its own vitest run in test:package).
        test: {
          name: 'startup',
          environment: 'node',
          include: ['test/startup/**/*.test.ts'],
          globals: true,
          testTimeout: 60_000,
        },
      },
      ...(
        [
          { name: 'light', globals: { theme: 'light' } },
          { name: 'dark', globals: { theme: 'dark' } },
          // The main stories (tagged `main`) again: in Windows-style forced colours, and right to left.
          {
            name: 'forced-colors',
            globals: { theme: 'light' },
            main: true,
            context: { forcedColors: 'active' },
          },
          { name: 'rtl', globals: { theme: 'light', dir: 'rtl' }, main: true },
        ] as const
      ).map((run) => ({
        plugins: [
          storybookTest({
            configDir: path.join(root, '.storybook'),
            initialGlobals: run.globals,
            ...('main' in run && { tags: { include: ['main'] } }),
          }),
        ],
        resolve: { alias },
        test: {
          name: `storybook:${run.name}`,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: chromiumLaunchOptions(),
              ...('context' in run && { contextOptions: run.context }),
            }),
            instances: [{ browser: 'chromium' as const }],
          },
        },
      })),
    ],
  },
});
