import * as React from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AgendaBoard, OneOnOneKitProvider } from 'one-on-one-kit';
import { spanish } from '../examples/readme/spanish-messages';
import {
  createAgenda,
  type Agenda,
  type AgendaItemDraft,
  type AntiPatternFinding,
} from 'one-on-one-kit/core';
import { AgendaBoardUsage } from './usage/agenda-board-usage';

// The agenda board as a report or a manager sees it. Play functions drive each flow by keyboard alone.

/** The keyboard way to an item's actions: focus its checkbox, then Tab to the actions button after its text. */
async function tabToActions(canvas: ReturnType<typeof within>, text: string) {
  canvas.getByRole('checkbox', { name: text }).focus();
  await userEvent.tab();
  const trigger = await canvas.findByRole('button', { name: `Actions for “${text}”` });
  await waitFor(() => expect(trigger).toHaveFocus());
  return trigger;
}

const MEETING = '2026-03-02';
const agendaOf = (items: AgendaItemDraft[]): Agenda => createAgenda(MEETING, items);

const reportOwned = agendaOf([
  { text: 'Energy has been low since the reorg', author: 'report', pillar: 'present' },
  { text: 'A small win: the onboarding doc landed well', author: 'report', pillar: 'present' },
  { text: 'Career goals', author: 'report', pillar: 'present' },
  { text: 'What would make the biggest difference this quarter', author: 'report', pillar: 'near-future' },
  { text: 'Where the team keeps getting stuck in planning', author: 'manager', pillar: 'near-future' },
  { text: 'What kind of leader I want to become', author: 'report', pillar: 'horizon' },
]);

const managerOwned = agendaOf([
  { text: 'Check in on the migration plan', author: 'manager', pillar: 'present' },
  { text: 'Hiring loop feedback', author: 'manager', pillar: 'near-future' },
  { text: 'Skills for the next level', author: 'manager', pillar: 'horizon' },
  { text: 'Feeling stretched thin', author: 'report', pillar: 'present' },
]);

const antiPatterns = agendaOf([
  { text: 'Go through my Jira tickets and the ETA for the release', author: 'manager', pillar: 'present' },
  { text: 'Debug the flaky checkout test together', author: 'manager', pillar: 'near-future' },
  { text: 'Your output this quarter and the missed deadline', author: 'manager', pillar: 'horizon' },
  { text: 'I want to grow into an architect role', author: 'report', pillar: 'horizon' },
  { text: 'Where I feel stuck this week', author: 'report', pillar: 'present' },
]);

const carried = agendaOf([
  {
    text: 'Write down what I want from the tech lead role',
    author: 'report',
    pillar: 'horizon',
    kind: 'next-step',
    carriedOver: 2,
  },
  {
    text: 'Ask Priya how she prepares a talk',
    author: 'report',
    pillar: 'near-future',
    kind: 'next-step',
    carriedOver: 1,
  },
  { text: 'How the new on-call rota feels', author: 'report', pillar: 'present', carriedOver: 3 },
  { text: 'Celebrate the launch', author: 'report', pillar: 'present', done: true },
  { text: 'Something I have not placed yet', author: 'report' },
]);

const longText = agendaOf([
  {
    text: 'I have been thinking a lot about whether I want to keep growing as an individual contributor or move towards managing people, and I would love to talk through what each path would look like here over the next couple of years',
    author: 'report',
    pillar: 'horizon',
  },
  {
    text: 'Supercalifragilisticexpialidociously-long-hyphenated-words-should-still-wrap-inside-the-column',
    author: 'report',
    pillar: 'present',
  },
  { text: 'Short one', author: 'report', pillar: 'present' },
]);

const meta = {
  title: 'Components/AgendaBoard',
  component: AgendaBoard,
  // The docs page is agenda-board.mdx.
  tags: ['!autodocs'],
  args: { viewer: 'report', defaultValue: reportOwned, onValueChange: fn() },
  argTypes: {
    viewer: { control: 'inline-radio', options: ['report', 'manager'] },
    focus: { control: 'inline-radio', options: [undefined, 'present', 'near-future', 'horizon'] },
    value: { control: false },
    defaultValue: { control: false },
    detection: { control: false },
  },
} satisfies Meta<typeof AgendaBoard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The usage snippet on the docs page, rendered: the host owns the agenda. */
export const Usage: Story = { tags: ['main'], render: () => <AgendaBoardUsage /> };

