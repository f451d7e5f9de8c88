import { render, screen, within } from '@testing-library/react';
import { informingTakeaways, type MeetingRecord } from 'one-on-one-kit/core';
import { OneOnOneKitProvider, PillarCard } from 'one-on-one-kit';
import { renderOnServerAndHydrate } from './server-render';

const history: MeetingRecord[] = [
  {
    date: '2026-10-12',
    focus: 'horizon',
    takeaways: { horizon: ['Wants to lead a team within a year', 'Curious about mentoring'] },
  },
  { date: '2026-10-26', focus: 'near-future', takeaways: { 'near-future': ['Own the billing migration'] } },
];

describe('PillarCard takeaways', () => {
  it('shows the Horizon takeaways on a Near Future card, with the talk’s date in words', () => {
    render(<PillarCard pillar="near-future" takeaways={informingTakeaways(history, 'near-future')} />);
    const card = screen.getByRole('article', { name: 'The Near Future' });
    const takeaways = within(card).getByRole('region', { name: 'From your Horizon talk on 12 Oct' });
    expect(takeaways).toHaveAttribute('data-pillar', 'horizon');
    expect(
      within(takeaways)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Wants to lead a team within a year', 'Curious about mentoring']);
  });

  it('shows the Near Future takeaways on a Present Moment card, and nothing on a Horizon card', () => {
    const { rerender } = render(
      <PillarCard pillar="present" takeaways={informingTakeaways(history, 'present')} />,
    );
    expect(screen.getByRole('region', { name: 'From your Near Future talk on 26 Oct' })).toHaveTextContent(
      'Own the billing migration',
    );
    rerender(<PillarCard pillar="horizon" takeaways={informingTakeaways(history, 'horizon')} />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('takes its words from the pillarCard and dates messages', () => {
    render(
      <OneOnOneKitProvider
        messages={{
          pillarCard: { takeawaysFrom: 'Lo que salió de {title} el {date}' },
          pillars: { horizon: { title: 'el horizonte' } },
          dates: {
            months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
            dayMonth: '{day} de {month}',
          },
        }}
      >
        <PillarCard pillar="near-future" takeaways={informingTakeaways(history, 'near-future')} />
      </OneOnOneKitProvider>,
    );
    expect(
      screen.getByRole('region', { name: 'Lo que salió de el horizonte el 12 de oct' }),
    ).toBeInTheDocument();
  });

  it('renders takeaways as text, on the server and after hydration, without warnings', async () => {
    const unsafe = {
      pillar: 'horizon' as const,
      date: '2026-10-12' as const,
      takeaways: ['<img src=x onerror=alert(1)>'],
    };
    const { container, messages } = await renderOnServerAndHydrate(
      <PillarCard pillar="near-future" takeaways={unsafe} />,
    );
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(messages()).toEqual([]);
  });
});
