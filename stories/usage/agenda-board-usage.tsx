import { useState } from 'react';
import { AgendaBoard } from 'one-on-one-kit';
import { createAgenda } from 'one-on-one-kit/core';

export function AgendaBoardUsage() {
  // The host owns the agenda: plain JSON it can save anywhere.
  const [agenda, setAgenda] = useState(() =>
    createAgenda('2026-03-02', [
      { text: 'Energy has been low since the reorg', author: 'report', pillar: 'present' },
      { text: 'What kind of leader I want to become', author: 'report', pillar: 'horizon' },
    ]),
  );
  return <AgendaBoard value={agenda} onValueChange={setAgenda} viewer="report" focus="horizon" />;
}
