import * as React from 'react';
import { AgendaBoard, FeedbackAsk, PillarCard, type FeedbackResponse } from 'one-on-one-kit';
import {
  createQuestionBank,
  defaultQuestions,
  feedbackTrend,
  nextFocus,
  type Agenda,
  type IsoDate,
} from 'one-on-one-kit/core';
import { finishMeeting, loadOneOnOne, saveOneOnOne, type StoredOneOnOne } from './storage';
import './host-app.css';

const bank = createQuestionBank(defaultQuestions);

export interface HostAppProps {
  /** Today's date, read once by the host at start-up (never during render). */
  today: IsoDate;
  storage: Storage;
  viewer?: 'report' | 'manager';
}

/** A host app's 1:1 screen: everything it shows comes from JSON it keeps in `storage`. */
export function HostApp({ today, storage, viewer = 'report' }: HostAppProps) {
  const [{ state: initial, recovered }] = React.useState(() => loadOneOnOne(storage, today));
  const [state, setState] = React.useState<StoredOneOnOne>(initial);

  // Every change is saved at once, so a reload or a closed tab loses nothing.
  React.useEffect(() => saveOneOnOne(storage, state), [storage, state]);

  const meetingDate = state.agenda.meetingDate;
  const decision = React.useMemo(() => nextFocus(state.history, meetingDate), [state.history, meetingDate]);
  const trend = React.useMemo(() => feedbackTrend(state.history), [state.history]);
  const focusStatus = decision.due.find((status) => status.pillar === decision.pillar);
  const avoid = state.history.flatMap((meeting) => meeting.askedQuestionIds ?? []);
  const questions = bank.pick({ pillar: decision.pillar, count: 3, seed: meetingDate, avoid });

  const setAgenda = React.useCallback(
    (agenda: Agenda) => setState((previous) => ({ ...previous, agenda })),
    [],
  );
  const setFeedback = (feedback: FeedbackResponse) => setState((previous) => ({ ...previous, feedback }));
  const { feedback } = state;

  const finish = () => {
    setState((previous) =>
      finishMeeting(previous, {
        focus: decision.pillar,
        feedbackAsked: feedback !== undefined,
        feedbackReceived: feedback?.received ?? false,
      }),
    );
  };

  return (
    <main className="ook-root host-app">
      <header className="host-app__header">
        <h1>1:1 with {state.reportName}</h1>
        <p>
          Meeting on <time dateTime={meetingDate}>{meetingDate}</time> · {state.history.length} earlier
          meetings
          {trend.streak > 0
            ? ` · feedback asked ${trend.streak} ${trend.streak === 1 ? 'meeting' : 'meetings'} in a row`
            : ''}
        </p>
      </header>
      {recovered ? (
        <p role="alert" className="ook-callout">
          Saved data could not be read ({recovered.message}). It was kept under “{recovered.backupKey}” and a
          fresh agenda was started.
        </p>
      ) : null}
      <PillarCard pillar={decision.pillar} status={focusStatus} questions={questions} variant="focus" />
      <p className="host-app__reason">{decision.reason}</p>
      <AgendaBoard
        value={state.agenda}
        onValueChange={setAgenda}
        viewer={viewer}
        focus={decision.pillar}
        reportName={state.reportName}
      />
      <footer className="host-app__footer">
        <FeedbackAsk onSubmit={setFeedback} />
        {feedback ? <p>Feedback recorded for this meeting.</p> : null}
        <button type="button" className="ook-button ook-button--outline" onClick={finish}>
          Finish meeting and open the next one
        </button>
      </footer>
    </main>
  );
}
