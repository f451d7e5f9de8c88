import { readFileSync } from 'node:fs';
import {
  OneOnOneError,
  parseHistory,
  type CadenceOptions,
  type IsoDate,
  type MeetingRecord,
} from 'one-on-one-kit/core';
import { CliError, type ParsedArgs } from './args';

let stdinTaken = false;

/** How a file argument is named in messages: `-` is stdin. */
export const labelOf = (source: string): string => (source === '-' ? 'stdin' : source);

async function readText(source: string): Promise<string> {
  if (source === '-') {
    // Stdin can be read once: a second `-` would find it empty and fail in a confusing way.
    if (stdinTaken) throw new CliError('only one file can be read from stdin (-)');
    stdinTaken = true;
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return readFileSync(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
    throw new CliError(`${source}: ${why}`);
  }
}

/** Reads and parses a JSON file, or stdin for `-`; a bad file is a one-line error naming it. */
export async function readJson(source: string): Promise<unknown> {
  const text = await readText(source);
  try {
    // Editors on some systems start UTF-8 files with a byte-order mark, which JSON.parse refuses.
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    // V8 names a character offset at best, and may quote the text, line breaks included.
    const message = (error as Error).message.replace(/\s+/g, ' ');
    const offset = /at position (\d+)/.exec(message);
    const lines = offset ? text.slice(0, +offset[1]!).split('\n') : [];
    const where = offset ? ` at line ${lines.length}, column ${lines.at(-1)!.length + 1}` : '';
    throw new CliError(`${labelOf(source)}: not valid JSON${where} (${message})`);
  }
}

/**
 * Runs `work`; a `OneOnOneError` becomes a one-line error naming where the bad value came from.
 * `sources` maps the start of a core path to a file or a flag: `{ history: 'history.json' }` turns
 * `history[2].date` into `history.json: [2].date`, `{ on: '--on' }` turns `on` into `--on`, and
 * `''` stands for any path (a file the core reads whole).
 */
export function fromCore<T>(work: () => T, sources: Readonly<Record<string, string>>): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof OneOnOneError)) throw error;
    const { path } = error;
    const message =
      path && error.message.startsWith(`${path}: `) ? error.message.slice(path.length + 2) : error.message;
    const root = Object.keys(sources)
      .filter((key) => !key || path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`))
      .sort((a, b) => b.length - a.length)[0];
    if (root === undefined) throw new CliError(error.message);
    const rest = path.slice(root.length).replace(/^\./, '');
    throw new CliError(`${sources[root]}${rest ? `: ${rest}` : ''}: ${message}`);
  }
}

/**
 * Reads a history file, checked in full by the core's `parseHistory`: a JSON array of meeting records,
 * or the versioned `{ "version": 2, "meetings": [...] }` that `serializeHistory` writes. No file means
 * no meetings on record.
 */
export async function readHistory(source: string | undefined): Promise<MeetingRecord[]> {
  if (source === undefined) return [];
  const json = await readJson(source);
  const label = labelOf(source);
  // A bare array is read as the meetings of version 1, so paths name an entry as `meetings[2]`.
  return fromCore(() => parseHistory(json), { meetings: label, '': label });
}

/** Where a core error about the cadence flags points. */
export const CADENCE_SOURCES: Readonly<Record<string, string>> = {
  'options.meetingEveryDays': '--meeting-every',
  'options.nearFutureEveryDays': '--near-future-every',
  'options.horizonEveryDays': '--horizon-every',
};

/** A whole number typed on the command line; anything else goes to the core as typed, to be refused there. */
export const toInteger = (value: string | undefined): number | string | undefined =>
  value !== undefined && /^[+-]?\d+$/.test(value) ? Number(value) : value;

/** A string option's value, or `undefined`. */
export const stringOf = ({ values }: ParsedArgs, name: string): string | undefined =>
  values[name] as string | undefined;

/** A date option's value as typed, or `undefined`; the core checks it is a calendar date. */
export const dateOf = (args: ParsedArgs, name: string): IsoDate | undefined =>
  stringOf(args, name) as IsoDate;

/** The cadence flags as `CadenceOptions` (the core checks them). */
export function readCadence(args: ParsedArgs): CadenceOptions {
  return {
    meetingEveryDays: toInteger(stringOf(args, 'meeting-every')) as number,
    nearFutureEveryDays: toInteger(stringOf(args, 'near-future-every')) as number,
    horizonEveryDays: toInteger(stringOf(args, 'horizon-every')) as number,
  };
}

/** Today's date where the user is: the command line is a host, so it may read the clock and the zone. */
export function today(): IsoDate {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}
