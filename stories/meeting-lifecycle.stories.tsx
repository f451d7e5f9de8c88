import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { serializeAgenda, type CalendarDate } from 'one-on-one-kit/core';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { HostApp } from '../examples/host-app/app';
import { createMemoryStorage } from '../examples/host-app/memory-storage';
import { sampleReport, SAMPLE_MEETING_DATE } from '../examples/host-app/sample-report';
import { STORAGE_KEY } from '../examples/host-app/storage';

// The example host app across meetings, on the sample report: prepare (focus, signals), hold (flags,
// last time's next steps), ask for feedback, write a takeaway, end with endMeeting, and the next
// meeting opens with what was carried, the steps to review and the Horizon takeaways.

function seeded() {
  const { history, agenda } = sampleReport();
  // Stored as the first version of the app stored it: the history a bare array, migrated on load.
  return createMemoryStorage({
    [STORAGE_KEY]: JSON.stringify({
      reportName: 'Sam',
      history,
      agenda: JSON.parse(serializeAgenda(agenda)),
    }),
  });
}

function MeetingLifecycle(props: { today: CalendarDate; viewer: 'report' | 'manager' }) {
  const [storage] = useState(seeded);
  return <HostApp {...props} storage={storage} />;
}

const meta = {
  title: 'Screens/Meeting lifecycle',
  component: MeetingLifecycle,
  parameters: { layout: 'fullscreen' },
  args: { today: SAMPLE_MEETING_DATE, viewer: 'report' },
} satisfies Meta<typeof MeetingLifecycle>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The Horizon meeting, prepared: the focus card, the reason, the signals a manager should see. */
export const Prepare: Story = {
  tags: ['main'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('article', { name: 'The Horizon' })).toBeInTheDocument();
    const signals = canvasElement.querySelector('[data-slot="meeting-signals"]')!;
    await expect(signals).toHaveTextContent('You have not asked for feedback lately');
    await expect(signals).toHaveTextContent('“Conference talk proposal” keeps being carried over');
    await expect(canvas.getByRole('group', { name: 'Next steps from last time' })).toBeInTheDocument();
  },
};

/**
 * Three meetings in a row: the Horizon talk (a next step added, last time's reviewed, feedback asked,
 * a takeaway written), then the Near Future meeting its takeaway informs, then back to the Present.
 */
export const ThreeMeetings: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const end = () => userEvent.click(canvas.getByRole('button', { name: /end the meeting/i }));

    await step('Hold the Horizon meeting', async () => {
      await userEvent.type(
        canvas.getByRole('textbox', { name: 'Add a next step' }),
        'Write a one-page note on the staff path{Enter}',
      );
      const review = canvas.getByRole('group', { name: 'Next steps from last time' });
      await userEvent.click(
        within(
          within(review).getByRole('group', { name: 'Ask Priya how she moved to staff engineer' }),
        ).getByRole('radio', { name: 'Done' }),
      );
      await userEvent.click(
        within(within(review).getByRole('group', { name: 'Draft the on-call handbook outline' })).getByRole(
          'radio',
          { name: 'Drop' },
        ),
      );
      await userEvent.click(canvas.getByRole('button', { name: /ask for feedback/i }));
      const dialog = within(canvasElement.ownerDocument.body).getByRole('dialog');
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'What they said' }),
        'Shorter standups',
      );
      await userEvent.click(within(dialog).getByRole('button', { name: /save feedback/i }));
      // The rest of the page is hidden from assistive technology until the dialog has gone.
      await waitFor(() => expect(within(canvasElement.ownerDocument.body).queryByRole('dialog')).toBeNull());
      await userEvent.type(
        canvas.getByRole('textbox', { name: 'Add a takeaway' }),
        'Wants to lead a small team within a year{Enter}',
      );
      await end();
    });

    await step('The Near Future meeting opens with the Horizon takeaway and the step to review', async () => {
      await waitFor(() =>
        expect(canvas.getByRole('article', { name: 'The Near Future' })).toBeInTheDocument(),
      );
      await expect(
        canvas.getByRole('region', { name: 'From your Horizon talk on 23 Nov' }),
      ).toHaveTextContent('Wants to lead a small team within a year');
      const review = canvas.getByRole('group', { name: 'Next steps from last time' });
      await expect(
        within(review).getByRole('group', { name: 'Write a one-page note on the staff path' }),
      ).toBeInTheDocument();
      await expect(canvas.getByRole('checkbox', { name: 'Conference talk proposal' })).toBeInTheDocument();
      await end();
    });

    await step('Back to the Present Moment, with both meetings on the timeline', async () => {
      await waitFor(() =>
        expect(canvas.getByRole('article', { name: 'The Present Moment' })).toBeInTheDocument(),
      );
      const rows = within(canvas.getByRole('table', { hidden: true })).getAllByRole('row', { hidden: true });
      const text = rows.map((row) => row.textContent);
      await expect(text).toContain('23 Nov 2026The HorizonHeldAsked, and it came');
      await expect(text).toContain('30 Nov 2026The Near FutureHeldNot asked');
      await expect(text).toContain('7 Dec 2026The Present MomentNext—');
    });
  },
};
