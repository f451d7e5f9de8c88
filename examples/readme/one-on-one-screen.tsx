import { useState } from 'react';
import { AgendaBoard, AntiPatternBanner, FeedbackAsk, PillarCard, useNextFocus } from 'one-on-one-kit';
import {
  createAgenda,
  detectAntiPatterns,
  type Agenda,
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
  const findings = detectAntiPatterns(agenda.items);

  return (
    <main className="ook-root">
      <PillarCard decision={focus} />
      <p>{focus.reason}</p>
      <AntiPatternBanner findings={findings} items={agenda.items} />
      <AgendaBoard value={agenda} onValueChange={setAgenda} viewer="report" focus={focus.pillar} />
      <FeedbackAsk onSubmit={(response) => console.log('feedback', response)} />
      <button type="button" onClick={() => props.onSave(agenda)}>
        Save
      </button>
    </main>
  );
}
