import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AgendaBoard, AntiPatternBanner, FeedbackAsk, PillarCard } from 'one-on-one-kit';
import { createAgenda, detectAntiPatterns, nextFocus } from 'one-on-one-kit/core';

// The kit on a host page that paints itself white and has no `.ook-root` wrapper: the theme comes from
// `data-theme` on <html> alone (the toolbar sets it), and each component paints what its text needs.

const agenda = createAgenda('2026-11-23', [
  { text: 'Feeling stretched thin this sprint', author: 'report', pillar: 'present' },
  { text: 'Go over the status of PAY-1234 and its ETA', author: 'manager', pillar: 'present' },
  { text: 'Walk through the diff for the cache layer', author: 'manager', pillar: 'near-future' },
]);
const findings = detectAntiPatterns(agenda.items);
const decision = nextFocus([{ date: '2026-10-05', focus: 'horizon' }], '2026-11-23');

function HostPage() {
  return (
    <div
      style={{
        display: 'grid',
        gap: 20,
        minHeight: '100vh',
        padding: 24,
        boxSizing: 'border-box',
        background: '#ffffff',
        color: '#111111',
        font: '16px/1.5 Georgia, serif',
      }}
    >
      <h1 style={{ margin: 0, fontSize: 24 }}>A host page of its own</h1>
      <AntiPatternBanner variant="inline" findings={findings.slice(0, 1)} items={agenda.items} />
      <AgendaBoard defaultValue={agenda} viewer="report" reportName="Sam" focus={decision.pillar} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
        <PillarCard
          pillar={decision.pillar}
          status={decision.due.find((status) => status.pillar === decision.pillar)}
          variant="focus"
          style={{ flex: '1 1 320px' }}
        />
        <FeedbackAsk onSubmit={() => {}} />
      </div>
    </div>
  );
}

const meta = {
  title: 'Embedding/Host page without a wrapper',
  component: HostPage,
  parameters: { ookCanvas: false, layout: 'fullscreen' },
} satisfies Meta<typeof HostPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Switch the toolbar's theme: in dark, the board and the inline banner paint the theme's page colour. */
export const WhitePage: Story = {
  play: async ({ canvasElement }) => {
    const board = canvasElement.querySelector('[data-slot="agenda-board"]')!;
    await expect(within(canvasElement).getByText(/added 1 of 3 items/)).toBeVisible();
    // The kit paints its own page colour behind the ownership line, never the host's white.
    await expect(getComputedStyle(board).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    await expect(getComputedStyle(document.documentElement).colorScheme).toBe('normal');
  },
};
