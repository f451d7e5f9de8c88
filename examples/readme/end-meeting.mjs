// Run after `npm run build`: node examples/readme/end-meeting.mjs
import {
  agendaReducer,
  createAgenda,
  endMeeting,
  informingTakeaways,
  parseHistory,
  serializeHistory,
} from 'one-on-one-kit/core';

// A history as the first version kept it, a bare array of records: parseHistory migrates it.
let history = parseHistory('[{"date":"2026-11-16","focus":"present","feedbackAsked":true}]');

// The Horizon meeting: one topic talked through, last time's next steps reviewed.
let agenda = createAgenda('2026-11-23', [
  { text: 'What would a staff engineer path look like?', author: 'report', pillar: 'horizon' },
  { text: 'Draft the on-call handbook', author: 'report', kind: 'next-step', carriedOver: 1 },
  { text: 'Pair with Ana on the migration', author: 'report', kind: 'next-step', carriedOver: 1 },
]);
agenda = agendaReducer(agenda, { type: 'toggle-done', id: 'item-1' });
agenda = agendaReducer(agenda, { type: 'review', id: 'item-2', outcome: 'dropped' });

// End it: the record for the history, and the next agenda with the rest carried over.
const { record, next } = endMeeting(agenda, {
  focus: 'horizon',
  nextMeetingDate: '2026-11-30',
  feedback: { asked: true, received: false },
  takeaways: { horizon: ['Wants to lead a small team within a year'] },
});
history = [...history, record];
console.log(record.discussed.map((item) => item.text)); // [ 'What would a staff engineer path look like?' ]
console.log(record.dropped.map((item) => item.text)); // [ 'Draft the on-call handbook' ]
console.log(
  next.meetingDate,
  next.items.map((item) => `${item.text} ×${item.carriedOver}`),
);
// 2026-11-30 [ 'Pair with Ana on the migration ×2' ]

// The Near Future meeting opens with what the Horizon talk left.
console.log(informingTakeaways(history, 'near-future').takeaways); // [ 'Wants to lead a small team within a year' ]

// Store it as versioned JSON; parseHistory reads it back exactly.
console.log(serializeHistory(history).startsWith('{"version":2,"meetings":[')); // true
