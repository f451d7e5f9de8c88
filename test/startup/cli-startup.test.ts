import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// How long `one-on-one-kit next` takes from spawn to exit, in a fresh Node process, against Node
// doing nothing. This project runs alone (no other test file beside it) so the numbers mean something.
const root = path.resolve(__dirname, '../..');
const cwd = mkdtempSync(path.join(tmpdir(), 'cli-startup-'));
writeFileSync(
  path.join(cwd, 'history.json'),
  JSON.stringify([
    { date: '2026-01-05', focus: 'present', feedbackAsked: true },
    { date: '2026-01-12', focus: 'horizon', feedbackAsked: true },
  ]),
);

/** The design's bar for the command's start on these machines, median of 5 runs. */
const BAR_MS = 150;
/** Node itself, doing nothing, on a quiet machine of this kind (median of 5, whole process). */
const NODE_QUIET_MS = 95;
/**
 * The shared CI machine may be busy, and then every process is slower, Node's own start included.
 * So the check is on the command's share: its time less Node's, measured in the same moment, as a
 * part of Node's. The bar leaves the command 55 ms on top of Node's 95 ms, a share of 0.58; it
 * measures about 0.25 (116 ms against 94 ms when the machine was quiet).
 */
const SHARE = (BAR_MS - NODE_QUIET_MS) / NODE_QUIET_MS;

function wallMs(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  expect(result.status).toBe(0);
  return elapsed;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

describe('the command line starts fast', () => {
  it(`answers next in under ${BAR_MS} ms on a quiet machine: its own share of the time stays small (median of 5, best of up to three rounds)`, () => {
    const cli = [path.join(root, 'dist/cli.cjs'), 'next', '--history', 'history.json', '--on', '2026-02-02'];
    const bare = ['-e', '0'];
    wallMs(cli);
    wallMs(bare);
    // Up to three rounds of five, stopping at the first within the bar: a burst of load from the
    // projects before this one (Chromium closing) once took one round's share to 0.76.
    let share = Infinity;
    for (let round = 0; round < 3 && share >= SHARE; round++) {
      const runs = Array.from({ length: 5 }, () => [wallMs(cli), wallMs(bare)] as const);
      const command = median(runs.map(([run]) => run));
      const node = median(runs.map(([, run]) => run));
      const overhead = median(runs.map(([run, base]) => run - base));
      console.log(
        `one-on-one-kit next: median ${command.toFixed(0)} ms; node -e 0: ${node.toFixed(0)} ms; the command's own share: ${overhead.toFixed(0)} ms`,
      );
      share = overhead / node;
    }
    // On a quiet machine: the bar itself.
    expect(share).toBeLessThan(SHARE);
  });
});
