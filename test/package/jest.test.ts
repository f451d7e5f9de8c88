import { spawnSync } from 'node:child_process';
import path from 'node:path';

// A real Jest 30 run (jsdom) against the built package, with the config the README documents:
// examples/jest/jest.config.cjs and its stylesheet stub. Jest resolves `one-on-one-kit` through the
// package's exports map to dist/ (the CommonJS build), as it would in a host app.
const root = path.resolve(__dirname, '../..');
const jest = path.join(root, 'node_modules/jest/bin/jest.js');

function runJest(config: string) {
  const run = spawnSync(process.execPath, [jest, '--ci', '--json', '--config', config], {
    cwd: root,
    encoding: 'utf8',
  });
  return { ...run, report: JSON.parse(run.stdout) as { success: boolean; numPassedTests: number } };
}

describe('Jest with the documented config', () => {
  it('renders kit components from dist in jsdom', () => {
    const { report, status, stderr } = runJest('examples/jest/jest.config.cjs');
    expect(stderr).not.toMatch(/Warning:|Error:/);
    expect(status).toBe(0);
    expect(report.success).toBe(true);
    expect(report.numPassedTests).toBe(2);
  });

  it('fails on the stylesheet import without the CSS mapper, which is why the README gives it', () => {
    const { report, stderr } = runJest(
      JSON.stringify({ rootDir: path.join(root, 'examples/jest'), testEnvironment: 'jsdom' }),
    );
    expect(report.success).toBe(false);
    expect(stderr).toMatch(/styles\.css/);
  });
});
