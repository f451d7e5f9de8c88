import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { planCadence, type MeetingRecord } from 'one-on-one-kit/core';
import { CadenceTimeline } from 'one-on-one-kit';
import { CadenceTimelineUsage } from './usage/cadence-timeline-usage';
import { inPanel } from './in-panel';

// Six months of weekly 1:1s as the cadence plans them, with the ups and downs of asking for feedback.
const history: MeetingRecord[] = planCadence([], { from: '2026-06-08', count: 24 }).map((meeting, index) => ({
  date: meeting.date,
  focus: meeting.focus,
  feedbackAsked: index % 5 !== 4 && index < 21,
  feedbackReceived: [3, 7, 12, 16, 18].includes(index),
}));
const plan = planCadence(history, { from: '2026-11-23', count: 6 });

const meta = {
  title: 'Components/CadenceTimeline',
  component: CadenceTimeline,
  // The docs page is cadence-timeline.mdx.
  tags: ['!autodocs'],
  args: { history, plan, from: '2026-06-01' },
  argTypes: { variant: { control: 'inline-radio', options: ['card', 'plain'] } },
  decorators: [
    (Story, { parameters }) => (
      <div style={{ maxWidth: (parameters['width'] as number | undefined) ?? 880 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CadenceTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The usage example of the docs page: the snippet shown there is this file. */
export const Usage: Story = { tags: ['main'], render: () => <CadenceTimelineUsage /> };

/** Six months held, six weeks planned: each pillar in its lane, feedback below, the balance under it. */
export const SixMonths: Story = {};

/**
 * The table of every meeting, opened: the same facts as the chart. (The end-to-end run opens it with
 * a real key press; simulated keys do not toggle a `<details>`.)
 */
export const Table: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText('Every meeting as a table'));
    const table = canvas.getByRole('table');
    await expect(table).toBeVisible();
    await expect(within(table).getAllByRole('row')).toHaveLength(1 + history.length + plan.length);
  },
};

/** A new report: nothing held yet, the first meetings planned. */
export const JustStarting: Story = {
  args: { history: [], plan: planCadence([], { from: '2026-11-23', count: 8 }), from: undefined },
};

/** No history and no plan. */
export const Empty: Story = {
  args: { history: [], plan: [], from: undefined },
};

/** On a 320 px screen: smaller markers, every other month label. */
export const Narrow: Story = {
  parameters: { width: 320 },
};

/** No box, inside a panel that already has one. */
export const Plain: Story = {
  args: { variant: 'plain' },
};

/** Don't: the card variant inside a panel that is already a card: two frames, two paddings. */
export const DontCardInACard: Story = {
  name: 'Don’t: a card inside a card',
  args: { variant: 'card' },
  decorators: [inPanel('Team page')],
};
