import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// What a release ships besides the code: licences for the kit and for what dist/ bundles, and an API
// report per public entry that changes only on purpose.
const root = path.resolve(__dirname, '../..');
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8' });

describe('release files', () => {
  it('packs the licence, the third-party notices and the changelog with dist', () => {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
      }),
    ) as [{ files: { path: string }[] }];
    const files = pack.files.map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'THIRD-PARTY-NOTICES.md',
        'CHANGELOG.md',
        'README.md',
        'dist/index.js',
      ]),
    );
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} /,
    );
  });

  it('names every package bundled into dist in THIRD-PARTY-NOTICES.md, with its licence text', () => {
    const check = run('third-party-notices.mjs', '--check');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const notices = readFileSync(path.join(root, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    // dist/ bundles no other package's code (the board's drag and drop is the browser's own drag
    // events), so the file says so; bundling one in fails the check above until its notice is added.
    expect(check.stdout).toContain('(nothing bundled)');
    expect(notices).toContain('contains no code from other packages');
    expect(notices).not.toMatch(/^## /m);
  });
});

describe('the repository', () => {
  it('stands alone: no file refers to documents outside it', () => {
    // Built from pieces so this file does not match itself.
    const outside = new RegExp(
      [
        ...['DESIGN', 'STYLE', 'TOOLCHAIN'].map((name) => `\\b${name}\\.md`),
        '\\.\\./shared',
        '/' + 'work/',
      ].join('|'),
    );
    const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file && file !== 'package-lock.json' && existsSync(path.join(root, file)));
    const offenders = files.filter((file) => outside.test(readFileSync(path.join(root, file), 'utf8')));
    expect(files.length).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });
});

describe('API reports', () => {
  it('match the public surface dist/ declares, entry by entry', () => {
    const check = run('api-report.mjs', '--check');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('one-on-one-kit, one-on-one-kit/core');
  });

  it('fail the check when the surface changed without the report', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ook-api-report-'));
    try {
      cpSync(path.join(root, 'api-report'), folder, { recursive: true });
      const report = path.join(folder, 'one-on-one-kit.core.api.md');
      // As if nextFocus had been added since the report was written.
      writeFileSync(report, readFileSync(report, 'utf8').replace(/^export function nextFocus\(.*$/m, ''));
      const check = run('api-report.mjs', '--check', '--report-folder', folder);
      expect(check.status).toBe(1);
      expect(check.stderr).toContain('one-on-one-kit.core.api.md');
      expect(check.stderr).toContain('npm run api:update');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
