import * as React from 'react';
import { StrictMode } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, planCadence, type MeetingRecord } from 'one-on-one-kit/core';
import { CadenceTimeline, OneOnOneKitProvider, cadenceTimelineVariants } from 'one-on-one-kit';
import { renderOnServerAndHydrate } from './server-render';

// Twelve weekly meetings as the cadence plans them, feedback asked at most, received at two.
const history: MeetingRecord[] = planCadence([], { from: '2026-09-07', count: 12 }).map((meeting, index) => ({
  date: meeting.date,
  focus: meeting.focus,
  feedbackAsked: index % 4 !== 3,
  feedbackReceived: index === 5 || index === 9,
}));
const plan = planCadence(history, { from: '2026-11-30', count: 4 });

function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('CadenceTimeline', () => {
  it('draws every meeting held and planned in its pillar’s lane, with feedback marks', () => {
    const { container } = render(<CadenceTimeline history={history} plan={plan} />);
    const figure = screen.getByRole('figure', { name: 'The rhythm of your 1:1s' });
    expect(figure).toHaveAttribute('data-slot', 'cadence-timeline');
    const chart = within(figure).getByRole('img');
    expect(chart).toHaveAccessibleName(
      'Timeline of 12 held and 4 planned 1:1s by pillar, with feedback asked and received. “Every meeting as a table” below lists each meeting.',
    );
    const markers = [...container.querySelectorAll('circle.ook-cadence-timeline__meeting')];
    expect(markers).toHaveLength(16);
    expect(markers.map((marker) => marker.getAttribute('data-pillar'))).toEqual([
      ...history.map((record) => record.focus),
      ...plan.map((meeting) => meeting.focus),
    ]);
    expect(markers.map((marker) => marker.getAttribute('data-state'))).toEqual([
      ...history.map(() => 'held'),
      'next',
      'planned',
      'planned',
      'planned',
    ]);
    // First and last meetings sit on the chart's edges; the rest in proportion to their dates.
    expect(markers[0]).toHaveAttribute('cx', '0.000%');
    expect(markers.at(-1)).toHaveAttribute('cx', '100.000%');
    expect(markers[1]).toHaveAttribute('cx', `${((7 / 105) * 100).toFixed(3)}%`);
    const feedback = [...container.querySelectorAll('svg[role="img"] circle.ook-cadence-timeline__feedback')];
    expect(feedback.map((mark) => mark.getAttribute('data-state'))).toEqual(
      history
        .filter((record) => record.feedbackAsked || record.feedbackReceived)
        .map((record) => (record.feedbackReceived ? 'received' : 'asked')),
    );
    expect(figure).toHaveTextContent(
      '12 1:1s held since 7 Sep 2026 · 4 planned · feedback asked 9 times, received 2 times',
    );
  });

  // jsdom does not open <details> from the keyboard; the Chromium story does (CadenceTimeline, TableByKeyboard).
  it('keeps each separator of the summary on the line of the words before it, so no line starts with one', () => {
    const { container } = render(<CadenceTimeline history={history} plan={plan} />);
    const summary = container.querySelector('[data-slot="cadence-timeline-summary"]')!.textContent!;
    expect(summary.match(/·/g)).toHaveLength(2);
    expect(summary.match(/\u00a0· /g)).toHaveLength(2);
  });

  it('lists the same facts in a table behind a disclosure', async () => {
    const user = userEvent.setup();
    render(<CadenceTimeline history={history} plan={plan} />);
    expect(screen.getByRole('table', { hidden: true })).not.toBeVisible();
    await user.click(screen.getByText('Every meeting as a table'));
    const table = screen.getByRole('table', { name: 'The rhythm of your 1:1s' });
    expect(table).toBeVisible();
    const rows = rowsOf(table);
    expect(rows).toHaveLength(16);
    expect(rows[0]).toEqual(['7 Sep 2026', 'The Present Moment', 'Held', 'Asked, none came']);
    expect(rows[3]).toEqual(['28 Sep 2026', 'The Present Moment', 'Held', 'Not asked']);
    expect(rows[5]?.[3]).toBe('Asked, and it came');
    expect(rows[12]).toEqual(['30 Nov 2026', expect.any(String), 'Next', '—']);
    expect(rows[13]?.[2]).toBe('Planned');
  });

  it('shows the balance per pillar over the window from `from`', () => {
    render(<CadenceTimeline history={history} plan={plan} from="2026-10-05" />);
    const balance = screen.getByRole('list', { name: 'Balance since 5 Oct 2026' });
    const shown = history.filter((record) => record.date >= '2026-10-05');
    const count = (pillar: string) => shown.filter((record) => record.focus === pillar).length;
    const items = within(balance).getAllByRole('listitem');
    expect(items.map((item) => item.dataset['pillar'])).toEqual(['present', 'near-future', 'horizon']);
    for (const item of items) {
      const n = count(item.dataset['pillar']!);
      expect(item).toHaveTextContent(`${n} ${n === 1 ? 'meeting' : 'meetings'}`);
      expect(item).toHaveTextContent(`${Math.round((n / shown.length) * 100)}%`);
    }
    expect(screen.getAllByRole('row')).toHaveLength(1 + shown.length + plan.length);
  });

  it('says so when there is nothing to show, and draws a single meeting in the middle', () => {
    const { rerender, container } = render(<CadenceTimeline history={[]} />);
    expect(screen.getByRole('figure')).toHaveTextContent('No 1:1s held or planned yet.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    rerender(<CadenceTimeline history={[]} plan={[{ date: '2026-11-30', focus: 'present' }]} />);
    expect(container.querySelector('circle.ook-cadence-timeline__meeting')).toHaveAttribute('cx', '50.000%');
    expect(screen.getByRole('figure')).toHaveTextContent('No 1:1s held yet · 1 planned');
  });

  it('labels months along the axis, with the month names from the dates messages', () => {
    const { container } = render(
      <OneOnOneKitProvider
        messages={{
          dates: {
            months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
            dayMonthYear: '{day} de {month} de {year}',
          },
          cadenceTimeline: { title: 'El ritmo de las 1:1' },
          pillars: { horizon: { title: 'El horizonte' } },
        }}
      >
        <CadenceTimeline history={history} plan={plan} />
      </OneOnOneKitProvider>,
    );
    const labels = [...container.querySelectorAll('.ook-cadence-timeline__month text')].map(
      (text) => text.textContent,
    );
    expect(labels).toEqual(['oct', 'nov', 'dic']);
    expect(screen.getByRole('figure', { name: 'El ritmo de las 1:1' })).toHaveTextContent(
      '12 1:1s held since 7 de sept de 2026',
    );
    expect(
      container.querySelector('.ook-cadence-timeline__lane[data-pillar="horizon"] text'),
    ).toHaveTextContent('El horizonte');
  });

  it('uses no inline styles, so a strict style CSP has nothing to block', () => {
    const { container } = render(<CadenceTimeline history={history} plan={plan} />);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('merges className, forwards its ref and applies variants', () => {
    const ref = React.createRef<HTMLElement>();
    render(<CadenceTimeline ref={ref} history={history} className="mine" variant="plain" />);
    const figure = screen.getByRole('figure');
    expect(ref.current).toBe(figure);
    expect(figure).toHaveClass('ook-cadence-timeline', 'ook-cadence-timeline--plain', 'mine');
    expect(cadenceTimelineVariants()).toBe('ook-cadence-timeline ook-cadence-timeline--card');
  });

  it('refuses a damaged history with a OneOnOneError naming the record', () => {
    const broken = [...history, { date: addDays('2026-11-23', 0), focus: 'later' }] as never;
    expect(() => render(<CadenceTimeline history={broken} />)).toThrow(/history\[12\]\.focus/);
  });

  it('renders on the server and hydrates without warnings, in StrictMode', async () => {
    const { html, container, messages } = await renderOnServerAndHydrate(
      <StrictMode>
        <CadenceTimeline history={history} plan={plan} from="2026-09-01" />
      </StrictMode>,
    );
    expect(html).toContain('data-slot="cadence-timeline"');
    expect(html).toContain('role="img"');
    expect(messages()).toEqual([]);
    expect(container.querySelectorAll('circle.ook-cadence-timeline__meeting')).toHaveLength(16);
  });
});
