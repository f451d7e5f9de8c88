import { useState } from 'react';
import { AgendaBoard, AntiPatternBanner, FeedbackAsk, PillarCard, useNextFocus } from 'one-on-one-kit';
import {
  createAgenda,
  type Agenda,
  type AntiPatternFinding,
  type CalendarDate,
  type MeetingRecord,
} from 'one-on-one-kit/core';
import 'one-on-one-kit/styles.css';

export function OneOnOneScreen(props: {
  history: MeetingRecord[];
  meetingDate: CalendarDate;
  onSave: (agenda: Agenda) => void;
}) {
  const [agenda, setAgenda] = useState(() => createAgenda(props.meetingDate));
  const focus = useNextFocus(props.history, props.meetingDate);
  // The board checks the agenda for anti-patterns; the banner shows what it found.
  const [findings, setFindings] = useState<readonly AntiPatternFinding[]>([]);

  return (
    <main className="ook-root">
      <PillarCard decision={focus} />
      <p>{focus.reason}</p>
      <AntiPatternBanner findings={findings} items={agenda.items} />
      <AgendaBoard
        value={agenda}
        onValueChange={setAgenda}
        onFindingsChange={setFindings}
        viewer="report"
        focus={focus.pillar}
      />
      <FeedbackAsk onSubmit={(response) => console.log('feedback', response)} />
      <button type="button" onClick={() => props.onSave(agenda)}>
        Save
      </button>
    </main>
  );
}
