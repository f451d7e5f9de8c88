import * as React from 'react';
import { StrictMode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { addDays, createAgenda, detectMeetingSignals, type MeetingSignal } from 'one-on-one-kit/core';
import { MeetingSignals, OneOnOneKitProvider, meetingSignalsVariants } from 'one-on-one-kit';
import { renderOnServerAndHydrate } from './server-render';

// An agenda the manager mostly wrote, an item carried four times, no feedback asked for four
// meetings, and The Horizon left for nine weeks: every kind of signal at once.
const agenda = createAgenda('2026-11-23', [
  { id: 'talk', text: 'Conference talk proposal', author: 'report', pillar: 'horizon', carriedOver: 4 },
  { text: 'Q1 planning', author: 'manager', pillar: 'near-future' },
  { text: 'Hiring loop', author: 'manager', pillar: 'present' },
]);
const history = Array.from({ length: 9 }, (_, index) => ({
  date: addDays('2026-09-21', 7 * index),
  focus: index === 6 ? ('near-future' as const) : ('present' as const),
  feedbackAsked: index < 5,
}));
const signals = detectMeetingSignals({ agenda, history, on: '2026-11-23' });

describe('MeetingSignals', () => {
  it('is built from detectMeetingSignals: one entry per kind here', () => {
    expect(signals.map((signal) => signal.kind)).toEqual([
      'manager-owned-agenda',
      'carried-over',
      'feedback-not-asked',
      'pillar-overdue',
    ]);
  });

  it('renders nothing without signals', () => {
    const { container } = render(<MeetingSignals signals={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('announces politely, each signal with its number, what it is about and a coaching line', () => {
    render(<MeetingSignals signals={signals} items={agenda.items} />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('data-slot', 'meeting-signals');
    expect(region).toHaveTextContent('4 things to look at before this 1:1');
    const entries = within(region).getAllByRole('listitem');
    const text = (kind: string) =>
      entries
        .find((entry) => entry.dataset['kind'] === kind)!
        .querySelector('[data-slot="meeting-signals-figure"]')!.textContent;
    expect(text('manager-owned-agenda')).toBe('33%written by them');
    expect(text('carried-over')).toBe('×4meetings');
    expect(text('feedback-not-asked')).toBe('4meetings without an ask');
    expect(text('pillar-overdue')).toMatch(/^\d+days since$/);
    expect(region).toHaveTextContent('“Conference talk proposal” keeps being carried over');
    expect(region).toHaveTextContent('The Horizon is overdue');
    expect(region).toHaveTextContent('End this 1:1 by asking what you could do better for them.');
  });

  it('names a carried item without its text in general words', () => {
    const carried = signals.filter((signal) => signal.kind === 'carried-over');
    render(<MeetingSignals signals={carried} />);
    expect(screen.getByRole('status')).toHaveTextContent('An item keeps being carried over');
  });

  it('is dismissed one signal at a time by keyboard, keeping focus in the list, then moving on', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    const two = signals.slice(2);
    render(
      <>
        <MeetingSignals signals={two} onDismiss={onDismiss} />
        <button type="button">End meeting</button>
      </>,
    );
    await user.tab();
    expect(
      screen.getByRole('button', { name: 'Dismiss “You have not asked for feedback lately”' }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onDismiss).toHaveBeenCalledWith(two[0]);
    expect(screen.getByRole('button', { name: 'Dismiss “The Horizon is overdue”' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('One thing to look at before this 1:1');
    await user.keyboard(' ');
    expect(onDismiss).toHaveBeenLastCalledWith(two[1]);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'End meeting' })).toHaveFocus();
  });

  it('can be made not dismissible', () => {
    render(<MeetingSignals signals={signals} dismissible={false} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('renders item text as text, never as markup', () => {
    const unsafe: MeetingSignal[] = [{ kind: 'carried-over', itemId: 'x', value: 3, message: '' }];
    render(<MeetingSignals signals={unsafe} items={[{ id: 'x', text: '<img src=x onerror=alert(1)>' }]} />);
    expect(screen.getByRole('status')).toHaveTextContent('“<img src=x onerror=alert(1)>” keeps');
    expect(document.querySelector('img')).toBeNull();
  });

  it('replaces its strings through the provider and the messages prop, in the provider’s locale', () => {
    render(
      <OneOnOneKitProvider
        locale="de"
        messages={{
          meetingSignals: { dismiss: 'Ausblenden' },
          pillars: { horizon: { title: 'Der Horizont' } },
        }}
      >
        <MeetingSignals
          signals={[{ kind: 'pillar-overdue', pillar: 'horizon', value: 1234, message: '' }]}
          messages={{ titles: { ...defaultTitles(), 'pillar-overdue': '{pillar} ist überfällig' } }}
        />
      </OneOnOneKitProvider>,
    );
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('Der Horizont ist überfällig');
    expect(region).toHaveTextContent('1.234');
    expect(
      within(region).getByRole('button', { name: 'Dismiss “Der Horizont ist überfällig”' }),
    ).toHaveTextContent('Ausblenden');
  });

  it('merges className, forwards its ref, spreads other props and applies variants', () => {
    const ref = React.createRef<HTMLDivElement>();
    render(
      <MeetingSignals signals={signals} ref={ref} className="mine" variant="inline" aria-label="Signs" />,
    );
    const region = screen.getByRole('status', { name: 'Signs' });
    expect(ref.current).toBe(region);
    expect(region).toHaveClass('ook-meeting-signals', 'ook-meeting-signals--inline', 'mine');
    expect(meetingSignalsVariants()).toBe('ook-meeting-signals ook-meeting-signals--callout');
  });

  it('renders on the server and hydrates without warnings, in StrictMode', async () => {
    const { html, container, messages } = await renderOnServerAndHydrate(
      <StrictMode>
        <MeetingSignals signals={signals} items={agenda.items} />
      </StrictMode>,
    );
    expect(html).toContain('data-slot="meeting-signals"');
    expect(messages()).toEqual([]);
    expect(within(container).getAllByRole('listitem')).toHaveLength(4);
  });
});

function defaultTitles() {
  return {
    'manager-owned-agenda': 'a',
    'carried-over': 'b',
    'feedback-not-asked': 'c',
    'pillar-overdue': 'd',
  };
}
