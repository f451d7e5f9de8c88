// Bundles src/styles/index.css (tokens + every component's CSS) into dist/styles.css.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/styles/index.css'],
  outfile: 'dist/styles.css',
  bundle: true,
  minify: false,
  logLevel: 'warning',
  target: ['chrome111', 'firefox113', 'safari16.4'],
});
console.log('dist/styles.css written');
