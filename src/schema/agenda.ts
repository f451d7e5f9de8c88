import type { Agenda, AgendaItem } from 'one-on-one-kit/core';
import { DIALECT, PILLAR_IDS, calendarDate, nonEmptyText, objectOf, optional, required } from './json-schema';

const agendaItem = objectOf<AgendaItem>(
  { description: 'One line on the agenda: a topic, or a next step the report commits to.' },
  {
    id: required({
      ...nonEmptyText,
      description: 'Unique among the agenda’s items (JSON Schema cannot say so; parseAgenda checks it).',
    }),
    text: required(nonEmptyText),
    pillar: required({
      enum: [...PILLAR_IDS, null],
      description: 'The pillar it belongs to, or null while unsorted.',
    }),
    author: required({
      enum: ['report', 'manager'],
      description: 'Who wrote it: the meeting belongs to the report.',
    }),
    done: required({ type: 'boolean' }),
    carriedOver: required({
      type: 'integer',
      minimum: 0,
      maximum: Number.MAX_SAFE_INTEGER,
      description: 'How many meetings it has already rolled over from.',
    }),
    kind: required({ enum: ['topic', 'next-step'] }),
    dropped: optional({
      type: 'boolean',
      description:
        'True once the report let the item go at a review: endMeeting then files it in the record instead of carrying it over. serializeAgenda writes it only when true.',
    }),
  },
);

/** The schema of a stored {@link Agenda}: what `serializeAgenda` writes and `parseAgenda` reads. */
export const agendaSchema = {
  $schema: DIALECT,
  $id: 'urn:one-on-one-kit:schema:agenda',
  ...objectOf<Agenda>(
    {
      title: 'Agenda',
      description:
        'The agenda of one 1:1, version 1, as serializeAgenda writes it. Unknown properties are allowed and ignored. One rule is beyond JSON Schema: item ids must differ from each other.',
    },
    {
      version: required({ const: 1, description: 'The stored format; parseAgenda migrates older ones.' }),
      meetingDate: required({ $ref: '#/$defs/calendarDate' }),
      items: required({
        type: 'array',
        // Identical items would share an id; ids that repeat in different items are the core's to catch.
        uniqueItems: true,
        items: { $ref: '#/$defs/agendaItem' },
      }),
    },
  ),
  $defs: { calendarDate, agendaItem },
};
