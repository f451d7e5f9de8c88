import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { AgendaBoard } from 'one-on-one-kit';
import { createAgenda, endMeeting, type Agenda } from 'one-on-one-kit/core';
import { renderOnServerAndHydrate } from './server-render';

// Next steps across meetings, by keyboard: the report adds one as easily as a topic, and last
// meeting's steps come back to be marked done, carried on or dropped (dropped ones kept in the record).

function lastValue(spy: ReturnType<typeof vi.fn>): Agenda {
  return spy.mock.calls.at(-1)![0] as Agenda;
}

const broughtBack = createAgenda('2026-11-30', [
  {
    id: 'rfc',
    text: 'Write the caching RFC',
    author: 'report',
    pillar: 'near-future',
    kind: 'next-step',
    carriedOver: 1,
  },
  {
    id: 'talk',
    text: 'Pitch a guild talk',
    author: 'report',
    pillar: 'horizon',
    kind: 'next-step',
    carriedOver: 2,
  },
  { id: 'mood', text: 'Low energy lately', author: 'report', pillar: 'present', carriedOver: 1 },
  { id: 'new', text: 'Shadow an interview', author: 'report', pillar: 'present', kind: 'next-step' },
]);

describe('AgendaBoard next steps', () => {
  it('shows where each step lives by shape and word, and how often it came back as the board rows do', () => {
    render(<AgendaBoard defaultValue={broughtBack} viewer="report" />);
    const review = screen.getByRole('group', { name: 'Next steps from last time' });
    const metas = [...review.querySelectorAll('.ook-agenda-board-review__meta')].map((meta) => ({
      shape: meta.querySelector('.ook-pillar-glyph')?.getAttribute('data-pillar'),
      text: meta.textContent,
      badge: meta.querySelector('[class~="ook-badge--carried-over"] svg') !== null,
    }));
    expect(metas).toEqual([
      { shape: 'near-future', text: 'The Near FutureCarried over ×1', badge: true },
      { shape: 'horizon', text: 'The HorizonCarried over ×2', badge: true },
    ]);
    // The board's own row for the step wears the same badge.
    const row = screen.getByRole('checkbox', { name: 'Write the caching RFC' }).closest('li')!;
    expect(row.querySelector('[data-tag="carried-over"]')!.className).toBe(
      review.querySelector('.ook-badge--carried-over')!.className,
    );
  });

  it('adds a next step with Enter, in the focus pillar, authored by the viewer', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <AgendaBoard
        defaultValue={createAgenda('2026-11-23')}
        viewer="report"
        focus="horizon"
        onValueChange={onValueChange}
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Add a next step' });
    expect(screen.getByRole('group', { name: 'Next steps' })).toContainElement(box);
    await user.click(screen.getByRole('textbox', { name: 'Add to The Horizon' }));
    // From the Horizon box, Tab reaches the next-step box: a next step is one Tab and one Enter away.
    await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard('Ask Ana how she became a staff engineer{Enter}');
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(lastValue(onValueChange).items).toEqual([
      {
        id: 'item-1',
        text: 'Ask Ana how she became a staff engineer',
        pillar: 'horizon',
        author: 'report',
        done: false,
        carriedOver: 0,
        kind: 'next-step',
      },
    ]);
    const horizon = screen.getByRole('region', { name: 'The Horizon' });
    const row = within(horizon)
      .getByRole('checkbox', { name: 'Ask Ana how she became a staff engineer' })
      .closest('li')!;
    expect(within(row).getByText('Next step')).toBeInTheDocument();
  });

  it('puts a next step under "Anything else" when the meeting has no focus, authored by a manager viewer', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <AgendaBoard
        defaultValue={createAgenda('2026-11-23')}
        viewer="manager"
        onValueChange={onValueChange}
      />,
    );
    expect(screen.getByText(/Ask what resolution they want/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Add a next step' }), 'Book time with design{Enter}');
    expect(lastValue(onValueChange).items[0]).toMatchObject({
      pillar: null,
      author: 'manager',
      kind: 'next-step',
    });
    expect(
      within(screen.getByRole('region', { name: 'Anything else' })).getByRole('checkbox'),
    ).toBeInTheDocument();
  });

  it('brings back only next steps carried from the last meeting, each as a group of three choices', () => {
    render(<AgendaBoard defaultValue={broughtBack} viewer="report" />);
    const review = screen.getByRole('group', { name: 'Next steps from last time' });
    const groups = within(review).getAllByRole('group');
    expect(within(review).queryByRole('listitem')).not.toBeInTheDocument();
    expect(groups.map((group) => group.querySelector('legend')?.textContent)).toEqual([
      'Write the caching RFC',
      'Pitch a guild talk',
    ]);
    const rfc = within(review).getByRole('group', { name: 'Write the caching RFC' });
    expect(
      within(rfc)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['done', 'carried', 'dropped']);
    expect(within(rfc).getByRole('radio', { name: 'Carry on' })).toBeChecked();
  });

  it('marks steps done, carried on or dropped with the arrow keys, and drops keep the item on the agenda', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard defaultValue={broughtBack} viewer="report" onValueChange={onValueChange} />);
    const review = screen.getByRole('group', { name: 'Next steps from last time' });
    const talk = within(review).getByRole('group', { name: 'Pitch a guild talk' });

    within(talk).getByRole('radio', { name: 'Carry on' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(talk).getByRole('radio', { name: 'Drop' })).toBeChecked();
    expect(within(talk).getByRole('radio', { name: 'Drop' })).toHaveFocus();
    let agenda = lastValue(onValueChange);
    expect(agenda.items.find((item) => item.id === 'talk')).toMatchObject({ done: false, dropped: true });
    expect(agenda.items).toHaveLength(4);
    // Dropped: out of its column, still listed in the review with a note.
    expect(screen.queryByRole('checkbox', { name: 'Pitch a guild talk' })).not.toBeInTheDocument();
    expect(talk.closest('[data-slot="agenda-board-review-item"]')).toHaveTextContent(
      'stays in this meeting’s record',
    );
    expect(screen.getByText('Dropped “Pitch a guild talk”; it stays in the record.')).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    expect(within(talk).getByRole('radio', { name: 'Carry on' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Pitch a guild talk' })).toBeInTheDocument();

    const rfc = within(review).getByRole('group', { name: 'Write the caching RFC' });
    within(rfc).getByRole('radio', { name: 'Carry on' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(within(rfc).getByRole('radio', { name: 'Done' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Write the caching RFC' })).toBeChecked();
    agenda = lastValue(onValueChange);
    expect(agenda.items.find((item) => item.id === 'rfc')?.done).toBe(true);
  });

  it('follows the checkbox: ticking a step in its column marks it done in the review', async () => {
    const user = userEvent.setup();
    render(<AgendaBoard defaultValue={broughtBack} viewer="report" />);
    await user.click(screen.getByRole('checkbox', { name: 'Write the caching RFC' }));
    const rfc = screen.getByRole('group', { name: 'Write the caching RFC' });
    expect(within(rfc).getByRole('radio', { name: 'Done' })).toBeChecked();
  });

  it('hands a dropped step to endMeeting, which files it in the record instead of carrying it', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard defaultValue={broughtBack} viewer="report" onValueChange={onValueChange} />);
    const talk = screen.getByRole('group', { name: 'Pitch a guild talk' });
    within(talk).getByRole('radio', { name: 'Carry on' }).focus();
    await user.keyboard('{ArrowRight}');
    const { record, next } = endMeeting(lastValue(onValueChange), {
      focus: 'near-future',
      nextMeetingDate: '2026-12-07',
    });
    expect(record.dropped?.map((item) => item.text)).toEqual(['Pitch a guild talk']);
    expect(next.items.map((item) => item.id)).toEqual(['rfc', 'mood', 'new']);
  });

  it('shows the review without choices to change when read-only, and no next-step box', () => {
    render(<AgendaBoard defaultValue={broughtBack} viewer="manager" readOnly />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.queryByRole('textbox', { name: 'Add a next step' })).not.toBeInTheDocument();
  });

  it('shows no review when nothing was brought back', () => {
    render(<AgendaBoard defaultValue={createAgenda('2026-11-23')} viewer="report" />);
    expect(screen.queryByRole('group', { name: 'Next steps from last time' })).not.toBeInTheDocument();
  });

  it('renders the review on the server and hydrates without warnings', async () => {
    const { html, messages } = await renderOnServerAndHydrate(
      <React.StrictMode>
        <AgendaBoard defaultValue={broughtBack} viewer="report" focus="near-future" />
      </React.StrictMode>,
    );
    expect(html).toContain('data-slot="agenda-board-review"');
    expect(messages()).toEqual([]);
  });
});
