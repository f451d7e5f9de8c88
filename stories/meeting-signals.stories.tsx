import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  addDays,
  createAgenda,
  detectAntiPatterns,
  detectMeetingSignals,
  type MeetingRecord,
} from 'one-on-one-kit/core';
import { AntiPatternBanner, MeetingSignals } from 'one-on-one-kit';
import { MeetingSignalsUsage } from './usage/meeting-signals-usage';
import { inPanel } from './in-panel';

// A 1:1 drifting from the method: the manager wrote most of the agenda, the report's talk proposal
// has waited four meetings, feedback has not been asked for four, and The Horizon is nine weeks old.
const agenda = createAgenda('2026-11-23', [
  { id: 'talk', text: 'Conference talk proposal', author: 'report', pillar: 'horizon', carriedOver: 4 },
  { text: 'Q1 planning', author: 'manager', pillar: 'near-future' },
  { text: 'Hiring loop for the platform team', author: 'manager', pillar: 'present' },
]);
const history: MeetingRecord[] = Array.from({ length: 9 }, (_, index) => ({
  date: addDays('2026-09-21', 7 * index),
  focus: index === 6 ? 'near-future' : 'present',
  feedbackAsked: index < 5,
}));
const signals = detectMeetingSignals({ agenda, history, on: agenda.meetingDate });

const meta = {
  title: 'Components/MeetingSignals',
  component: MeetingSignals,
  // The docs page is meeting-signals.mdx.
  tags: ['!autodocs'],
  args: { signals, items: agenda.items, onDismiss: fn() },
  argTypes: { variant: { control: 'inline-radio', options: ['callout', 'inline'] } },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof MeetingSignals>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The usage example of the docs page: the snippet shown there is this file. */
export const Usage: Story = { tags: ['main'], render: () => <MeetingSignalsUsage /> };

/** Every kind of signal `detectMeetingSignals` reports, each with its number and a coaching line. */
export const AllSignals: Story = {
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('status');
    await expect(within(region).getAllByRole('listitem')).toHaveLength(4);
    await expect(region).toHaveTextContent('4 things to look at before this 1:1');
  },
};

/** One signal: feedback not asked lately. */
export const FeedbackNotAsked: Story = {
  args: { signals: signals.filter((signal) => signal.kind === 'feedback-not-asked') },
};

/** No box, inside a panel that already has one. */
export const Inline: Story = {
  args: { variant: 'inline', signals: signals.slice(0, 2) },
  decorators: [inPanel('Before the 1:1')],
};

/** On a phone: the number moves above the words. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 320 }}>
        <Story />
      </div>
    ),
  ],
};

/** Nothing to flag: nothing rendered. */
export const NoSignals: Story = {
  args: { signals: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('status')).not.toBeInTheDocument();
  },
};

/** Dismissing by keyboard keeps focus in the list, then moves on to what follows it. */
export const Dismiss: Story = {
  render: (args) => (
    <>
      <MeetingSignals {...args} />
      <button type="button" className="ook-pillar-card__another" style={{ marginBlockStart: 16 }}>
        Open the agenda
      </button>
    </>
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole('button', { name: /^Dismiss/ });
    buttons[0]!.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onDismiss).toHaveBeenCalledWith(args.signals[0]);
    await waitFor(() => expect(canvas.getAllByRole('button', { name: /^Dismiss/ })[0]).toHaveFocus());
    for (let left = args.signals.length - 1; left > 0; left -= 1) await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByRole('status')).not.toBeInTheDocument();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Open the agenda' })).toHaveFocus());
  },
};

const mixedAgenda = createAgenda('2026-11-23', [
  { text: 'Go through the status of PAY-1234', author: 'manager', pillar: 'present' },
  { text: 'Q1 planning', author: 'manager', pillar: 'near-future' },
]);

/**
 * Don't: signals and anti-pattern findings in one pile. The banner is about what an item says, the
 * signals about the meeting's shape; kept apart, each keeps its own coaching.
 */
export const DontMixedWithFindings: Story = {
  name: 'Don’t: mixed with anti-pattern findings',
  args: { signals: detectMeetingSignals({ agenda: mixedAgenda }), items: mixedAgenda.items },
  render: (args) => (
    <div style={{ display: 'grid', gap: 8 }}>
      <AntiPatternBanner findings={detectAntiPatterns(mixedAgenda.items)} items={mixedAgenda.items} />
      <MeetingSignals {...args} variant="inline" />
    </div>
  ),
};
