// Sums every vitest JSON report under reports/ and prints CI's closing line: "N passed, N failed".
// Usage: node scripts/count-results.mjs [exit status of the test command]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = 'reports';
const commandStatus = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
for (const name of files) {
  const report = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that fails to load has no failed tests inside it, yet it failed.
  for (const suite of report.testResults ?? []) {
    const tests = suite.assertionResults ?? [];
    if (suite.status === 'failed' && !tests.some((test) => test.status === 'failed')) failed += 1;
  }
}
// A failing step outside vitest (typecheck, lint, build, publint, attw) counts as one failure.
if (commandStatus !== 0 && failed === 0) {
  console.error('A step of the test command failed outside the test runner (see above).');
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
