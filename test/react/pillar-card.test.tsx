import * as React from 'react';
import { StrictMode } from 'react';
import { renderOnServerAndHydrate } from './server-render';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import {
  createQuestionBank,
  defaultQuestions,
  nextFocus,
  type PillarStatus,
  type Question,
} from 'one-on-one-kit/core';
import { OneOnOneKitProvider, PillarCard, pillarCardVariants } from 'one-on-one-kit';

const quietStatus: PillarStatus = {
  pillar: 'horizon',
  lastDate: '2026-10-12',
  daysSince: 14,
  everyDays: 42,
  dueOn: '2026-11-20',
  isDue: false,
  overdue: false,
};

const overdueStatus: PillarStatus = {
  pillar: 'near-future',
  lastDate: '2026-09-01',
  daysSince: 33,
  everyDays: 28,
  dueOn: '2026-09-26',
  isDue: true,
  overdue: true,
};

const questions: Question[] = [
  { id: 'h1', text: 'What skills do you want to develop?', pillar: 'horizon', themes: ['skills'] },
  { id: 'h2', text: 'What kind of leader do you want to become?', pillar: 'horizon', themes: ['leadership'] },
];

const bank = createQuestionBank(defaultQuestions);

describe('PillarCard', () => {
  it('is an article named by the pillar title, with its purpose', () => {
    render(<PillarCard pillar="horizon" />);
    const region = screen.getByRole('article', { name: 'The Horizon' });
    expect(region).toHaveAttribute('data-slot', 'pillar-card');
    expect(screen.getByRole('heading', { level: 3, name: 'The Horizon' })).toBeInTheDocument();
    expect(region).toHaveTextContent(/Career and aspirations/);
  });

  it('uses the heading level it is given', () => {
    render(<PillarCard pillar="present" headingLevel={2} questions={questions} />);
    expect(screen.getByRole('heading', { level: 2, name: 'The Present Moment' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Questions to explore' })).toBeInTheDocument();
  });

  it('says when the pillar was last discussed and when it is due', () => {
    render(<PillarCard pillar="horizon" status={quietStatus} />);
    const last = document.querySelector('[data-slot="pillar-card-last-discussed"]');
    expect(last?.textContent?.replace(/\s+/g, ' ')).toBe('Last discussed 2026-10-12 · 14 days ago');
    expect(screen.getByText('Due 2026-11-20')).toBeInTheDocument();
  });

  it('says a pillar never discussed has not been discussed yet', () => {
    const status = nextFocus([], '2026-03-02').due[2];
    render(<PillarCard pillar="horizon" status={status} />);
    expect(screen.getByText('Not discussed yet')).toBeInTheDocument();
  });

  it('says by how many days an overdue pillar is overdue, with an overdue badge rather than a due one', () => {
    render(<PillarCard pillar="near-future" status={overdueStatus} />);
    expect(screen.getByText('Overdue by 5 days')).toHaveAttribute('data-state', 'overdue');
    const region = screen.getByRole('article', { name: 'The Near Future' });
    expect(region).toHaveAttribute('data-variant', 'due');
    expect(region).toHaveClass('ook-pillar-card--due');
    const badge = within(region).getByText('Overdue');
    expect(badge).toHaveAttribute('data-slot', 'pillar-card-badge');
    expect(badge).toHaveClass('ook-badge', 'ook-badge--overdue');
    expect(within(region).queryByText('Due')).toBeNull();
  });

  it('shows a due badge, in the due colour, for a pillar that is due and not yet overdue', () => {
    render(<PillarCard pillar="horizon" status={{ ...quietStatus, daysSince: 40, isDue: true }} />);
    const badge = within(screen.getByRole('article', { name: 'The Horizon' })).getByText('Due');
    expect(badge).toHaveClass('ook-badge', 'ook-badge--due');
  });

  it('flags The Present Moment as due only once it is overdue, since it is due most weeks', () => {
    const due: PillarStatus = {
      pillar: 'present',
      lastDate: '2026-10-12',
      daysSince: 7,
      everyDays: 7,
      dueOn: '2026-10-16',
      isDue: true,
      overdue: false,
    };
    const { rerender } = render(<PillarCard pillar="present" status={due} />);
    const region = screen.getByRole('article', { name: 'The Present Moment' });
    expect(region).toHaveAttribute('data-variant', 'quiet');
    rerender(<PillarCard pillar="present" status={{ ...due, daysSince: 14, overdue: true }} />);
    expect(region).toHaveAttribute('data-variant', 'due');
  });

  it('says "Due now" for a pillar that is due but not yet past its interval', () => {
    render(<PillarCard pillar="horizon" status={{ ...quietStatus, daysSince: 40, isDue: true }} />);
    expect(screen.getByText('Due now')).toHaveAttribute('data-state', 'due');
  });

  it('defaults to quiet when the pillar is not due, and lets the focus variant stand out with a badge', () => {
    const { rerender } = render(<PillarCard pillar="horizon" status={quietStatus} />);
    const region = screen.getByRole('article', { name: 'The Horizon' });
    expect(region).toHaveClass('ook-pillar-card', 'ook-pillar-card--quiet', 'ook-pillar-card--horizon');
    expect(screen.queryByText('Focus')).not.toBeInTheDocument();
    rerender(<PillarCard pillar="horizon" status={quietStatus} variant="focus" size="compact" />);
    expect(region).toHaveClass('ook-pillar-card--focus', 'ook-pillar-card--compact');
    expect(region).toHaveAttribute('data-variant', 'focus');
    expect(screen.getByText('Focus')).toBeInTheDocument();
  });

  it('lists the questions it is given, as text', () => {
    render(
      <PillarCard
        pillar="horizon"
        questions={[
          ...questions,
          { id: 'x', text: '<img src=x onerror=alert(1)>', pillar: 'horizon', themes: ['x'] },
        ]}
      />,
    );
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'What skills do you want to develop?',
      'What kind of leader do you want to become?',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(document.querySelector('img')).toBeNull();
  });

  it('takes plain strings and React nodes as questions next to Question objects, skipping empty ones', () => {
    const canAsk = false;
    render(
      <PillarCard
        pillar="present"
        questions={[
          'What drained you this week?',
          questions[0]!,
          <>
            What is <em>one</em> win?
          </>,
          canAsk && 'Never shown',
          null,
          '',
        ]}
      />,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'What drained you this week?',
      'What skills do you want to develop?',
      'What is one win?',
    ]);
    expect(within(items[2]!).getByText('one').tagName).toBe('EM');
  });

  it('takes a nextFocus decision: alone it shows the focus pillar as the focus, with its status', () => {
    const decision = nextFocus(
      [
        { date: '2026-09-07', focus: 'horizon' },
        { date: '2026-09-14', focus: 'present' },
        { date: '2026-09-21', focus: 'near-future' },
        { date: '2026-10-12', focus: 'present' },
      ],
      '2026-10-19',
    );
    expect(decision.pillar).toBe('horizon');
    render(<PillarCard decision={decision} data-testid="focus" />);
    const card = screen.getByTestId('focus');
    expect(card).toHaveAttribute('data-pillar', 'horizon');
    expect(card).toHaveAttribute('data-variant', 'focus');
    expect(within(card).getByRole('heading', { name: 'The Horizon' })).toBeInTheDocument();
    expect(card.querySelector('[data-slot="pillar-card-last-discussed"]')).toHaveTextContent(
      'Last discussed 2026-09-07',
    );
  });

  it('with a decision and another pillar, shows that pillar’s status and no focus badge', () => {
    const decision = nextFocus([{ date: '2026-10-12', focus: 'present' }], '2026-10-19');
    render(<PillarCard pillar="near-future" decision={decision} data-testid="card" />);
    const card = screen.getByTestId('card');
    expect(decision.pillar).not.toBe('near-future');
    expect(card).toHaveAttribute('data-pillar', 'near-future');
    expect(card).not.toHaveAttribute('data-variant', 'focus');
    const status = decision.due.find((entry) => entry.pillar === 'near-future')!;
    expect(card.querySelector('[data-slot="pillar-card-due"]')).toHaveTextContent(`Due ${status.dueOn}`);
  });

  it('shows no question section and no button when it has nothing to suggest', () => {
    render(<PillarCard pillar="present" />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('calls onAnotherQuestion from the button, by keyboard too', async () => {
    const user = userEvent.setup();
    const onAnotherQuestion = vi.fn();
    render(<PillarCard pillar="horizon" questions={questions} onAnotherQuestion={onAnotherQuestion} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Suggest another question' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onAnotherQuestion).toHaveBeenCalledTimes(2);
  });

  it('picks questions from a bank and shows a fresh set on "Suggest another question"', async () => {
    const user = userEvent.setup();
    render(<PillarCard pillar="near-future" questionBank={bank} seed="ana" questionCount={2} />);
    const before = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(before).toHaveLength(2);
    const expected = bank
      .pick({ pillar: 'near-future', count: 2, seed: 'ana' })
      .map((question) => question.text);
    expect(before).toEqual(expected);
    await user.click(screen.getByRole('button', { name: 'Suggest another question' }));
    const after = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(after).toHaveLength(2);
    expect(after.some((text) => before.includes(text))).toBe(false);
  });

  it('lets a consumer preventDefault() the built-in "another question"', async () => {
    const user = userEvent.setup();
    render(
      <PillarCard
        pillar="present"
        questionBank={bank}
        seed={7}
        onAnotherQuestion={(event) => event.preventDefault()}
      />,
    );
    const before = screen.getAllByRole('listitem').map((item) => item.textContent);
    await user.click(screen.getByRole('button', { name: 'Suggest another question' }));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(before);
  });

  it('replaces strings through the messages prop and the provider (prop wins)', () => {
    render(
      <OneOnOneKitProvider
        messages={{
          pillars: { horizon: { title: 'L’horizon' } },
          pillarCard: { focusBadge: 'Focus de la semaine', notDiscussed: 'Pas encore abordé' },
        }}
      >
        <PillarCard
          pillar="horizon"
          variant="focus"
          status={{ ...quietStatus, lastDate: null }}
          messages={{ notDiscussed: 'Jamais' }}
        />
      </OneOnOneKitProvider>,
    );
    expect(screen.getByText('Focus de la semaine')).toBeInTheDocument();
    expect(screen.getByText('Jamais')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'L’horizon' })).toBeInTheDocument();
    // Only the title was replaced: the summary stays.
    expect(screen.getByText(/Career and aspirations/)).toBeInTheDocument();
  });

  it('merges className, forwards its ref and spreads other props last', () => {
    const ref = React.createRef<HTMLElement>();
    render(
      <PillarCard
        pillar="present"
        ref={ref}
        className="mine"
        data-testid="card"
        aria-labelledby="elsewhere"
        id="c"
      />,
    );
    const card = screen.getByTestId('card');
    expect(ref.current).toBe(card);
    expect(card).toHaveClass('ook-pillar-card', 'mine');
    expect(card).toHaveAttribute('id', 'c');
    expect(card).toHaveAttribute('aria-labelledby', 'elsewhere');
  });

  it('stamps data-slot on its parts', () => {
    render(
      <PillarCard pillar="horizon" status={quietStatus} questions={questions} onAnotherQuestion={() => {}} />,
    );
    for (const slot of [
      'pillar-card-header',
      'pillar-card-title',
      'pillar-card-summary',
      'pillar-card-meta',
      'pillar-card-questions',
      'pillar-card-question',
      'pillar-card-another',
    ]) {
      expect(document.querySelector(`[data-slot="${slot}"]`), slot).not.toBeNull();
    }
  });

  it('exports its variants function with stable class names', () => {
    expect(pillarCardVariants({ pillar: 'horizon', variant: 'focus', size: 'compact' })).toBe(
      'ook-pillar-card ook-pillar-card--horizon ook-pillar-card--focus ook-pillar-card--compact',
    );
  });

  it('renders on the server and hydrates without warnings, in StrictMode', async () => {
    const { container, serverText, messages } = await renderOnServerAndHydrate(
      <StrictMode>
        <PillarCard pillar="horizon" status={quietStatus} questionBank={bank} seed="s" variant="focus" />
      </StrictMode>,
    );
    expect(messages()).toEqual([]);
    expect(container.textContent).toBe(serverText);
    expect(within(container).getByRole('article', { name: 'The Horizon' })).toBeInTheDocument();
  });
});
