import { useState } from 'react';
import { AgendaBoard, FeedbackAsk, PillarCard, useNextFocus } from 'one-on-one-kit';
import { createAgenda, type Agenda, type CalendarDate, type MeetingRecord } from 'one-on-one-kit/core';
import 'one-on-one-kit/styles.css';

export function OneOnOneScreen(props: {
  history: MeetingRecord[];
  meetingDate: CalendarDate;
  onSave: (agenda: Agenda) => void;
}) {
  const [agenda, setAgenda] = useState(() => createAgenda(props.meetingDate));
  const focus = useNextFocus(props.history, props.meetingDate);

  // The board flags items that look like a status update on the item itself, so this screen needs no
  // AntiPatternBanner: that is for text shown without a board.
  return (
    <main className="ook-root">
      <PillarCard decision={focus} />
      <p>{focus.reason}</p>
      <AgendaBoard value={agenda} onValueChange={setAgenda} viewer="report" focus={focus.pillar} />
      <FeedbackAsk onSubmit={(response) => console.log('feedback', response)} />
      <button type="button" className="ook-button ook-button--outline" onClick={() => props.onSave(agenda)}>
        Save
      </button>
    </main>
  );
}
