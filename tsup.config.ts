import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { 'core/index': 'src/core/index.ts' },
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { composite: false } },
    tsconfig: 'tsconfig.core.json',
    target: 'es2022',
    sourcemap: true,
    clean: true,
  },
  {
    entry: { index: 'src/react/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    sourcemap: true,
    external: ['react', 'react-dom', 'react/jsx-runtime', /^one-on-one-kit\/core$/],
    // The React entry is a client module for RSC frameworks; the core never is.
    banner: { js: '"use client";' },
  },
]);
