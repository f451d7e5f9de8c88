import { within } from '@testing-library/react';
import { addDays, createAgenda, type MeetingRecord } from 'one-on-one-kit/core';
import { Rhythm } from '../../examples/readme/rhythm';
import { SignalsPanel } from '../../examples/readme/signals-panel';
import { renderOnServerAndHydrate } from './server-render';

// The README's MeetingSignals and CadenceTimeline examples: rendered to HTML and hydrated, on React 19 and 18.
describe('the README signals panel and rhythm', () => {
  it('show the signals and the timeline the examples promise', async () => {
    const history: MeetingRecord[] = Array.from({ length: 8 }, (_, index) => ({
      date: addDays('2026-09-28', 7 * index),
      focus: index === 3 ? 'horizon' : 'present',
      feedbackAsked: index < 4,
    }));
    const agenda = createAgenda('2026-11-23', [
      { text: 'Talk proposal', author: 'report', pillar: 'horizon', carriedOver: 3 },
    ]);
    const { container, messages } = await renderOnServerAndHydrate(
      <>
        <SignalsPanel agenda={agenda} history={history} />
        <Rhythm history={history} next={agenda.meetingDate} />
      </>,
    );
    expect(messages()).toEqual([]);
    const signals = within(container).getByRole('status');
    expect(signals).toHaveTextContent('“Talk proposal” keeps being carried over');
    expect(signals).toHaveTextContent('You have not asked for feedback lately');
    const timeline = within(container).getByRole('figure', { name: 'The rhythm of your 1:1s' });
    expect(timeline).toHaveTextContent('8 1:1s held since 25 May 2026 · 6 planned');
    expect(timeline.querySelectorAll('circle.ook-cadence-timeline__meeting')).toHaveLength(14);
  });
});