/** Empty: each pillar asks its own question, to guide a first topic. */
export const Empty: Story = { tags: ['main'], args: { defaultValue: agendaOf([]) } };

export const ReportOwned: Story = { args: { focus: 'present' } };

export const ManagerOwned: Story = {
  args: { viewer: 'manager', reportName: 'Sam', defaultValue: managerOwned },
};

export const AntiPatternsFlagged: Story = {
  tags: ['main'],
  args: { viewer: 'manager', defaultValue: antiPatterns },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Flags come in a render of their own, just after the list.
    const flag = await canvas.findByRole('button', { name: 'Looks like a status update' });
    await userEvent.click(flag);
    await expect(flag).toHaveAttribute('aria-expanded', 'true');
    await expect(flag.closest('li')!.querySelector('mark')).not.toBeNull();
  },
};

/** Detection turned off with `detection={false}`: the same agenda, nothing checked, nothing flagged. */
export const DetectionOff: Story = {
  args: { viewer: 'manager', defaultValue: antiPatterns, detection: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('checkbox', { name: /Jira tickets/ })).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: /^Looks like/ })).toBeNull();
  },
};

function BoardWithSummary(props: React.ComponentProps<typeof AgendaBoard>) {
  const [agenda, setAgenda] = React.useState<Agenda>(antiPatterns);
  const [findings, setFindings] = React.useState<readonly AntiPatternFinding[]>([]);
  const flagged = new Set(findings.map((finding) => finding.itemId)).size;
  return (
    <div style={{ display: 'grid', gap: 'var(--ook-space-4)' }}>
      <p className="ook-callout" data-testid="host-summary">
        {flagged === 0
          ? 'Nothing on this agenda pulls the meeting away from the person.'
          : `${flagged} of ${agenda.items.length} items may pull the meeting away from the person: see the flags below.`}
      </p>
      <AgendaBoard
        {...props}
        defaultValue={undefined}
        value={agenda}
        onValueChange={setAgenda}
        onFindingsChange={setFindings}
      />
    </div>
  );
}

/**
 * The host's own summary line counts the board's findings (`onFindingsChange`): the agenda is checked
 * once, by the board, and each finding is shown once, on its item.
 */
export const FindingsForTheHost: Story = {
  args: { viewer: 'manager' },
  render: (args) => <BoardWithSummary {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByTestId('host-summary');
    await waitFor(() => expect(summary).toHaveTextContent(/^[1-9]\d* of \d+ items may pull/));
    const flags = canvas.getAllByRole('button', { name: /^Looks like/ });
    await expect(summary).toHaveTextContent(new RegExp(`^${flags.length} of`));
  },
};

export const CarriedOverAndNextSteps: Story = {
  tags: ['main'],
  args: { defaultValue: carried, focus: 'horizon' },
};

export const FocusPresent: Story = { args: { focus: 'present' } };
export const FocusNearFuture: Story = { args: { focus: 'near-future' } };
export const FocusHorizon: Story = { args: { focus: 'horizon' } };

export const ReadOnly: Story = { tags: ['main'], args: { readOnly: true, focus: 'near-future' } };

/**
 * Every string is data: pillar titles, the add boxes, the ownership line (an ICU plural and select)
 * and the carried-over tag, here from the README's Spanish messages, through the provider.
 */
