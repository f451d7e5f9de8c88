// Fails early, with the fix, when the browser tests have no Chromium to run in.
import { chromiumPath } from './chromium.mjs';

try {
  console.log(`Browser tests run in ${chromiumPath()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
