import type { MeetingRecord, RecordedItem } from 'one-on-one-kit/core';
import { TAKEAWAY_LIMITS } from '../core/meeting/record';
import { DIALECT, PILLAR_IDS, calendarDate, nonEmptyText, objectOf, optional, required } from './json-schema';

const recordedItem = objectOf<RecordedItem>(
  {
    description:
      'An agenda item as a record keeps it: the list it is in says whether it was done or dropped.',
  },
  {
    id: required(nonEmptyText),
    text: required(nonEmptyText),
    pillar: required({ enum: [...PILLAR_IDS, null] }),
    author: required({ enum: ['report', 'manager'] }),
    carriedOver: required({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
    kind: required({ enum: ['topic', 'next-step'] }),
  },
);

const takeaways = {
  type: 'object',
  description: `What the report took away, by pillar: at most ${TAKEAWAY_LIMITS.perPillar} texts each, of at most ${TAKEAWAY_LIMITS.length} characters (the core counts them trimmed).`,
  properties: Object.fromEntries(
    PILLAR_IDS.map((pillar) => [
      pillar,
      {
        type: 'array',
        maxItems: TAKEAWAY_LIMITS.perPillar,
        items: { ...nonEmptyText, maxLength: TAKEAWAY_LIMITS.length },
      },
    ]),
  ),
  // A misspelt pillar would lose what was written under it, so the core refuses one.
  additionalProperties: false,
};

/** The schema of one {@link MeetingRecord}: a history is an array of them. */
export const meetingRecordSchema = {
  $schema: DIALECT,
  $id: 'urn:one-on-one-kit:schema:meeting-record',
  ...objectOf<MeetingRecord>(
    {
      title: 'MeetingRecord',
      description:
        'What happened at one 1:1. A history is an array of these, in any order (serializeHistory stores it as { "version": 2, "meetings": [...] }). Unknown properties are allowed and ignored.',
    },
    {
      date: required({ $ref: '#/$defs/calendarDate' }),
      focus: required({
        enum: [...PILLAR_IDS],
        description: 'The pillar the conversation actually focused on.',
      }),
      feedbackAsked: optional({
        type: 'boolean',
        description: 'The manager asked for feedback on themselves.',
      }),
      feedbackReceived: optional({ type: 'boolean', description: 'Feedback actually came.' }),
      askedQuestionIds: optional({
        type: 'array',
        items: { type: 'string' },
        description: 'Ids of the questions asked, so later picks can avoid them.',
      }),
      discussed: optional({
        type: 'array',
        items: { $ref: '#/$defs/recordedItem' },
        description: 'The items ticked done at this meeting.',
      }),
      dropped: optional({
        type: 'array',
        items: { $ref: '#/$defs/recordedItem' },
        description: 'Next steps the report let go at this meeting: kept here, never deleted.',
      }),
      takeaways: optional({ $ref: '#/$defs/takeaways' }),
    },
  ),
  $defs: { calendarDate, recordedItem, takeaways },
};
