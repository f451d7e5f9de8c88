import type { Plugin } from 'esbuild';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Resolves the package's public names to dist/ (never to the sources tsconfig paths point at), or keeps them external. */
export function resolveToDist(external: readonly string[] = []): Plugin {
  const files: Record<string, string> = {
    'one-on-one-kit/core': path.join(root, 'dist/core/index.js'),
    'one-on-one-kit/server-safe': path.join(root, 'dist/server-safe/index.js'),
    'one-on-one-kit': path.join(root, 'dist/index.js'),
  };
  return {
    name: 'resolve-to-dist',
    setup(builder) {
      builder.onResolve({ filter: /^one-on-one-kit(?:\/core|\/server-safe)?$/ }, ({ path: name }) =>
        external.includes(name) ? { path: name, external: true } : { path: files[name] },
      );
    },
  };
}
