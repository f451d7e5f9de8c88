// The long fuzz run: 120,000 generated cases over every export of the core (FUZZ_CASES to change it),
// from a fresh seed each time unless FUZZ_SEED is set; the seed is printed, so a failure can be replayed.
import { spawnSync } from 'node:child_process';

const cases = process.env.FUZZ_CASES ?? '120000';
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: ${cases} cases, seed ${seed} (replay with FUZZ_SEED=${seed})`);
const result = spawnSync('npx', ['vitest', 'run', '--project', 'core', 'test/core/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_CASES: cases, FUZZ_SEED: seed },
});
process.exit(result.status ?? 1);
