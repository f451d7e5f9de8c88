import { getPillar, type PillarId } from 'one-on-one-kit/core';

/** Writes text to stdout, ending in one line break. */
export function write(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Writes a value as indented JSON: the `--json` output of every command. */
export function writeJson(value: unknown): void {
  write(JSON.stringify(value, null, 2));
}

/** A pillar's title ("The Horizon"); `feedback` reads as the closing ask. */
export const titleOf = (pillar: PillarId | 'feedback'): string =>
  pillar === 'feedback' ? 'Feedback' : (getPillar(pillar)?.title ?? pillar);

/** Rows as lines with every column but the last padded to its widest cell. */
export function columns(rows: readonly (readonly string[])[], indent = ''): string[] {
  const widths = rows[0]?.map((_, index) => Math.max(...rows.map((row) => row[index]!.length))) ?? [];
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, index) => (index < row.length - 1 ? cell.padEnd(widths[index]! + 2) : cell))
        .join('')
        .trimEnd(),
  );
}
