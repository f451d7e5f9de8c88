import type { MeetingRecord } from 'one-on-one-kit/core';
import { DIALECT, PILLAR_IDS, calendarDate, objectOf, optional, required } from './json-schema';

/** The schema of one {@link MeetingRecord}: a history is an array of them. */
export const meetingRecordSchema = {
  $schema: DIALECT,
  $id: 'urn:one-on-one-kit:schema:meeting-record',
  ...objectOf<MeetingRecord>(
    {
      title: 'MeetingRecord',
      description:
        'What happened at one 1:1. A history is an array of these, in any order. Unknown properties are allowed and ignored.',
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
    },
  ),
  $defs: { calendarDate },
};
