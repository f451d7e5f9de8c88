// Runs the changesets command line (`add`, `version`, `status`) on this package. Changesets reads npm
// workspaces and then versions only the workspaces, never the root package; our one workspace is the
// React 18 test rig (test/react-18), there so that `npm ci` installs it. So the command runs with the
// `workspaces` field set aside, and the field goes back in its place afterwards, whatever happened.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'package.json';
const original = JSON.parse(readFileSync(file, 'utf8'));
const write = (manifest) => writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);

const { workspaces, ...withoutWorkspaces } = original;
write(withoutWorkspaces);
try {
  execFileSync('npx', ['changeset', ...process.argv.slice(2)], { stdio: 'inherit' });
} finally {
  // Keep what the command changed (the version) and put `workspaces` back where it was.
  const changed = JSON.parse(readFileSync(file, 'utf8'));
  write(
    Object.fromEntries(
      Object.keys(original).map((key) => [key, key === 'workspaces' ? workspaces : changed[key]]),
    ),
  );
}
