import type { Question } from 'one-on-one-kit/core';
import { DIALECT, PILLAR_IDS, nonEmptyText, objectOf, optional, required } from './json-schema';

/** The schema of one {@link Question} of a bank. */
export const questionSchema = {
  $schema: DIALECT,
  $id: 'urn:one-on-one-kit:schema:question',
  ...objectOf<Question>(
    {
      title: 'Question',
      description:
        'One question of a question bank. Within a bank, ids differ and texts differ (ignoring case and surrounding spaces): createQuestionBank checks that. Unknown properties are allowed and ignored.',
    },
    {
      id: required({ ...nonEmptyText, description: 'Stable; hosts store it to avoid repeats.' }),
      text: required({ ...nonEmptyText, description: 'The question as it is asked.' }),
      pillar: required({
        enum: [...PILLAR_IDS, 'feedback'],
        description: 'One of the pillars, or feedback for the closing ask.',
      }),
      themes: required({ type: 'array', minItems: 1, items: { $ref: '#/$defs/nonEmptyText' } }),
      depth: optional({ enum: ['opener', 'deeper'] }),
      guidance: optional({
        ...nonEmptyText,
        description: 'For feedback asks: how to receive the answer.',
      }),
    },
  ),
  $defs: { nonEmptyText },
};
