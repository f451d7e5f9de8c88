import * as React from 'react';
import {
  AgendaBoard,
  CadenceTimeline,
  FeedbackAsk,
  MeetingSignals,
  PillarCard,
  type FeedbackResponse,
} from 'one-on-one-kit';
import {
  addDays,
  createQuestionBank,
  defaultQuestions,
  detectMeetingSignals,
  endMeeting,
  getPillar,
  informingTakeaways,
  nextFocus,
  planCadence,
  type Agenda,
  type CalendarDate,
} from 'one-on-one-kit/core';
import { formatCalendarDate } from 'one-on-one-kit/server-safe';
import { loadOneOnOne, saveOneOnOne, type StoredOneOnOne } from './storage';
import { sampleReport } from './sample-report';
import { TakeawaysEditor } from './takeaways-editor';
import './host-app.css';

const bank = createQuestionBank(defaultQuestions);
/** Weekly 1:1s. */
const MEETING_EVERY_DAYS = 7;

export interface HostAppProps {
  /** Today's date, read once by the host at start-up (never during render). */
  today: CalendarDate;
  storage: Storage;
  viewer?: 'report' | 'manager';
}

/**
 * A host app's 1:1 screen across meetings: prepare (focus, questions, what informs it, signals), hold
 * (the agenda, its flags, the review of last time's next steps), close (feedback, takeaways) and end
 * the meeting with `endMeeting`, which records it and opens the next. Everything it shows comes from
 * JSON it keeps in `storage`.
 */
export function HostApp({ today, storage, viewer = 'report' }: HostAppProps) {
  const [{ state: initial, recovered }] = React.useState(() => loadOneOnOne(storage, today));
  const [state, setState] = React.useState<StoredOneOnOne>(initial);
  const [announcement, setAnnouncement] = React.useState('');
  const headingRef = React.useRef<HTMLHeadingElement>(null);

  // Every change is saved at once, so a reload or a closed tab loses nothing.
  React.useEffect(() => saveOneOnOne(storage, state), [storage, state]);

  const { agenda, history, feedback } = state;
  const meetingDate = agenda.meetingDate;
  const decision = React.useMemo(() => nextFocus(history, meetingDate), [history, meetingDate]);
  const focus = decision.pillar;
  const signals = React.useMemo(
    () => detectMeetingSignals({ agenda, history, on: meetingDate }),
    [agenda, history, meetingDate],
  );
  const informedBy = React.useMemo(
    () => informingTakeaways(history, focus, { on: meetingDate }),
    [history, focus, meetingDate],
  );
  const plan = React.useMemo(
    () => planCadence(history, { from: meetingDate, count: 6 }),
    [history, meetingDate],
  );
  const avoid = history.flatMap((meeting) => meeting.askedQuestionIds ?? []);
  const questions = bank.pick({ pillar: focus, count: 3, seed: meetingDate, avoid });
  const focusTitle = getPillar(focus)?.title ?? focus;
  const takeaways = state.takeaways?.[focus] ?? [];

  const setAgenda = React.useCallback(
    (next: Agenda) => setState((previous) => ({ ...previous, agenda: next })),
    [],
  );
  const setFeedback = (response: FeedbackResponse) =>
    setState((previous) => ({ ...previous, feedback: response }));
  const setTakeaways = (texts: string[]) =>
    setState((previous) => ({ ...previous, takeaways: { ...previous.takeaways, [focus]: texts } }));

  const end = () => {
    const nextMeetingDate = addDays(meetingDate, MEETING_EVERY_DAYS);
    // endMeeting records the meeting (done items, dropped steps, feedback, takeaways) and carries the rest.
    const { record, next } = endMeeting(agenda, {
      focus,
      nextMeetingDate,
      feedback: { asked: feedback !== undefined, received: feedback?.received ?? false },
      takeaways: { [focus]: takeaways },
    });
    setState({ reportName: state.reportName, history: [...history, record], agenda: next });
    setAnnouncement(
      `Meeting of ${formatCalendarDate(meetingDate)} recorded. The next one is on ${formatCalendarDate(nextMeetingDate)}.`,
    );
    // Focus goes to the top of the new meeting, so a keyboard user starts there.
    headingRef.current?.focus();
  };

  return (
    <main className="ook-root host-app">
      <header className="host-app__header">
        <h1 ref={headingRef} tabIndex={-1}>
          1:1 with {state.reportName}
        </h1>
        <p>
          Meeting on{' '}
          <time dateTime={meetingDate}>{formatCalendarDate(meetingDate, undefined, { year: true })}</time>
          {' · '}
          {history.length === 0
            ? 'the first one'
            : `${history.length} earlier ${history.length === 1 ? 'meeting' : 'meetings'}`}
        </p>
      </header>
      {history.length === 0 && agenda.items.length === 0 ? (
        <p className="host-app__muted">
          Nothing on record yet.{' '}
          <button
            type="button"
            className="ook-button ook-button--ghost ook-button--sm"
            onClick={() => setState((previous) => ({ ...previous, ...sampleReport() }))}
          >
            Start from a sample report
          </button>{' '}
          (six months of weekly 1:1s with Sam).
        </p>
      ) : null}
      {recovered ? (
        <p role="alert" className="ook-callout">
          Saved data could not be read ({recovered.message}). It was kept under “{recovered.backupKey}” and a
          fresh agenda was started.
        </p>
      ) : null}
      <section className="host-app__step" aria-labelledby="host-app-prepare">
        <h2 id="host-app-prepare">Prepare</h2>
        <PillarCard
          pillar={focus}
          decision={decision}
          questions={questions}
          variant="focus"
          takeaways={informedBy}
        />
        <p className="host-app__muted">{decision.reason}</p>
        {/* Keyed by the meeting, so a signal dismissed in one meeting shows again in the next. */}
        <MeetingSignals key={meetingDate} signals={signals} items={agenda.items} />
      </section>
      <section className="host-app__step" aria-labelledby="host-app-hold">
        <h2 id="host-app-hold">The agenda</h2>
        {/* The board flags each item that looks like an anti-pattern: no banner beside it, so a finding shows once. */}
        <AgendaBoard
          value={agenda}
          onValueChange={setAgenda}
          viewer={viewer}
          focus={focus}
          reportName={state.reportName}
        />
      </section>
      <section className="host-app__step" aria-labelledby="host-app-close">
        <h2 id="host-app-close">Close</h2>
        <div className="host-app__close">
          {/* Heading, words, then the control: the same order as the takeaways beside it. */}
          <div className="host-app__feedback" role="group" aria-labelledby="host-app-feedback">
            <h3 id="host-app-feedback">Feedback</h3>
            <p className="host-app__muted">
              {feedback
                ? feedback.received
                  ? 'Feedback recorded for this meeting.'
                  : 'Asked; none came this time. Recorded for this meeting.'
                : 'Always end by asking for feedback, even when none comes.'}
            </p>
            <FeedbackAsk onSubmit={setFeedback} />
          </div>
          <TakeawaysEditor pillarTitle={focusTitle} value={takeaways} onValueChange={setTakeaways} />
        </div>
        <button type="button" className="ook-button ook-button--solid host-app__finish" onClick={end}>
          End the meeting and open the next one
        </button>
      </section>
      <CadenceTimeline history={history} plan={plan} from={addDays(meetingDate, -182)} headingLevel={2} />
      <p role="status" className="ook-visually-hidden">
        {announcement}
      </p>
    </main>
  );
}
