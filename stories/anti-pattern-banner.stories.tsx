import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createAgenda, detectAntiPatterns, type AntiPatternItem } from 'one-on-one-kit/core';
import { AgendaBoard, AntiPatternBanner } from 'one-on-one-kit';
import { AntiPatternBannerUsage } from './usage/anti-pattern-banner-usage';

const statusItems: AntiPatternItem[] = [
  { id: 'status', text: 'Go through my Jira tickets and the ETA for the checkout release' },
];
const deepDiveItems: AntiPatternItem[] = [
  { id: 'deep-dive', text: 'Debug the flaky login test and review the PR for the cache layer' },
];
const reviewItems: AntiPatternItem[] = [
  { id: 'review', text: 'Talk about your missed deadlines and your performance rating this quarter' },
];
const weighedItems: AntiPatternItem[] = [
  {
    id: 'weighed',
    text: "The greenhouse irrigation timer: should it run hourly or every two hours, let's sort it together",
  },
];
const agenda: AntiPatternItem[] = [
  ...statusItems,
  { id: 'growth', text: 'What would I need to grow into an architect role?' },
  ...deepDiveItems,
  ...reviewItems,
];

const meta = {
  title: 'Components/AntiPatternBanner',
  component: AntiPatternBanner,
  // The docs page is anti-pattern-banner.mdx.
  tags: ['!autodocs'],
  args: { findings: detectAntiPatterns(statusItems), items: statusItems, onDismiss: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['callout', 'inline'] },
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof AntiPatternBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The usage snippet on the docs page, rendered: a note typed for an invite, flagged as it is typed. */
export const Usage: Story = { tags: ['main'], render: () => <AntiPatternBannerUsage /> };

/** Walking through tickets, progress and ETAs: a worse standup. */
export const StatusUpdate: Story = {};

/** Debugging and code review inside the 1:1. */
export const TechnicalDeepDive: Story = {
  args: { findings: detectAntiPatterns(deepDiveItems), items: deepDiveItems },
};

/** Evaluation of output and ratings: it kills candour. */
export const StealthPerformanceReview: Story = {
  args: { findings: detectAntiPatterns(reviewItems), items: reviewItems },
};

/**
 * A trade's own words, which no phrase cue names: the fitted word weights find it, and the marked
 * words are the ones that weighed most towards a technical deep dive.
 */
export const WordsThatWeighed: Story = {
  args: { findings: detectAntiPatterns(weighedItems), items: weighedItems },
  play: async ({ canvasElement }) => {
    const banner = within(canvasElement).getByRole('status');
    await expect(banner).toHaveTextContent(/technical deep dive/i);
    const marked = [...banner.querySelectorAll('mark')].map((mark) => mark.textContent);
    await expect(marked).toContain('together');
  },
};

/** A whole agenda checked at once: the healthy growth item yields nothing. */
export const SeveralFindings: Story = {
  tags: ['main'],
  args: { findings: detectAntiPatterns(agenda), items: agenda },
};

/** Without the items, the banner lists the words that fired. */
export const WithoutItems: Story = {
  args: { findings: detectAntiPatterns(agenda), items: undefined },
};

/** No box, for use under an item in a row that already has one. */
export const Inline: Story = {
  args: { variant: 'inline', findings: detectAntiPatterns(deepDiveItems), items: deepDiveItems },
};

export const NotDismissible: Story = {
  args: { dismissible: false },
};

/** Nothing found: nothing rendered. */
export const NoFindings: Story = {
  args: { findings: [], items: agenda },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('status')).not.toBeInTheDocument();
  },
};

/**
 * Dismissing by keyboard hides each finding, tells `onDismiss` which, and keeps focus in the banner;
 * after the last one, focus moves on to what follows the banner (here the agenda's add box).
 */
export const Dismiss: Story = {
  args: { findings: detectAntiPatterns(agenda), items: agenda },
  render: (args) => (
    <>
      <AntiPatternBanner {...args} />
      <label style={{ display: 'grid', gap: 4, marginBlockStart: 16, maxInlineSize: 320 }}>
        Add to The Present Moment
        <input type="text" className="ook-agenda-board__input" />
      </label>
    </>
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const buttons = canvas.getAllByRole('button', { name: /^Dismiss/ });
    await expect(buttons).toHaveLength(args.findings.length);
    buttons[0]!.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onDismiss).toHaveBeenCalledWith(args.findings[0]);
    await waitFor(() => expect(canvas.getAllByRole('button', { name: /^Dismiss/ })[0]).toHaveFocus());
    for (let left = args.findings.length - 1; left > 0; left -= 1) await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByRole('status')).not.toBeInTheDocument();
    await expect(args.onDismiss).toHaveBeenCalledTimes(args.findings.length);
    await waitFor(() =>
      expect(canvas.getByRole('textbox', { name: 'Add to The Present Moment' })).toHaveFocus(),
    );
  },
};

const boardAgenda = createAgenda('2026-11-23', [
  { text: 'Go through the status of PAY-1234', author: 'manager', pillar: 'present' },
]);

/** Don't: the banner above a board that flags the same item itself. */
export const DontBesideABoard: Story = {
  name: 'Don’t: beside an AgendaBoard',
  args: { findings: detectAntiPatterns(boardAgenda.items), items: boardAgenda.items },
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <AntiPatternBanner {...args} />
      <AgendaBoard defaultValue={boardAgenda} viewer="manager" />
    </div>
  ),
};
