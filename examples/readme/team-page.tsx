// A React Server Component (no "use client"): it reads class helpers, messages and tokens from the
// server-safe entry, and hands plain data to the kit's client components.
import { AgendaBoard, OneOnOneKitProvider, PillarCard } from 'one-on-one-kit';
import { formatMessage, pillarCardVariants, tokenVar } from 'one-on-one-kit/server-safe';
import type { Agenda, FocusDecision } from 'one-on-one-kit/core';
import { spanish } from './spanish-messages';

export function TeamPage({ agenda, decision }: { agenda: Agenda; decision: FocusDecision }) {
  const since = formatMessage(
    '{days, plural, one {# día} other {# días}} desde la última charla sobre el horizonte',
    { days: decision.due[2].daysSince },
    'es',
  );
  return (
    <OneOnOneKitProvider locale="es" messages={spanish}>
      <aside
        className={pillarCardVariants({ pillar: 'horizon', size: 'compact' })}
        style={{ borderColor: tokenVar('--ook-pillar-horizon') }}
      >
        {since}
      </aside>
      <PillarCard decision={decision} />
      <AgendaBoard defaultValue={agenda} viewer="manager" reportName="Ana" />
    </OneOnOneKitProvider>
  );
}
