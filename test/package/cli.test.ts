import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import {
  createQuestionBank,
  defaultQuestions,
  detectAntiPatterns,
  nextFocus,
  parseAgenda,
  planCadence,
  serializeHistory,
  type MeetingRecord,
} from 'one-on-one-kit/core';

// The command line as a user runs it: the built dist/cli.cjs in a fresh Node process, on real files
// and on stdin, checking what it prints and how it exits.
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'dist/cli.cjs');
const dir = mkdtempSync(path.join(tmpdir(), 'one-on-one-kit-cli-'));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: readonly string[], stdin = ''): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const history: MeetingRecord[] = [
  { date: '2026-01-05', focus: 'present', feedbackAsked: true, askedQuestionIds: ['present-stuck-1'] },
  { date: '2026-01-12', focus: 'horizon', feedbackAsked: true, feedbackReceived: true },
  { date: '2026-01-19', focus: 'present', feedbackAsked: false },
];
const item = { pillar: null, done: false, carriedOver: 0, kind: 'topic' };
const healthy = {
  version: 1,
  meetingDate: '2026-02-02',
  items: [
    { ...item, id: 'item-1', text: 'Feeling stuck on where my career goes next', author: 'report' },
    { ...item, id: 'item-2', text: 'How do I get better at saying no?', author: 'report' },
  ],
};
const flagged = {
  ...healthy,
  items: [...healthy.items, { ...item, id: 'item-3', text: 'ETA for PAY-1234?', author: 'manager' }],
};
const files: Record<string, string> = {
  'history.json': JSON.stringify(history, null, 2),
  // The same meetings as serializeHistory writes them (versioned), with a record endMeeting wrote.
  'history-v2.json': serializeHistory(history),
  'healthy.json': JSON.stringify(healthy),
  'flagged.json': JSON.stringify(flagged),
  'bad-date.json': JSON.stringify([...history, { date: '2026-02-30', focus: 'present' }]),
  'bad-ids.json': JSON.stringify([
    { date: '2026-01-05', focus: 'present', askedQuestionIds: 'present-stuck-1' },
  ]),
  'bad-agenda.json': JSON.stringify({ ...healthy, items: [{ ...healthy.items[0], pillar: 'later' }] }),
  'broken.json': '[{"date": "2026-01-05",\n  "focus": }]',
  'truncated.json': '[\n  {',
};
for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);

/** One line on stderr: the program, then what went wrong. */
function expectOneLineError(result: Result, ...parts: string[]) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr.startsWith('one-on-one-kit: ')).toBe(true);
  for (const part of parts) expect(result.stderr).toContain(part);
}

