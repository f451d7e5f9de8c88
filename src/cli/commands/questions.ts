import { createQuestionBank, defaultQuestions, type QuestionPillar } from 'one-on-one-kit/core';
import { CliError, helpHint, type Command } from '../args';
import { fromCore, stringOf, toInteger } from '../input';
import { write, writeJson } from '../output';
import { SEED } from './shared-options';

export const questions: Command = {
  name: 'questions',
  summary: "Questions from the kit's bank for a pillar, or feedback asks for the end of a 1:1.",
  options: {
    pillar: {
      type: 'string',
      value: '<pillar>',
      help: 'present, near-future, horizon or feedback (required)',
    },
    count: { type: 'string', value: '<n>', help: 'how many, 0 to 50 (default 3)' },
    seed: { ...SEED, help: `${SEED.help} (default: always the same pick)` },
    theme: {
      type: 'string',
      multiple: true,
      value: '<theme>',
      help: 'only these themes, e.g. wins (repeatable)',
    },
    depth: { type: 'string', value: '<depth>', help: 'opener or deeper' },
  },
  examples: [
    'questions --pillar horizon --count 3 --seed 2026-03-02',
    'questions --pillar present --theme stuck --json',
  ],
  async run(args) {
    const pillar = stringOf(args, 'pillar');
    if (pillar === undefined)
      throw new CliError(
        `--pillar is required: present, near-future, horizon or feedback (${helpHint('questions')})`,
      );
    const seed = stringOf(args, 'seed');
    const depth = stringOf(args, 'depth');
    const picked = fromCore(
      () =>
        createQuestionBank(defaultQuestions).pick({
          pillar: pillar as QuestionPillar,
          count: (toInteger(stringOf(args, 'count')) ?? 3) as number,
          themes: (args.values['theme'] as string[] | undefined) ?? [],
          ...(seed !== undefined && { seed }),
          ...(depth !== undefined && { depth: depth as 'opener' }),
        }),
      {
        'options.pillar': '--pillar',
        'options.count': '--count',
        'options.themes': '--theme',
        'options.depth': '--depth',
      },
    );
    if (args.json) writeJson(picked);
    else if (!picked.length) write('No questions match.');
    else write(picked.map((question) => `- ${question.text}`).join('\n'));
    return 0;
  },
};
