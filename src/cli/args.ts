import { parseArgs } from 'node:util';

/** The program's name, as users type it. */
export const PROGRAM = 'one-on-one-kit';

/** A problem with what the user gave (usage or input): one line on stderr, exit 2. */
export class CliError extends Error {
  override name = 'CliError';
}

/** One option of a command, as `util.parseArgs` reads it, with its help line. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The value's placeholder in help, e.g. `<file>`. */
  readonly value?: string;
  readonly help: string;
}

/** What a command reads from its arguments. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  /** The command's one positional argument, when it takes one. */
  readonly positional: string | undefined;
  readonly json: boolean;
}

/** A subcommand: its help and what it does. `run` resolves to the exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Its one required positional argument, when it takes one, e.g. `<agenda.json>`. */
  readonly positional?: { readonly name: string; readonly help: string };
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly string[];
  /** Notes under the options, e.g. what the exit codes mean for this command. */
  readonly notes?: readonly string[];
  run(args: ParsedArgs): Promise<number>;
}

/** Options every command takes. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: 'boolean', help: 'print JSON for machines instead of text' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
};

export const helpHint = (command?: string): string => `see ${PROGRAM}${command ? ` ${command}` : ''} --help`;

/** Reads a command's arguments; an unknown option or a missing value is a one-line usage error. */
export function readArgs(command: Command, args: readonly string[]): ParsedArgs & { help: boolean } {
  const options = { ...command.options, ...COMMON_OPTIONS };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: Object.fromEntries(
        Object.entries(options).map(([name, { type, short, multiple }]) => [
          name,
          { type, ...(short && { short }), ...(multiple && { multiple }) },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${usageProblem(error as Error & { code?: string })} (${helpHint(command.name)})`);
  }
  const { values, positionals } = parsed;
  const help = values['help'] === true;
  const expected = command.positional ? 1 : 0;
  if (!help && positionals.length > expected)
    throw new CliError(`unexpected argument '${positionals[expected]}' (${helpHint(command.name)})`);
  if (!help && positionals.length < expected)
    throw new CliError(`${command.positional!.name} is missing (${helpHint(command.name)})`);
  return { values, positional: positionals[0], json: values['json'] === true, help };
}

// util.parseArgs explains at length; a terminal user needs the option and what is wrong with it.
function usageProblem(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /argument missing/.test(error.message) ? `${option} needs a value` : `${option} takes no value`;
  return error.message;
}

/** The help text of one command. */
export function commandHelp(command: Command): string {
  const options = { ...command.options, ...COMMON_OPTIONS };
  const rows = Object.entries(options).map(([name, option]) => [
    `${option.short ? `-${option.short}, ` : ''}--${name}${option.value ? ` ${option.value}` : ''}`,
    option.help,
  ]);
  if (command.positional) rows.unshift([command.positional.name, command.positional.help]);
  const width = Math.max(...rows.map(([left]) => left!.length)) + 2;
  return [
    `Usage: ${PROGRAM} ${command.name}${command.positional ? ` ${command.positional.name}` : ''} [options]`,
    '',
    command.summary,
    '',
    'Options:',
    ...rows.map(([left, right]) => `  ${left!.padEnd(width)}${right}`),
    ...(command.notes?.length ? ['', ...command.notes] : []),
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${PROGRAM} ${example}`),
    '',
  ].join('\n');
}

/** The help text of the program: its commands. */
export function programHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Plan 1:1s that grow people: the focus of the next meeting, the coming cadence, questions to ask,',
    'anti-patterns on an agenda, and a calendar file. Dates are written YYYY-MM-DD.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
    '',
    'Every command takes --json (output for machines) and --help. A file given as - is read from stdin.',
    'Exit codes: 0 done, 1 check-agenda reported something, 2 bad input or usage.',
    '',
    `Run '${PROGRAM} <command> --help' for a command's options, or '${PROGRAM} --version'.`,
    '',
  ].join('\n');
}
