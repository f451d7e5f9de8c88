// Run after `npm run build`: node examples/readme/focus.mjs
import {
  agendaReducer,
  createAgenda,
  createQuestionBank,
  defaultQuestions,
  detectAntiPatterns,
  nextFocus,
  OneOnOneError,
} from 'one-on-one-kit/core';

const history = [
  { date: '2026-10-05', focus: 'present', feedbackAsked: true },
  { date: '2026-10-12', focus: 'horizon', feedbackAsked: true, feedbackReceived: true },
  { date: '2026-10-19', focus: 'present', feedbackAsked: true },
  { date: '2026-11-02', focus: 'near-future', feedbackAsked: true },
];

// Which pillar should Monday's 1:1 lean on, and why?
const focus = nextFocus(history, '2026-11-23');
console.log(focus.pillar); // horizon
console.log(focus.reason); // The Horizon was last discussed 42 days ago; it comes up about every 6 weeks.

// Questions worth asking about it: the same seed gives the same pick.
const bank = createQuestionBank(defaultQuestions);
for (const question of bank.pick({ pillar: focus.pillar, count: 2, seed: '2026-11-23' })) {
  console.log('-', question.text);
}

// The report writes the agenda; the kit notices an item that turns the 1:1 into a status check.
let agenda = createAgenda('2026-11-23');
agenda = agendaReducer(agenda, {
  type: 'add',
  text: 'Feeling stuck on where my career goes next',
  author: 'report',
});
agenda = agendaReducer(agenda, { type: 'add', text: 'ETA for PAY-1234?', author: 'manager' });
for (const finding of detectAntiPatterns(agenda.items)) {
  console.log(
    finding.pattern,
    finding.evidence.map((span) => span.text),
  ); // status-update [ 'ETA', 'PAY-1234' ]
  console.log(finding.suggestion);
}

// Bad input is a OneOnOneError with a code and a path, never a TypeError.
try {
  nextFocus(history, '2026-02-30');
} catch (error) {
  if (error instanceof OneOnOneError) console.log(error.code, error.path); // invalid-date on
}
