import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The speed bars, measured as a host runs detection: in plain Node processes (no test runner between),
// by scripts/bench-detect.mjs, in a step of `npm test` of their own (`npm run test:speed`). The
// machines that run this are shared: a measurement taken while other work saturates the cores says
// little, so a miss is measured again, up to five times, and the best measurement is held to the
// bars. The 10,000-item bar is held on CPU time: what the work costs, not how long it waited for a
// core another process had (the wall times are printed beside it). Takes 10 s, up to 90 s when busy.

interface Measured {
  firstCall: { median: number; all: number[] };
  sets: Record<string, { items: number; characters: number; median: number; fastest: number; cpu: number }>;
}

const script = path.resolve(__dirname, '../../scripts/bench-detect.mjs');
const measure = (): Measured =>
  JSON.parse(
    execFileSync(process.execPath, [script, '--json', '--runs', '25'], { encoding: 'utf8' }),
  ) as Measured;

// Each bar is met by some measurement, or the last one is reported. Between attempts it waits a few
// seconds, so a burst of other work can pass.
function bestOf(attempts: number, meets: (measured: Measured) => boolean): Measured {
  let measured = measure();
  for (let attempt = 1; attempt < attempts && !meets(measured); attempt++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3000);
    measured = measure();
  }
  return measured;
}

const report = ({ firstCall, sets }: Measured): void =>
  console.log(
    [
      `first call in a fresh process: median ${firstCall.median.toFixed(1)} ms (${firstCall.all.map((time) => time.toFixed(1)).join(', ')})`,
      ...Object.entries(sets).map(
        ([name, set]) =>
          `${name}: ${set.items} items of ${set.characters} characters, median ${set.median.toFixed(1)} ms, fastest ${set.fastest.toFixed(1)} ms, CPU ${set.cpu.toFixed(1)} ms`,
      ),
    ].join('\n'),
  );

describe('detection speed, in plain Node', () => {
  it('answers the first call in a fresh process, on a cue-rich item, within 20 ms (median of 5 processes, cold)', () => {
    const measured = bestOf(5, ({ firstCall }) => firstCall.median <= 20);
    report(measured);
    expect(measured.firstCall.all).toHaveLength(5);
    expect(measured.firstCall.median).toBeLessThanOrEqual(20);
  });

  it('reads 10,000 items of ~72 characters within 25 ms of CPU time (median), in time linear in their length', () => {
    const linear = ({ sets }: Measured): boolean =>
      sets['length 10×']!.cpu <= sets['length 1×']!.cpu * 1.5 &&
      sets['length 100×']!.cpu <= sets['length 1×']!.cpu * 1.5;
    const measured = bestOf(5, (candidate) => candidate.sets['wordy']!.cpu <= 25 && linear(candidate));
    report(measured);
    const { wordy } = measured.sets;
    expect(wordy!.items).toBe(10_000);
    expect(wordy!.characters).toBeGreaterThanOrEqual(65);
    expect(wordy!.characters).toBeLessThanOrEqual(80);
    expect(wordy!.cpu).toBeLessThanOrEqual(25);
    // The same text cut into items 10 and 100 times as long takes no longer: linear, not quadratic.
    expect(linear(measured)).toBe(true);
  });
});
