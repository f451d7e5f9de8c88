// Bundles src/styles/index.css (tokens + every component's CSS) into dist/styles.css, and ships the
// design tokens as W3C Design Tokens JSON (dist/tokens.json, written from tokens.css by `npm run tokens`).
import { copyFileSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: ['src/styles/index.css'],
  outfile: 'dist/styles.css',
  bundle: true,
  minify: false,
  logLevel: 'warning',
  target: ['chrome111', 'firefox113', 'safari16.4'],
});
copyFileSync('src/styles/tokens.json', 'dist/tokens.json');
console.log('dist/styles.css and dist/tokens.json written');
