// The page every embedding test serves: every component as a host would place them, with no
// `.ook-root` wrapper. The server renders it from dist/ and the browser hydrates it.
import * as React from 'react';
import {
  AgendaBoard,
  AntiPatternBanner,
  CadenceTimeline,
  FeedbackAsk,
  MeetingSignals,
  PillarCard,
} from 'one-on-one-kit';
import {
  createAgenda,
  createQuestionBank,
  defaultQuestions,
  detectAntiPatterns,
  detectMeetingSignals,
  informingTakeaways,
  nextFocus,
  planCadence,
  type MeetingRecord,
} from 'one-on-one-kit/core';

const meetingDate = '2026-11-23';
const history: MeetingRecord[] = [
  {
    date: '2026-09-28',
    focus: 'horizon',
    feedbackAsked: true,
    takeaways: { horizon: ['Wants to lead a small team within a year'] },
  },
  { date: '2026-10-26', focus: 'near-future', feedbackAsked: true },
  { date: '2026-11-16', focus: 'present', feedbackAsked: true },
];
// Mostly the manager's, one flagged as a status update, one not sorted into a pillar yet, and last
// time's next step back for review.
const agenda = createAgenda(meetingDate, [
  { text: 'Feeling stretched thin this sprint', author: 'report', pillar: 'present' },
  {
    text: 'Ask Priya how she prepares a talk',
    author: 'report',
    pillar: 'near-future',
    kind: 'next-step',
    carriedOver: 1,
  },
  { text: 'Go over the status of PAY-1234 and its ETA', author: 'manager', pillar: 'present' },
  { text: 'Walk through the diff for the cache layer', author: 'manager', pillar: 'near-future' },
  { text: 'Which conference talk to submit', author: 'manager' },
]);
const findings = detectAntiPatterns(agenda.items);
const signals = detectMeetingSignals({ agenda, history, on: meetingDate });
const plan = planCadence(history, { from: meetingDate, count: 4 });
const decision = nextFocus(history, meetingDate);
const bank = createQuestionBank(defaultQuestions);
const statusOf = (pillar: 'present' | 'near-future' | 'horizon') =>
  decision.due.find((status) => status.pillar === pillar);

export function EmbedApp() {
  // Tells the test the page is hydrated and its effects have run.
  React.useEffect(() => {
    document.documentElement.dataset['hydrated'] = '';
  }, []);
  return (
    <div className="host-layout">
      <AntiPatternBanner findings={findings} items={agenda.items} />
      <AntiPatternBanner variant="inline" findings={findings.slice(0, 1)} items={agenda.items} />
      <AgendaBoard defaultValue={agenda} viewer="report" reportName="Sam" focus={decision.pillar} />
      <div className="host-row">
        <PillarCard
          pillar="horizon"
          status={statusOf('horizon')}
          variant="focus"
          questionBank={bank}
          seed={meetingDate}
        />
        <PillarCard
          pillar="near-future"
          status={statusOf('near-future')}
          variant="due"
          size="compact"
          takeaways={informingTakeaways(history, 'near-future')}
        />
        <PillarCard pillar="present" status={statusOf('present')} variant="quiet" size="compact" />
      </div>
      <div className="host-row">
        <FeedbackAsk onSubmit={() => {}} />
        <FeedbackAsk onSubmit={() => {}} variant="outline" triggerLabel="Ask for feedback (outline)" />
      </div>
      <MeetingSignals signals={signals} items={agenda.items} />
      <MeetingSignals variant="inline" signals={signals.slice(0, 1)} items={agenda.items} />
      <CadenceTimeline history={history} plan={plan} />
      <CadenceTimeline variant="plain" history={history} plan={plan} defaultTableOpen />
    </div>
  );
}
