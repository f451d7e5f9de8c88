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
import { holdoutAgendaItems } from './test/core/fixtures/agenda-items.holdout';
import { labelledAgendaItems } from './test/core/fixtures/agenda-items.labelled';
const texts = [...labelledAgendaItems, ...holdoutAgendaItems].map(([text]) => text);
export const items = Array.from({ length: 10_000 }, (_, index) => ({
  id: 'item-' + index,
  text: texts[index % texts.length] + ' (' + index + ')',
}));
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
const { detectAntiPatterns, items, rulesOnly } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

const time = (options) => {
  const started = performance.now();
  detectAntiPatterns(items, options);
  return performance.now() - started;
};
for (let run = 0; run < 10; run++) {
  time(undefined);
  time(rulesOnly);
}
const full = [];
const rules = [];
for (let run = 0; run < runs; run++) {
  full.push(time(undefined));
  rules.push(time(rulesOnly));
}
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `fastest ${sorted[0].toFixed(1)} ms, median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms`;
};
const flagged = new Set(detectAntiPatterns(items).map((finding) => finding.itemId)).size;
console.log(
  `detectAntiPatterns, 10,000 agenda items (${flagged} flagged), Node ${process.versions.node}, ${runs} runs`,
);
console.log(`rules and lexicon  ${summary(full)}   (bar: well under 50 ms)`);
console.log(`phrase rules alone ${summary(rules)}`);
