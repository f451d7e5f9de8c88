#!/usr/bin/env node
// The one-on-one-kit command. It loads the core and nothing else (no React), so it starts fast.
import { run } from './run';

// `one-on-one-kit plan | head -1` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Anything else is a bug in the kit: say so, keep the stack, and use an exit code of its own.
    process.stderr.write(
      `one-on-one-kit: unexpected error, please report it\n${(error as Error)?.stack ?? error}\n`,
    );
    process.exitCode = 3;
  },
);
