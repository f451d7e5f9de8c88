import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOCUMENTED_CODES } from '../core/fuzz/harness';

// The README's examples are real files: the Node one runs here against dist/ (the package resolves
// itself by name), the component ones are typechecked by `npm run typecheck` and rendered by
// test/react/readme-*.test.tsx. These tests keep the README printing exactly those files.
const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const readme = read('README.md');

describe('README examples', () => {
  it('prints the core example and the component example exactly as the checked files', () => {
    // The README drops the first line of focus.mjs (how to run it from this repository).
    expect(readme).toContain(read('examples/readme/focus.mjs').split('\n').slice(1).join('\n'));
    expect(readme).toContain(read('examples/readme/one-on-one-screen.tsx'));
  });

  it('prints the Embedding examples exactly as the files the tests run', () => {
    // team-page.tsx and spanish-messages.ts are rendered by test/react/readme-team-page.test.tsx;
    // the Jest files are run by test/package/jest.test.ts.
    for (const file of [
      'examples/readme/team-page.tsx',
      'examples/readme/spanish-messages.ts',
      'examples/jest/jest.config.cjs',
      'examples/jest/style-stub.cjs',
    ]) {
      expect(readme, file).toContain(read(file));
    }
    for (const heading of [
      '## Embedding',
      '### React versions',
      '### Server rendering and server components',
      '### Jest',
      '### Messages',
    ]) {
      expect(readme).toContain(`\n${heading}\n`);
    }
  });

  it('prints the embedding examples exactly as the files the browser tests use', () => {
    // Run by test/package/csp.test.ts (the server's policy) and test/package/theme-scope.test.ts (layers).
    expect(readme).toContain(read('examples/readme/content-security-policy.ts'));
    expect(readme).toContain(read('examples/readme/host-styles.css'));
  });

  it('runs the core example in plain Node and prints what its comments promise', () => {
    const output = execFileSync(process.execPath, ['examples/readme/focus.mjs'], {
      cwd: root,
      encoding: 'utf8',
    });
    const lines = output.trim().split('\n');
    expect(lines[0]).toBe('horizon');
    expect(lines[1]).toBe('The Horizon was last discussed 42 days ago; it comes up about every 6 weeks.');
    expect(lines.filter((line) => line.startsWith('- '))).toHaveLength(2);
    expect(output).toContain("status-update [ 'ETA', 'PAY-1234' ]");
    expect(lines.at(-1)).toBe('invalid-date on');
  });

  it('prints the meeting lifecycle examples exactly as the files the tests run', () => {
    // end-meeting.mjs runs below; signals-panel.tsx and rhythm.tsx are rendered by
    // test/react/readme-signals-rhythm.test.tsx.
    expect(readme).toContain(read('examples/readme/end-meeting.mjs').split('\n').slice(1).join('\n'));
    for (const file of ['examples/readme/signals-panel.tsx', 'examples/readme/rhythm.tsx'])
      expect(readme, file).toContain(read(file));
    for (const heading of [
      '### Across meetings',
      '### Next steps on the board',
      '### MeetingSignals',
      '### CadenceTimeline',
    ])
      expect(readme).toContain(`\n${heading}\n`);
  });

  it('runs the meeting lifecycle example in plain Node and prints what its comments promise', () => {
    const output = execFileSync(process.execPath, ['examples/readme/end-meeting.mjs'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output.trimEnd().split('\n')).toEqual([
      "[ 'What would a staff engineer path look like?' ]",
      "[ 'Draft the on-call handbook' ]",
      "2026-11-30 [ 'Pair with Ana on the migration ×2' ]",
      "[ 'Wants to lead a small team within a year' ]",
      'true',
    ]);
  });

  it('prints the calendar and schema examples exactly as the checked files', () => {
    for (const file of ['examples/readme/calendar.mjs', 'examples/readme/validate.mjs'])
      expect(readme).toContain(read(file).split('\n').slice(1).join('\n'));
  });

  it('runs the calendar example: it writes sam.ics and prints its first event', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'readme-calendar-'));
    const output = execFileSync(process.execPath, [path.join(root, 'examples/readme/calendar.mjs')], {
      cwd,
      encoding: 'utf8',
    });
    // The comments under the console.log are the output, line for line.
    const promised = read('examples/readme/calendar.mjs').split('console.log(firstEvent.join')[1]!;
    const lines = [...promised.matchAll(/^\/\/ (.*)$/gm)].map((match) => match[1]);
    expect(output.trimEnd().split('\n')).toEqual(lines);
    expect(readFileSync(path.join(cwd, 'sam.ics'), 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(8);
  });

  it('runs the schema example with Ajv and prints what its comments promise', () => {
    const output = execFileSync(process.execPath, ['examples/readme/validate.mjs'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output.trim().split('\n')).toEqual(['true', 'false', '/meetingDate']);
  });

  it('runs every command of its console blocks in examples/readme and shows exactly what they print', () => {
    // A user's shell: the command on the PATH, the example files in a folder of their own.
    const cwd = mkdtempSync(path.join(tmpdir(), 'readme-console-'));
    const bin = mkdtempSync(path.join(tmpdir(), 'readme-bin-'));
    symlinkSync(path.join(root, 'dist/cli.cjs'), path.join(bin, 'one-on-one-kit'));
    for (const file of ['history.json', 'agenda.json'])
      copyFileSync(path.join(root, 'examples/readme', file), path.join(cwd, file));
    const blocks = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].map((match) => match[1]!);
    const steps = blocks.flatMap((block) =>
      block
        .split(/^\$ /m)
        .slice(1)
        .map((step) => {
          const [command, ...output] = step.split('\n');
          return { command: command!, output: output.join('\n') };
        }),
    );
    expect(steps.length).toBeGreaterThanOrEqual(8);
    for (const { command, output } of steps) {
      const printed = execFileSync('sh', ['-c', `exec 2>&1; ${command}`], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH']}` },
        // A command that exits 1 or 2 on purpose says so itself with `echo "exit $?"`.
      }).replace(/\r\n/g, '\n');
      expect({ command, printed }).toEqual({ command, printed: output });
    }
  });

  it('names only scripts that package.json defines', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
    const named = [...readme.matchAll(/`npm (?:run )?([\w:-]+)`/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(3);
    for (const name of named.filter((name) => name !== 'install' && name !== 'ci'))
      expect(scripts).toContain(name);
  });

  it('documents every error code the core throws (the fuzz suite accepts only these)', () => {
    for (const code of DOCUMENTED_CODES) expect(readme).toContain(`\`${code}\``);
  });
});