export const InSpanish: Story = {
  args: { viewer: 'manager', reportName: 'Ana', defaultValue: carried, focus: 'horizon' },
  decorators: [
    (Story) => (
      <OneOnOneKitProvider locale="es" messages={spanish}>
        <Story />
      </OneOnOneKitProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'El horizonte' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Añadir a El presente' })).toBeVisible();
    await expect(canvas.getByText(/^Ana ha añadido \d+ de \d+ temas$/)).toBeVisible();
    await expect(canvas.getByText('Aplazado 3 veces')).toBeVisible();
  },
};

export const LongText: Story = { args: { defaultValue: longText } };

function ControlledBoard(props: React.ComponentProps<typeof AgendaBoard>) {
  const [agenda, setAgenda] = React.useState<Agenda>(reportOwned);
  return (
    <div style={{ display: 'grid', gap: 'var(--ook-space-4)' }}>
      <AgendaBoard {...props} defaultValue={undefined} value={agenda} onValueChange={setAgenda} />
      <p style={{ margin: 0, fontSize: 'var(--ook-font-size-sm)', fontWeight: 600 }}>
        The value, as the host stores it:
      </p>
      <pre
        style={{
          margin: 0,
          whiteSpace: 'pre-wrap',
          padding: 'var(--ook-space-3)',
          borderRadius: 'var(--ook-radius-md)',
          background: 'var(--ook-color-surface-sunken)',
          color: 'var(--ook-color-text)',
          fontSize: 'var(--ook-font-size-xs)',
        }}
      >
        {JSON.stringify(agenda, null, 2)}
      </pre>
    </div>
  );
}

export const Controlled: Story = { render: (args) => <ControlledBoard {...args} /> };

export const KeyboardAdd: Story = {
  args: { defaultValue: agendaOf([]) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('textbox', { name: 'Add to The Near Future' });
    await userEvent.click(box);
    await userEvent.keyboard('Lead the next planning session{Enter}');
    const region = canvas.getByRole('region', { name: 'The Near Future' });
    await expect(
      within(region).getByRole('checkbox', { name: 'Lead the next planning session' }),
    ).toBeInTheDocument();
    await expect(box).toHaveValue('');
    await expect(args.onValueChange).toHaveBeenCalledTimes(1);
  },
};

export const KeyboardToggle: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const checkbox = canvas.getByRole('checkbox', { name: 'Career goals' });
    checkbox.focus();
    await userEvent.keyboard(' ');
    await expect(checkbox).toBeChecked();
  },
};

export const KeyboardMove: Story = {
  tags: ['main'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabToActions(canvas, 'Career goals');
    await userEvent.keyboard('{Enter}');
    canvas.getByRole('menuitem', { name: 'Move “Career goals” to The Horizon' }).focus();
    await userEvent.keyboard('{Enter}');
    const horizon = canvas.getByRole('region', { name: 'The Horizon' });
    await waitFor(() =>
      expect(within(horizon).getByRole('button', { name: 'Actions for “Career goals”' })).toHaveFocus(),
    );
  },
};

export const KeyboardEdit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabToActions(canvas, 'Career goals');
    await userEvent.keyboard('{Enter}');
    canvas.getByRole('menuitem', { name: 'Edit “Career goals”' }).focus();
    await userEvent.keyboard('{Enter}');
    const input = await canvas.findByRole('textbox', { name: 'New text for “Career goals”' });
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('checkbox', { name: 'Career goals' })).toBeInTheDocument();

    await tabToActions(canvas, 'Career goals');
    await userEvent.keyboard('{Enter}');
    canvas.getByRole('menuitem', { name: 'Edit “Career goals”' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('textbox', { name: 'New text for “Career goals”' })).toHaveFocus(),
    );
    await userEvent.keyboard('{Control>}a{/Control}Career goals for next year{Enter}');
    await expect(canvas.getByRole('checkbox', { name: 'Career goals for next year' })).toBeInTheDocument();
  },
};

export const KeyboardRemove: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabToActions(canvas, 'A small win: the onboarding doc landed well');
    await userEvent.keyboard('{Enter}');
    canvas.getByRole('menuitem', { name: 'Remove “A small win: the onboarding doc landed well”' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(
      canvas.queryByRole('checkbox', { name: 'A small win: the onboarding doc landed well' }),
    ).toBeNull();
    await waitFor(() => expect(canvas.getByRole('checkbox', { name: 'Career goals' })).toHaveFocus());
  },
};

export const ActionsMenuOpen: Story = {
  tags: ['main'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabToActions(canvas, 'Career goals');
    await userEvent.keyboard('{Enter}');
    const menu = canvas.getByRole('menu', { name: 'Actions for “Career goals”' });
    await expect(within(menu).getByRole('menuitem', { name: 'Move “Career goals” up' })).toHaveFocus();
    await expect(within(menu).getByRole('group', { name: 'Move to' })).toBeInTheDocument();
  },
};
