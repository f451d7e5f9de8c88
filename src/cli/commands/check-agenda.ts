import {
  ANTI_PATTERNS,
  detectAntiPatterns,
  detectMeetingSignals,
  parseAgenda,
  type MeetingSignalsInput,
} from 'one-on-one-kit/core';
import type { Command } from '../args';
import {
  CADENCE_SOURCES,
  dateOf,
  fromCore,
  labelOf,
  readCadence,
  readHistory,
  readJson,
  stringOf,
} from '../input';
import { write, writeJson } from '../output';
import { CADENCE, HISTORY } from './shared-options';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const checkAgenda: Command = {
  name: 'check-agenda',
  summary: 'Anti-pattern findings with their evidence, and the meeting signals, for an agenda.',
  positional: { name: '<agenda.json>', help: 'the agenda, as serializeAgenda writes it (- reads stdin)' },
  options: {
    history: { ...HISTORY, help: `${HISTORY.help}; adds the feedback and overdue-pillar signals` },
    on: { type: 'string', value: '<date>', help: "the meeting's date (default: the agenda's)" },
    ...CADENCE,
  },
  notes: ['Exit code 1 when it reports anything: an anti-pattern finding or a meeting signal.'],
  examples: ['check-agenda agenda.json', 'check-agenda agenda.json --history history.json --json'],
  async run(args) {
    const source = args.positional!;
    const label = labelOf(source);
    const stored = await readJson(source);
    const agenda = fromCore(() => parseAgenda(stored), { '': label });
    const history = stringOf(args, 'history');
    const input: MeetingSignalsInput = {
      agenda,
      ...(history !== undefined && {
        history: await readHistory(history),
        on: dateOf(args, 'on') ?? agenda.meetingDate,
        cadence: readCadence(args),
      }),
    };
    const findings = detectAntiPatterns(agenda.items);
    const signals = fromCore(() => detectMeetingSignals(input), { on: '--on', ...CADENCE_SOURCES });

    if (args.json) writeJson({ meetingDate: agenda.meetingDate, findings, signals });
    else {
      const flagged = new Set(findings.map((finding) => finding.itemId));
      const lines = [
        `${label}, meeting on ${agenda.meetingDate}: ${
          findings.length || signals.length
            ? `${plural(flagged.size, 'item')} flagged, ${plural(signals.length, 'signal')}`
            : 'nothing to flag'
        }`,
      ];
      for (const item of agenda.items.filter((entry) => flagged.has(entry.id))) {
        lines.push('', `"${item.text}" (${item.id})`);
        for (const finding of findings.filter((entry) => entry.itemId === item.id)) {
          const title = ANTI_PATTERNS.find((pattern) => pattern.id === finding.pattern)!.title;
          lines.push(
            `  ${title}: ${finding.evidence.map((span) => `"${span.text}"`).join(', ')}`,
            `  Try: ${finding.suggestion}`,
          );
        }
      }
      if (signals.length) lines.push('', 'Signals:', ...signals.map((signal) => `  - ${signal.message}`));
      write(lines.join('\n'));
    }
    return findings.length || signals.length ? 1 : 0;
  },
};
