// Where to find a real Chromium for browser tests: Debian's package by default, CHROMIUM_PATH to override.
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install it (Debian: `apt-get install -y chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export function chromiumLaunchOptions() {
  return {
    // Resolved lazily so the node-only projects load without a browser on the machine.
    get executablePath() {
      return chromiumPath();
    },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
