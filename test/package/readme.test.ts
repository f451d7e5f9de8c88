import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The README's examples are real files: the Node one runs here against dist/ (the package resolves
// itself by name), the component one is typechecked by `npm run typecheck` and rendered by
// test/react/readme-screen.test.tsx. These tests keep the README printing exactly those files.
const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const readme = read('README.md');

describe('README examples', () => {
  it('prints the core example and the component example exactly as the checked files', () => {
    // The README drops the first line of focus.mjs (how to run it from this repository).
    expect(readme).toContain(read('examples/readme/focus.mjs').split('\n').slice(1).join('\n'));
    expect(readme).toContain(read('examples/readme/one-on-one-screen.tsx'));
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
    expect(output).toContain("status-update [ 'ETA' ]");
    expect(lines.at(-1)).toBe('invalid-date on');
  });

  it('names only scripts that package.json defines', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
    const named = [...readme.matchAll(/`npm (?:run )?([\w:-]+)`/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(3);
    for (const name of named.filter((name) => name !== 'install' && name !== 'ci'))
      expect(scripts).toContain(name);
  });
});
