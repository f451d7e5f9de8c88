import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CliError, PROGRAM, commandHelp, helpHint, programHelp, readArgs, type Command } from './args';
import { checkAgenda } from './commands/check-agenda';
import { ics } from './commands/ics';
import { next } from './commands/next';
import { plan } from './commands/plan';
import { questions } from './commands/questions';

const COMMANDS: readonly Command[] = [next, plan, questions, checkAgenda, ics];

/** Runs the command line `args` (without `node` and the script) and resolves to the exit code. */
export async function run(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  try {
    if (name === '--help' || name === '-h') {
      process.stdout.write(programHelp(COMMANDS));
      return 0;
    }
    if (name === '--version') {
      // The command is built as CommonJS (see tsup.config.ts), beside the package's package.json.
      const { version } = JSON.parse(readFileSync(path.join(__dirname, '../package.json'), 'utf8'));
      process.stdout.write(`${version}\n`);
      return 0;
    }
    const command = COMMANDS.find((entry) => entry.name === name);
    if (!command) {
      if (name === undefined) {
        process.stderr.write(programHelp(COMMANDS));
        return 2;
      }
      throw new CliError(`unknown command '${name}' (${helpHint()})`);
    }
    const parsed = readArgs(command, rest);
    if (parsed.help) {
      process.stdout.write(commandHelp(command));
      return 0;
    }
    return await command.run(parsed);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`${PROGRAM}: ${error.message}\n`);
    return 2;
  }
}
