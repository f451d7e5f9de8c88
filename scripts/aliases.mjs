// Source aliases: stories, tests and the example import the kit by its public names.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Most specific first: a bundler takes the first entry that matches.
export const alias = {
  'one-on-one-kit/styles.css': path.join(root, 'src/styles/index.css'),
  'one-on-one-kit/core': path.join(root, 'src/core/index.ts'),
  'one-on-one-kit/server-safe': path.join(root, 'src/server-safe/index.ts'),
  'one-on-one-kit': path.join(root, 'src/react/index.ts'),
};
