import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { createAgenda, serializeAgenda, type CalendarDate } from 'one-on-one-kit/core';
import { expect, userEvent, within } from 'storybook/test';
import { HostApp } from '../examples/host-app/app';
import { createMemoryStorage } from '../examples/host-app/memory-storage';
import { STORAGE_KEY } from '../examples/host-app/storage';

// The whole 1:1 screen as a host app composes it: focus card, anti-pattern banner, board, feedback ask.

const history = [
  { date: '2026-10-05', focus: 'present', feedbackAsked: true },
  { date: '2026-10-12', focus: 'horizon', feedbackAsked: true, feedbackReceived: true },
  { date: '2026-10-19', focus: 'present', feedbackAsked: true },
  { date: '2026-10-26', focus: 'present', feedbackAsked: false },
  { date: '2026-11-02', focus: 'near-future', feedbackAsked: true },
  { date: '2026-11-09', focus: 'present', feedbackAsked: true },
  { date: '2026-11-16', focus: 'present', feedbackAsked: true, feedbackReceived: true },
] as const;

const agenda = createAgenda('2026-11-23', [
  { text: 'Feeling stretched thin since the reorg', author: 'report', pillar: 'present' },
  { text: 'Want to lead the next design review', author: 'report', pillar: 'near-future' },
  { text: 'What would a staff engineer path look like for me?', author: 'report', pillar: 'horizon' },
  { text: 'Go through the status of PAY-1234 and PAY-1240', author: 'manager', pillar: 'present' },
  {
    text: 'Write up the on-call handbook draft',
    author: 'report',
    pillar: 'near-future',
    kind: 'next-step',
    carriedOver: 1,
  },
]);

function seededStorage() {
  return createMemoryStorage({
    [STORAGE_KEY]: JSON.stringify({
      reportName: 'Sam',
      history,
      agenda: JSON.parse(serializeAgenda(agenda)),
    }),
  });
}

/** The example host app on its own seeded, in-memory storage, so every story starts from the same data. */
function OneOnOneScreen(props: { today: CalendarDate; viewer: 'report' | 'manager' }) {
  const [storage] = useState(seededStorage);
  return <HostApp {...props} storage={storage} />;
}

const meta = {
  title: 'Screens/One-on-one',
  component: OneOnOneScreen,
  // The docs page is one-on-one-screen.mdx.
  tags: ['!autodocs'],
  // The host app paints its own page (`.ook-root`), so no story canvas around it.
  parameters: { layout: 'fullscreen', ookCanvas: false },
  args: { today: '2026-11-23', viewer: 'report' },
} satisfies Meta<typeof OneOnOneScreen>;

export default meta;

type Story = StoryObj<typeof meta>;

export const ReportView: Story = { tags: ['main'] };

export const ManagerView: Story = { args: { viewer: 'manager' } };

export const FinishAndCarryOver: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Add to The Present Moment' }),
      'Proud of the launch{Enter}',
    );
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Proud of the launch' }));
    await userEvent.click(canvas.getByRole('button', { name: /end the meeting/i }));
    await expect(canvasElement.querySelector('.host-app__header time')).toHaveAttribute(
      'datetime',
      '2026-11-30',
    );
    await expect(canvas.queryByRole('checkbox', { name: 'Proud of the launch' })).not.toBeInTheDocument();
    await expect(
      canvas.getByRole('checkbox', { name: 'Feeling stretched thin since the reorg' }),
    ).toBeInTheDocument();
  },
};