describe('the one-on-one-kit command', () => {
  it('is the package bin: an executable Node script', async () => {
    const { bin: bins } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(bins).toEqual({ 'one-on-one-kit': './dist/cli.cjs' });
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    const { code, stdout } = await cli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('loads the core by its public name and nothing but Node built-ins besides (no React)', () => {
    const imports = [...readFileSync(bin, 'utf8').matchAll(/\brequire\(["']([^"']+)["']\)/g)].map(
      (match) => match[1],
    );
    expect(imports.length).toBeGreaterThan(0);
    expect(new Set(imports)).toEqual(new Set(['node:fs', 'node:path', 'node:util', 'one-on-one-kit/core']));
  });

  it('prints help for the program and for every command, exit 0', async () => {
    const program = await cli(['--help']);
    expect(program.code).toBe(0);
    const commands = ['next', 'plan', 'questions', 'check-agenda', 'ics'];
    for (const name of commands) expect(program.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const helps = await Promise.all(commands.map((name) => cli([name, '--help'])));
    helps.forEach((help, index) => {
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: one-on-one-kit ${commands[index]}`);
      expect(help.stdout).toContain('--json');
      expect(help.stdout).toContain(`Examples:\n  one-on-one-kit ${commands[index]} `);
    });
    expect((await cli(['plan', '-h'])).stdout).toBe(helps[1]!.stdout);
  });

  it('reads a history as serializeHistory writes it, the same as a bare array', async () => {
    const [bare, versioned] = await Promise.all([
      cli(['next', '--history', 'history.json', '--on', '2026-02-02', '--json']),
      cli(['next', '--history', 'history-v2.json', '--on', '2026-02-02', '--json']),
    ]);
    expect(versioned.code).toBe(0);
    expect(versioned.stdout).toBe(bare.stdout);
  });

  it('next: the focus, the reason, questions not asked before, and a feedback ask', async () => {
    const text = await cli(['next', '--history', 'history.json', '--on', '2026-02-02']);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    const decision = nextFocus(history, '2026-02-02');
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('Focus for 2026-02-02: The Near Future');
    expect(lines[1]).toBe(decision.reason);
    expect(text.stdout).toContain('Questions to ask:\n  - ');
    expect(text.stdout).toContain('End by asking for feedback:\n  - ');

    const json = await cli([
      'next',
      '--history',
      'history.json',
      '--on',
      '2026-02-02',
      '--json',
      '--count',
      '5',
    ]);
    const output = JSON.parse(json.stdout);
    expect(output).toMatchObject({
      on: '2026-02-02',
      pillar: decision.pillar,
      reason: decision.reason,
      due: decision.due,
    });
    expect(output.questions).toHaveLength(5);
    expect(output.questions.every((question: { pillar: string }) => question.pillar === 'near-future')).toBe(
      true,
    );
    expect(output.feedback.pillar).toBe('feedback');
    // The same meeting gets the same questions; the text shows the first three of them.
    for (const question of output.questions.slice(0, 3))
      expect(text.stdout).toContain(`  - ${question.text}\n`);
  });

  it('next: leaves questions already asked for later', async () => {
    const { stdout } = await cli([
      'next',
      '--history',
      'history.json',
      '--on',
      '2026-01-26',
      '--json',
      '--count',
      '50',
    ]);
    const output = JSON.parse(stdout);
    expect(output.pillar).toBe('present');
    // Every Present Moment question comes back, the one asked on 2026-01-05 last.
    expect(output.questions).toHaveLength(
      defaultQuestions.filter((question) => question.pillar === 'present').length,
    );
    expect(output.questions.at(-1).id).toBe('present-stuck-1');
  });

  it('reads a file from stdin where it is -', async () => {
    const fromFile = await cli(['next', '--history', 'history.json', '--on', '2026-02-02', '--json']);
    const fromStdin = await cli(
      ['next', '--history', '-', '--on', '2026-02-02', '--json'],
      files['history.json'],
    );
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('plan: the coming meetings, as text and as JSON', async () => {
    const args = ['plan', '--history', 'history.json', '--from', '2026-02-02', '--count', '8'];
    const expected = planCadence(history, { from: '2026-02-02', count: 8 });
    const [text, json] = await Promise.all([cli(args), cli([...args, '--json'])]);
    expect(text.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(expected);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[3]).toMatch(/^2026-02-23 {2}The Horizon {9}The Horizon was last discussed 42 days ago/);
  });

  it('plans from today where the user is when no date is given', async () => {
    const now = new Date();
    const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((part) => String(part).padStart(2, '0'))
      .join('-');
    const { code, stdout } = await cli(['plan', '--count', '1', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].date).toBe(today);
  });

  it('stops quietly when the reader closes the pipe early (plan | head)', () => {
    // A shell pipe, as a user types it: head takes 100 bytes of ~200 kB and leaves.
    const script = `"${process.execPath}" "${bin}" plan --from 2026-01-05 --count 520 --json | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: 'exit 0\n', stderr: '' });
  });

  it('questions: a deterministic pick for a seed', async () => {
    const args = ['questions', '--pillar', 'horizon', '--count', '3', '--seed', 'sam'];
    const expected = createQuestionBank(defaultQuestions).pick({ pillar: 'horizon', count: 3, seed: 'sam' });
    const [text, json] = await Promise.all([cli(args), cli([...args, '--json'])]);
    expect(JSON.parse(json.stdout)).toEqual(expected);
    expect(text.stdout).toBe(expected.map((question) => `- ${question.text}\n`).join(''));
    const themed = JSON.parse(
      (await cli(['questions', '--pillar', 'present', '--theme', 'wins', '--json'])).stdout,
    );
    expect(themed.length).toBeGreaterThan(0);
    expect(themed.every((question: { themes: string[] }) => question.themes.includes('wins'))).toBe(true);
  });

  it('check-agenda: exit 0 when nothing is flagged, 1 with findings, their evidence and the signals', async () => {
    const clean = await cli(['check-agenda', 'healthy.json']);
    expect(clean).toEqual({
      code: 0,
      stdout: 'healthy.json, meeting on 2026-02-02: nothing to flag\n',
      stderr: '',
    });

    const found = await cli(['check-agenda', 'flagged.json']);
    expect(found.code).toBe(1);
    expect(found.stdout).toContain(
      '"ETA for PAY-1234?" (item-3)\n  Status update: "ETA", "PAY-1234"\n  Try: ',
    );

    const args = [
      'check-agenda',
      'flagged.json',
      '--history',
      'history.json',
      '--on',
      '2026-03-02',
      '--json',
    ];
    const json = await cli(args);
    expect(json.code).toBe(1);
    const output = JSON.parse(json.stdout);
    expect(output.findings).toEqual(detectAntiPatterns(parseAgenda(flagged).items));
    expect(output.signals.map((signal: { pillar: string }) => signal.pillar)).toEqual([
      'near-future',
      'horizon',
    ]);

    // Signals alone are something to look at too.
    const late = await cli([
      'check-agenda',
      'healthy.json',
      '--history',
      'history.json',
      '--on',
      '2026-03-02',
    ]);
    expect(late.code).toBe(1);
    expect(late.stdout).toContain(
      '0 items flagged, 2 signals\n\nSignals:\n  - The Near Future has not been the focus',
    );

    const piped = await cli(['check-agenda', '-', '--json'], files['flagged.json']);
    expect(piped.code).toBe(1);
    expect(JSON.parse(piped.stdout).findings).toEqual(output.findings);
  });

  it('ics: a calendar ical.js reads, at the local time across a daylight-saving change', async () => {
    const args = [
      'ics',
      '--title',
      '1:1 with Sam, weekly; 🎉',
      '--history',
      'history.json',
      '--from',
      '2026-03-16',
    ];
    const options = [
      '--count',
      '4',
      '--start-time',
      '09:30',
      '--time-zone',
      'Europe/Berlin',
      '--uid-domain',
      'example.com',
    ];
    const [text, json] = await Promise.all([
      cli([...args, ...options]),
      cli([...args, ...options, '--json']),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const events = new ICAL.Component(ICAL.parse(text.stdout))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      '2026-03-16T08:30:00.000Z',
      '2026-03-23T08:30:00.000Z',
      '2026-03-30T07:30:00.000Z',
      '2026-04-06T07:30:00.000Z',
    ]);
    expect(events[0]!.summary).toMatch(/^1:1 with Sam, weekly; 🎉: The /);
    expect(events[0]!.uid).toMatch(/^one-on-one-20260316-[0-9a-f]{8}@example\.com$/);
    const output = JSON.parse(json.stdout);
    expect(output.calendar).toBe(text.stdout);
    expect(output.meetings).toEqual(planCadence(history, { from: '2026-03-16', count: 4 }));
  });

  it('exit 2 with one line naming the file and the failing path for bad input', async () => {
    const cases: [string[], string, ...string[]][] = [
      [
        ['next', '--history', 'bad-date.json', '--on', '2026-03-02'],
        'bad-date.json: [3].date: Expected a date written YYYY-MM-DD',
        'got "2026-02-30"',
      ],
      [['next', '--history', 'bad-ids.json', '--on', '2026-03-02'], 'bad-ids.json: [0].askedQuestionIds: '],
      [['check-agenda', 'bad-agenda.json'], 'bad-agenda.json: items[0].pillar: Expected one of'],
      [['check-agenda', 'broken.json'], 'broken.json: not valid JSON'],
      [['check-agenda', 'truncated.json'], 'truncated.json: not valid JSON at line 2, column 4 ('],
      [['check-agenda', 'missing.json'], 'missing.json: no such file'],
      [['next', '--on', '2026-02-30'], '--on: Expected a date written YYYY-MM-DD'],
      [
        ['plan', '--from', '2026-01-05', '--count', 'many'],
        '--count: Expected a whole number from 0 to 520, got "many"',
      ],
      [['questions', '--pillar', 'later'], '--pillar: Expected one of'],
      [
        ['ics', '--title', 'T', '--from', '2026-01-05', '--time-zone', 'Mars/Olympus'],
        '--time-zone: Expected an IANA time zone',
      ],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args)));
    results.forEach((result, index) => expectOneLineError(result, ...(cases[index]!.slice(1) as string[])));
    const stdin = await cli(['next', '--history', '-', '--on', '2026-03-02'], '[{"date": "2026-03-01"}]');
    expectOneLineError(stdin, 'stdin: [0].focus: Expected a pillar id');
  });

  it('exit 2 with one line for usage mistakes, and the program help for no command', async () => {
    const cases: [string[], string][] = [
      [['next', '--bogus'], 'unknown option --bogus (see one-on-one-kit next --help)'],
      [['next', '--on'], '--on needs a value'],
      [['nxt'], "unknown command 'nxt' (see one-on-one-kit --help)"],
      [['check-agenda'], '<agenda.json> is missing'],
      [['check-agenda', 'a.json', 'b.json'], "unexpected argument 'b.json'"],
      [['questions'], '--pillar is required'],
      [['ics', '--from', '2026-01-05'], '--title is required'],
      [['check-agenda', '-', '--history', '-'], 'only one file can be read from stdin (-)'],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args, files['healthy.json'])));
    results.forEach((result, index) => expectOneLineError(result, cases[index]![1]));
    const bare = await cli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('Usage: one-on-one-kit <command> [options]');
  });
});
