import type { StorybookConfig } from '@storybook/react-vite';
import { alias } from '../scripts/aliases.mjs';
import { reactDocgenTypescriptOptions } from './docgen.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: 'react-docgen-typescript', reactDocgenTypescriptOptions },
  viteFinal: async (viteConfig) => {
    viteConfig.resolve = { ...viteConfig.resolve, alias: { ...alias } };
    return viteConfig;
  },
};

export default config;
