import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { createQuestionBank, defaultQuestions } from 'one-on-one-kit/core';
import { FeedbackAsk, FeedbackAskContent, FeedbackAskRoot, FeedbackAskTrigger } from 'one-on-one-kit';
import { FeedbackAskUsage } from './usage/feedback-ask-usage';

const bank = createQuestionBank(defaultQuestions);

const meta = {
  title: 'Components/FeedbackAsk',
  component: FeedbackAsk,
  // The docs page is feedback-ask.mdx.
  tags: ['!autodocs'],
  args: { onSubmit: fn(), onOpenChange: fn() },
  argTypes: {
    variant: { control: 'inline-radio', options: ['solid', 'outline'] },
    size: { control: 'inline-radio', options: ['sm', 'md'] },
  },
} satisfies Meta<typeof FeedbackAsk>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The usage snippet on the docs page, rendered: what was saved shows beside the button. */
export const Usage: Story = { tags: ['main'], render: () => <FeedbackAskUsage /> };

/** The trigger, closed. */
export const Closed: Story = {};

/** Outline, beside the screen's own primary action. */
export const Outline: Story = {
  args: { variant: 'outline' },
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <button type="button" className="ook-button ook-button--solid">
        Finish the meeting
      </button>
      <FeedbackAsk {...args} />
    </div>
  ),
};

/** Small, for a toolbar or a dense row. */
export const Small: Story = { args: { variant: 'outline', size: 'sm' } };

/** Don't: two solid buttons side by side, so neither reads as the next step. */
export const DontTwoSolidButtons: Story = {
  name: 'Don’t: two solid buttons',
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <button type="button" className="ook-button ook-button--solid">
        Finish the meeting
      </button>
      <FeedbackAsk {...args} />
    </div>
  ),
};

/** Open from the start: the ask, the coaching steps and the form. */
export const Open: Story = {
  tags: ['main'],
  args: { defaultOpen: true },
  parameters: { docs: { story: { inline: false, height: '720px' } } },
};

/** The ask comes from the `feedback` pool of the question bank. */
export const QuestionFromBank: Story = {
  args: { defaultOpen: true, question: bank.pick({ pillar: 'feedback', count: 1, seed: '2026-10-19' })[0] },
  parameters: { docs: { story: { inline: false, height: '720px' } } },
};

/** Opens by keyboard, records what was said and the next step, saves, and returns focus to the trigger. */
export const SaveByKeyboard: Story = {
  args: { question: 'What is one thing I could do differently to support you better?' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const trigger = canvas.getByRole('button', { name: 'Ask for feedback' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await body.findByRole('dialog', { name: 'Ask for feedback' });
    const said = within(dialog).getByRole('textbox', { name: 'What they said' });
    await waitFor(() => expect(said).toHaveFocus());
    await userEvent.keyboard('More context before a deadline moves');
    await userEvent.tab();
    await userEvent.keyboard('Share roadmap changes in our Monday 1:1');
    await userEvent.tab(); // the "No feedback this time" checkbox
    await userEvent.tab(); // Cancel
    await userEvent.tab(); // Save feedback
    await expect(within(dialog).getByRole('button', { name: 'Save feedback' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSubmit).toHaveBeenCalledWith({
      question: 'What is one thing I could do differently to support you better?',
      received: true,
      feedback: 'More context before a deadline moves',
      nextStep: 'Share roadmap changes in our Monday 1:1',
    });
    await waitFor(() => expect(body.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** None came this time: tick the box, read the encouragement, save. */
export const NoFeedbackThisTime: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Ask for feedback' }));
    const dialog = await body.findByRole('dialog', { name: 'Ask for feedback' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'No feedback this time' }));
    // The dialog fades in from opacity 0, so visibility is awaited rather than read on the first frame.
    await waitFor(() =>
      expect(within(dialog).getByText(/It may take five asks before feedback comes/)).toBeVisible(),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save feedback' }));
    await expect(args.onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ received: false, feedback: '', nextStep: '' }),
    );
  },
};

/** Saving with "What they said" empty shows an inline error and focuses the field. */
export const ValidationError: Story = {
  tags: ['main'],
  parameters: { docs: { story: { inline: false, height: '760px' } } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Ask for feedback' }));
    const dialog = await body.findByRole('dialog', { name: 'Ask for feedback' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save feedback' }));
    const said = within(dialog).getByRole('textbox', { name: 'What they said' });
    await expect(said).toHaveFocus();
    await expect(said).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/**
 * The parts, for a host that styles and labels the dialog: `FeedbackAskRoot` holds the state,
 * `FeedbackAskTrigger` opens it (here a smaller outline button with its own words) and
 * `FeedbackAskContent` takes the dialog's props: a class, a narrower width, its own accessible name.
 */
export const Parts: Story = {
  parameters: { docs: { story: { inline: false, height: '760px' } } },
  render: (args) => (
    <FeedbackAskRoot onSubmit={args.onSubmit} onOpenChange={args.onOpenChange}>
      <FeedbackAskTrigger variant="outline" size="sm">
        Close the 1:1: ask for feedback
      </FeedbackAskTrigger>
      <FeedbackAskContent
        className="host-feedback-dialog"
        style={{ maxInlineSize: '28rem' }}
        aria-label="Feedback for your manager"
      />
    </FeedbackAskRoot>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Close the 1:1: ask for feedback' }));
    const dialog = await body.findByRole('dialog', { name: 'Feedback for your manager' });
    await expect(dialog).toHaveClass('ook-feedback-ask__content', 'host-feedback-dialog');
    const said = within(dialog).getByRole('textbox', { name: 'What they said' });
    await waitFor(() => expect(said).toHaveFocus());
  },
};
