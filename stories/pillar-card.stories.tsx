import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  createQuestionBank,
  defaultQuestions,
  informingTakeaways,
  nextFocus,
  type MeetingRecord,
  type PillarStatus,
  type Question,
} from 'one-on-one-kit/core';
import { PillarCard } from 'one-on-one-kit';
import { PillarCardUsage } from './usage/pillar-card-usage';

const bank = createQuestionBank(defaultQuestions);

const horizonQuestions: Question[] = [
  { id: 'h1', text: 'What skills do you want to develop?', pillar: 'horizon', themes: ['skills'] },
  { id: 'h2', text: 'What kind of leader do you want to become?', pillar: 'horizon', themes: ['leadership'] },
  { id: 'h3', text: 'What are your current career goals?', pillar: 'horizon', themes: ['career'] },
];

const presentQuestions: Question[] = [
  { id: 'p1', text: 'What’s on your mind this week?', pillar: 'present', themes: ['mind'] },
  { id: 'p2', text: 'Where are you feeling stuck?', pillar: 'present', themes: ['stuck'] },
];

const nearFutureQuestions: Question[] = [
  {
    id: 'n1',
    text: 'What would make the biggest difference in your current project?',
    pillar: 'near-future',
    themes: ['impact'],
  },
  { id: 'n2', text: 'Where do you see your team getting stuck?', pillar: 'near-future', themes: ['team'] },
];

const history: MeetingRecord[] = [
  { date: '2026-09-07', focus: 'horizon' },
  { date: '2026-09-14', focus: 'present' },
  { date: '2026-09-21', focus: 'near-future' },
  { date: '2026-09-28', focus: 'present' },
  { date: '2026-10-05', focus: 'present' },
  { date: '2026-10-12', focus: 'present' },
];
const decision = nextFocus(history, '2026-10-19');
const [presentStatus, nearFutureStatus, horizonStatus] = decision.due;

const upcoming: PillarStatus = {
  pillar: 'near-future',
  lastDate: '2026-10-12',
  daysSince: 7,
  everyDays: 28,
  dueOn: '2026-11-06',
  isDue: false,
  overdue: false,
};

