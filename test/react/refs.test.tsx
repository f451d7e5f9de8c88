import * as React from 'react';
import { render } from '@testing-library/react';
import { createAgenda, detectAntiPatterns, nextFocus } from 'one-on-one-kit/core';
import {
  AgendaBoard,
  AntiPatternBanner,
  CadenceTimeline,
  FeedbackAsk,
  FeedbackAskContent,
  FeedbackAskRoot,
  FeedbackAskTrigger,
  MeetingSignals,
  PillarCard,
} from 'one-on-one-kit';
import { captureConsole } from './server-render';

// Runs on React 19 and 18.3 (the react and react-18 projects): on 18, a component that relied on
// React 19's ref-as-prop would leave the ref null and print "Function components cannot be given refs".
const agenda = createAgenda('2026-11-23', [
  { text: 'Go over the status of PAY-1234', author: 'report', pillar: 'present' },
]);
const findings = detectAntiPatterns(agenda.items);
const decision = nextFocus([{ date: '2026-11-16', focus: 'present' }], '2026-11-23');

const roots: [
  name: string,
  slot: string,
  render: (ref: React.RefObject<HTMLElement | null>) => React.ReactNode,
][] = [
  [
    'AgendaBoard',
    'agenda-board',
    (ref) => <AgendaBoard ref={ref as React.Ref<HTMLDivElement>} viewer="report" defaultValue={agenda} />,
  ],
  ['PillarCard', 'pillar-card', (ref) => <PillarCard ref={ref} pillar="horizon" status={decision.due[2]} />],
  [
    'FeedbackAsk',
    'feedback-ask',
    (ref) => <FeedbackAsk ref={ref as React.Ref<HTMLButtonElement>} onSubmit={() => {}} />,
  ],
  [
    'FeedbackAskTrigger',
    'feedback-ask',
    (ref) => (
      <FeedbackAskRoot onSubmit={() => {}}>
        <FeedbackAskTrigger ref={ref as React.Ref<HTMLButtonElement>} />
      </FeedbackAskRoot>
    ),
  ],
  [
    'FeedbackAskContent',
    'feedback-ask-content',
    (ref) => (
      <FeedbackAskRoot onSubmit={() => {}} defaultOpen>
        <FeedbackAskContent ref={ref as React.Ref<HTMLDivElement>} />
      </FeedbackAskRoot>
    ),
  ],
  [
    'AntiPatternBanner',
    'anti-pattern-banner',
    (ref) => (
      <AntiPatternBanner ref={ref as React.Ref<HTMLDivElement>} findings={findings} items={agenda.items} />
    ),
  ],
  [
    'MeetingSignals',
    'meeting-signals',
    (ref) => (
      <MeetingSignals
        ref={ref as React.Ref<HTMLDivElement>}
        signals={[{ kind: 'feedback-not-asked', value: 3, message: 'Ask for feedback.' }]}
      />
    ),
  ],
  [
    'CadenceTimeline',
    'cadence-timeline',
    (ref) => <CadenceTimeline ref={ref} history={[{ date: '2026-11-16', focus: 'present' }]} />,
  ],
];

describe(`refs on React ${React.version}`, () => {
  it.each(roots)('%s forwards its ref to its root element, with no warning', (name, slot, ui) => {
    const messages = captureConsole();
    const ref = React.createRef<HTMLElement>();
    render(<React.StrictMode>{ui(ref)}</React.StrictMode>);
    expect(ref.current).toBeInstanceOf(HTMLElement);
    // document, not the render container: the dialog is portalled to the body.
    expect(ref.current).toBe(document.querySelector(`[data-slot="${slot}"]`));
    expect(messages()).toEqual([]);
  });

  it.each(roots)('%s has a display name for dev tools and warnings', (name) => {
    const components: Record<string, { displayName?: string }> = {
      AgendaBoard,
      PillarCard,
      FeedbackAsk,
      FeedbackAskTrigger,
      FeedbackAskContent,
      AntiPatternBanner,
      MeetingSignals,
      CadenceTimeline,
    };
    expect(components[name]!.displayName).toBe(name);
  });
});
