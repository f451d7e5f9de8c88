// Times detectAntiPatterns in plain Node processes, as a host app or server runs it, bundled from the
// sources with esbuild:
//   - the first call in a fresh process, on one cue-rich item, cold (no warm-up): the median of
//     several processes;
//   - 10,000 items, short and wordy, warmed up: the median and fastest wall time of the timed runs,
//     and the median CPU time (what the work costs when other processes share the cores);
//   - the same text cut into longer items (10,000 × 1, 1,000 × 10, 100 × 100 lengths): linear time
//     gives the same time for each.
//   node scripts/bench-detect.mjs [--runs 40] [--processes 5] [--json]
// test/core/anti-patterns.speed.test.ts runs it with --json and holds the numbers to their bars.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { alias } from './aliases.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const runs = option('--runs', 40);
const processes = option('--processes', 5);
const json = process.argv.includes('--json');

/** The item the first call is timed on: cue-rich, so every stage runs. */
export const COLD_ITEM = 'Go over your tickets and the stack trace from yesterday, why is your output down';

const bundle = async (contents, file) => {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    alias,
    logLevel: 'error',
  });
  writeFileSync(file, result.outputFiles[0].text);
  return file;
};

const dir = mkdtempSync(path.join(tmpdir(), 'bench-detect-'));
const cold = await bundle(
  `import { detectAntiPatterns } from 'one-on-one-kit/core';
   const started = performance.now();
   detectAntiPatterns([{ id: 'a', text: ${JSON.stringify(COLD_ITEM)} }]);
   console.log(performance.now() - started);`,
  path.join(dir, 'cold.mjs'),
);
const warm = await bundle(
  `import { detectAntiPatterns } from 'one-on-one-kit/core';
   export { shortBenchItems, wordyBenchItems, wordyBenchTexts } from './test/core/fixtures/bench-items';
   export { detectAntiPatterns };`,
  path.join(dir, 'warm.mjs'),
);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fastest = (values) => Math.min(...values);

const firstCalls = Array.from({ length: processes }, () => Number(execFileSync(process.execPath, [cold])));

const { detectAntiPatterns, shortBenchItems, wordyBenchItems, wordyBenchTexts } = await import(warm);
// The wordy texts joined into one text, cut into items of `times` the average length each: the same
// text every time, so a linear detector takes the same time for each.
const text = wordyBenchTexts.join(' ').repeat(12);
const average = Math.round(wordyBenchTexts.join(' ').length / wordyBenchTexts.length);
const cut = (times) => {
  const count = Math.round(10_000 / times);
  const size = average * times;
  return Array.from({ length: count }, (_, index) => ({
    id: String(index),
    text: text.slice(index * size, (index + 1) * size),
  }));
};
const sets = {
  short: shortBenchItems,
  wordy: wordyBenchItems,
  'length 1×': cut(1),
  'length 10×': cut(10),
  'length 100×': cut(100),
};
const times = Object.fromEntries(Object.keys(sets).map((name) => [name, { wall: [], cpu: [] }]));
// Each set warmed up and timed on its own, as a host checks the same kind of items again and again.
for (const [name, set] of Object.entries(sets)) {
  for (let run = 0; run < runs + 10; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    detectAntiPatterns(set);
    const wall = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    if (run >= 10) {
      times[name].wall.push(wall);
      times[name].cpu.push((user + system) / 1000);
    }
  }
}

const result = {
  node: process.versions.node,
  firstCall: { median: median(firstCalls), all: firstCalls },
  sets: Object.fromEntries(
    Object.entries(sets).map(([name, set]) => [
      name,
      {
        items: set.length,
        characters: Math.round(set.reduce((sum, item) => sum + item.text.length, 0) / set.length),
        median: median(times[name].wall),
        fastest: fastest(times[name].wall),
        cpu: median(times[name].cpu),
      },
    ]),
  ),
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`detectAntiPatterns in plain Node ${result.node}`);
  console.log(
    `first call in a fresh process (cold, one cue-rich item): median ${result.firstCall.median.toFixed(1)} ms of ${processes} processes (${firstCalls.map((time) => time.toFixed(1)).join(', ')})`,
  );
  for (const [name, { items, characters, median: middle, fastest: best, cpu }] of Object.entries(
    result.sets,
  )) {
    console.log(
      `${name.padEnd(12)} ${String(items).padStart(6)} items of ${String(characters).padStart(5)} characters: median ${middle.toFixed(1)} ms, fastest ${best.toFixed(1)} ms, median CPU ${cpu.toFixed(1)} ms (${runs} runs)`,
    );
  }
}