const meta = {
  title: 'Components/PillarCard',
  component: PillarCard,
  // The docs page is pillar-card.mdx.
  tags: ['!autodocs'],
  args: { pillar: 'horizon' },
  argTypes: {
    pillar: { control: 'inline-radio', options: ['present', 'near-future', 'horizon'] },
    variant: { control: 'inline-radio', options: ['focus', 'due', 'quiet'] },
    size: { control: 'inline-radio', options: ['compact', 'full'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  decorators: [
    (Story, { parameters }) => (
      <div style={{ maxWidth: (parameters['cardWidth'] as number | undefined) ?? 440 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof PillarCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The usage snippet on the docs page, rendered: a card for the decision `nextFocus` made. */
export const Usage: Story = { tags: ['main'], render: () => <PillarCardUsage /> };

/** This meeting's focus: a pillar-coloured border, a bold top edge and a Focus badge. */
export const Focus: Story = {
  tags: ['main'],
  args: { pillar: 'horizon', variant: 'focus', status: horizonStatus, questions: horizonQuestions },
};

/** Due (derived from the status): a thin top bar and a "Due" badge. */
export const Due: Story = {
  args: { pillar: 'near-future', status: nearFutureStatus, questions: nearFutureQuestions },
};

/** Not due yet. */
export const Quiet: Story = {
  args: { pillar: 'near-future', status: upcoming, questions: nearFutureQuestions },
};

export const FocusCompact: Story = {
  args: { ...Focus.args, size: 'compact' },
};

export const DueCompact: Story = {
  args: { ...Due.args, size: 'compact' },
};

export const QuietCompact: Story = {
  args: { pillar: 'present', status: presentStatus, questions: presentQuestions, size: 'compact' },
};

/** A pillar that has never been the focus. */
export const NeverDiscussed: Story = {
  args: {
    pillar: 'horizon',
    status: nextFocus([{ date: '2026-10-12', focus: 'present' }], '2026-10-19').due[2],
  },
};

/** Overdue: past its interval, in the danger colour. */
export const Overdue: Story = {
  tags: ['main'],
  args: {
    pillar: 'horizon',
    status: { ...horizonStatus!, daysSince: 47, overdue: true, isDue: true },
    questions: horizonQuestions,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Overdue by 5 days')).toBeVisible();
  },
};

/** Straight from `nextFocus`: the card shows the decision's focus pillar, its status and the focus badge. */
export const FromDecision: Story = {
  args: { pillar: undefined, decision, questions: horizonQuestions },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('[data-slot="pillar-card"]')!;
    await expect(card).toHaveAttribute('data-pillar', decision.pillar);
    await expect(card).toHaveAttribute('data-variant', 'focus');
  },
};

/** Questions as plain text and as React nodes, next to a bank question. */
export const QuestionsAsTextAndNodes: Story = {
  args: {
    pillar: 'present',
    status: presentStatus,
    questions: [
      'What took most of your energy this week?',
      <>
        What is <em>one</em> win you have not told anyone about?
      </>,
      presentQuestions[1]!,
    ],
  },
};

export const WithoutQuestions: Story = {
  args: { pillar: 'present', status: presentStatus },
};

/** Picks from the default bank; "Suggest another question" shows a fresh set. */
export const WithQuestionBank: Story = {
  args: {
    pillar: 'near-future',
    status: nearFutureStatus,
    questionBank: bank,
    seed: 'ana',
    questionCount: 2,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const before = canvas.getAllByRole('listitem').map((item) => item.textContent);
    await userEvent.click(canvas.getByRole('button', { name: 'Suggest another question' }));
    const after = canvas.getAllByRole('listitem').map((item) => item.textContent);
    await expect(after).toHaveLength(2);
    await expect(after.some((text) => before.includes(text))).toBe(false);
  },
};

/** The host handles "another question" itself. */
export const WithAnotherQuestionHandler: Story = {
  args: { pillar: 'present', questions: presentQuestions, onAnotherQuestion: fn() },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Suggest another question' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onAnotherQuestion).toHaveBeenCalledTimes(1);
  },
};

export const LongText: Story = {
  args: {
    pillar: 'near-future',
    variant: 'focus',
    status: nearFutureStatus,
    questions: [
      {
        id: 'long-1',
        text: 'Thinking about the next two or three months, and the migration your team is about to start, which part of it would you most like to own end to end, and what would you need from me so that it becomes a real stretch rather than a burden on top of everything else?',
        pillar: 'near-future',
        themes: ['growth'],
      },
      {
        id: 'long-2',
        text: 'Supercalifragilisticexpialidociousanunbrokenwordthatmustwrapinsteadofoverflowingthecard?',
        pillar: 'near-future',
        themes: ['growth'],
      },
    ],
  },
};

/** The three pillars side by side, as a 1:1 screen shows them, with this meeting's focus standing out. */
export const AllThree: Story = {
  tags: ['main'],
  parameters: { cardWidth: 1000 },
  render: () => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
        gap: 16,
      }}
    >
      {decision.due.map((status) => (
        <PillarCard
          key={status.pillar}
          pillar={status.pillar}
          decision={decision}
          size="compact"
          questionBank={bank}
          seed="2026-10-19"
          questionCount={2}
        />
      ))}
    </div>
  ),
};

/** Don't: every card marked as the focus, so none stands out. */
export const DontEveryCardFocus: Story = {
  name: 'Don’t: every card the focus',
  parameters: { cardWidth: 1000 },
  render: () => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: 16 }}>
      {decision.due.map((status) => (
        <PillarCard
          key={status.pillar}
          pillar={status.pillar}
          status={status}
          variant="focus"
          size="compact"
        />
      ))}
    </div>
  ),
};

/**
 * A Near Future meeting informed by the last Horizon talk: what the report took away from it
 * (`informingTakeaways(history, 'near-future')`), tinted in The Horizon's colour.
 */
export const InformedByTheHorizon: Story = {
  tags: ['main'],
  args: {
    pillar: 'near-future',
    variant: 'focus',
    questions: nearFutureQuestions,
    takeaways: informingTakeaways(
      [
        {
          date: '2026-10-12',
          focus: 'horizon',
          takeaways: {
            horizon: ['Wants to lead a small team within a year', 'Curious about mentoring new hires'],
          },
        },
      ],
      'near-future',
    ),
  },
  play: async ({ canvasElement }) => {
    const takeaways = within(canvasElement).getByRole('region', { name: 'From your Horizon talk on 12 Oct' });
    await expect(within(takeaways).getAllByRole('listitem')).toHaveLength(2);
  },
};
