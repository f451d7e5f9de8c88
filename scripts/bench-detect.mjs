// Times detectAntiPatterns over 10,000 agenda items in a plain Node process, as a host app or server
// runs it: the kit's labelled and holdout texts, cycled and made unique, bundled from the sources with
// esbuild. After warm-up runs it prints the fastest and the median of the timed runs, and how the
// phrase rules alone (no lexicon) compare, interleaved so background load hits both alike.
//   node scripts/bench-detect.mjs [--runs 60]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { alias } from './aliases.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--runs');
const runs = at === -1 ? 60 : Number(process.argv[at + 1]);

const entry = `
import { detectAntiPatterns, englishRules } from 'one-on-one-kit/core';
export { shortBenchItems as items, wordyBenchItems as longer } from './test/core/fixtures/bench-items';
export const rulesOnly = { rules: { ...englishRules, lexicon: undefined } };
export { detectAntiPatterns };
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  alias,
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;
const { detectAntiPatterns, items, longer, rulesOnly } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

const time = (set, options) => {
  const started = performance.now();
  detectAntiPatterns(set, options);
  return performance.now() - started;
};
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `fastest ${sorted[0].toFixed(1)} ms, median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms`;
};
console.log(
  `detectAntiPatterns over 10,000 agenda items, Node ${process.versions.node}, ${runs} runs (bar: well under 50 ms)`,
);
for (const [name, set] of [
  ['labelled texts, 43 characters on average', items],
  ['sealed sets, 72 characters on average', longer],
]) {
  for (let run = 0; run < 10; run++) {
    time(set);
    time(set, rulesOnly);
  }
  const full = [];
  const rules = [];
  for (let run = 0; run < runs; run++) {
    full.push(time(set));
    rules.push(time(set, rulesOnly));
  }
  const flagged = new Set(detectAntiPatterns(set).map((finding) => finding.itemId)).size;
  console.log(`${name} (${flagged} flagged)`);
  console.log(`  rules and lexicon  ${summary(full)}`);
  console.log(`  phrase rules alone ${summary(rules)}`);
}
