import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
