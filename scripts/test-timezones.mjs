// Runs the core suite in three extreme time zones: calendar dates must give the same answers everywhere.
import { spawnSync } from 'node:child_process';

const zones = ['Pacific/Kiritimati', 'America/St_Johns', 'UTC'];
let failed = false;
for (const zone of zones) {
  const slug = zone.replace(/\W+/g, '-').toLowerCase();
  console.log(`\n— core suite with TZ=${zone}`);
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'core',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=reports/core-tz-${slug}.json`,
    ],
    { stdio: 'inherit', env: { ...process.env, TZ: zone } },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
