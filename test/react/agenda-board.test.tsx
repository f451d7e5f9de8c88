import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderOnServerAndHydrate } from './server-render';
import { vi } from 'vitest';
import { AgendaBoard, AntiPatternBanner } from 'one-on-one-kit';
import {
  createAgenda,
  type Agenda,
  type AgendaItemDraft,
  type AntiPatternFinding,
} from 'one-on-one-kit/core';
import { WARNING_PATH } from '../../src/react/internal/icons';
import { computeDropMove, getDropEdge } from '../../src/react/agenda-board/agenda-board-dnd';
import type * as ItemModule from '../../src/react/agenda-board/agenda-board-item';
import type * as CoreModule from 'one-on-one-kit/core';

// Counts renders of each row by id: the real memoised row, with a counter in front of it.
const rowRenders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/react/agenda-board/agenda-board-item', async (importOriginal) => {
  const actual = await importOriginal<typeof ItemModule>();
  const { memo } = await import('react');
  type RowProps = { item: { id: string } };
  const inner = (actual.AgendaBoardItem as unknown as { type: (props: RowProps) => React.ReactNode }).type;
  const Counted = memo(function CountedAgendaBoardItem(props: RowProps) {
    rowRenders.set(props.item.id, (rowRenders.get(props.item.id) ?? 0) + 1);
    return inner(props);
  });
  return { ...actual, AgendaBoardItem: Counted };
});

// The real core, except that it refuses one particular text, so the board's failure path can be seen,
// and that it records which texts the anti-pattern detector was given.
const detectedTexts = vi.hoisted(() => [] as string[]);
vi.mock('one-on-one-kit/core', async (importOriginal) => {
  const actual = await importOriginal<typeof CoreModule>();
  return {
    ...actual,
    detectAntiPatterns: (...[items, options]: Parameters<typeof actual.detectAntiPatterns>) => {
      detectedTexts.push(...items.map((item) => item.text));
      return actual.detectAntiPatterns(items, options);
    },
    agendaReducer: (agenda: Agenda, action: Parameters<typeof actual.agendaReducer>[1]) => {
      if (action.type === 'add' && action.text === 'Refused by the core') {
        throw new actual.OneOnOneError('invalid-action', 'Refused for this test', 'action.text');
      }
      return actual.agendaReducer(agenda, action);
    },
  };
});

const MEETING = '2026-03-02';

function agendaOf(items: AgendaItemDraft[]): Agenda {
  return createAgenda(MEETING, items);
}

const typical = agendaOf([
  { id: 'a', text: 'Feeling stretched this week', author: 'report', pillar: 'present' },
  { id: 'b', text: 'A win I want to share', author: 'report', pillar: 'present' },
  { id: 'c', text: 'Career goals', author: 'report', pillar: 'present' },
  { id: 'd', text: 'Where the team gets stuck', author: 'report', pillar: 'near-future' },
  { id: 'e', text: 'What kind of leader I want to become', author: 'manager', pillar: 'horizon' },
]);

function lastValue(spy: ReturnType<typeof vi.fn>): Agenda {
  return spy.mock.calls.at(-1)![0] as Agenda;
}

/** The keyboard way to an item's actions: focus its checkbox, Tab to the button next to it. */
async function tabToActions(user: ReturnType<typeof userEvent.setup>, text: string) {
  act(() => screen.getByRole('checkbox', { name: text }).focus());
  await user.tab();
  const trigger = screen.getByRole('button', { name: `Actions for “${text}”` });
  expect(trigger).toHaveFocus();
  return trigger;
}

async function openActions(user: ReturnType<typeof userEvent.setup>, text: string) {
  await tabToActions(user, text);
  await user.keyboard('{Enter}');
}

describe('AgendaBoard', () => {
  it('renders one region per pillar, named by its title, each with an add box', () => {
    render(<AgendaBoard viewer="report" defaultValue={agendaOf([])} />);
    for (const title of ['The Present Moment', 'The Near Future', 'The Horizon']) {
      const region = screen.getByRole('region', { name: title });
      expect(within(region).getByRole('textbox', { name: `Add to ${title}` })).toBeInTheDocument();
    }
    expect(screen.getAllByRole('region')).toHaveLength(3);
  });

  it('adds an item with Enter, authored by the viewer, and clears the box', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard viewer="manager" defaultValue={agendaOf([])} onValueChange={onValueChange} />);
    const box = screen.getByRole('textbox', { name: 'Add to The Horizon' });
    await user.type(box, '  Skills for a staff role {Enter}');
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(lastValue(onValueChange).items).toEqual([
      expect.objectContaining({
        text: 'Skills for a staff role',
        author: 'manager',
        pillar: 'horizon',
        kind: 'topic',
        done: false,
      }),
    ]);
    expect(box).toHaveValue('');
    const region = screen.getByRole('region', { name: 'The Horizon' });
    expect(within(region).getByRole('checkbox', { name: 'Skills for a staff role' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Added “Skills for a staff role” to The Horizon.');
  });

  it('ignores Enter in an empty or blank add box', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard viewer="report" defaultValue={agendaOf([])} onValueChange={onValueChange} />);
    const box = screen.getByRole('textbox', { name: 'Add to The Present Moment' });
    await user.type(box, '{Enter}   {Enter}');
    expect(onValueChange).not.toHaveBeenCalled();
    expect(box).toHaveValue('   ');
  });

  it('keeps the typed text when adding fails', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard viewer="report" defaultValue={agendaOf([])} onValueChange={onValueChange} />);
    const box = screen.getByRole('textbox', { name: 'Add to The Near Future' });
    await user.type(box, 'Refused by the core{Enter}');
    expect(box).toHaveValue('Refused by the core');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('could not be added');
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('shows items as list items with a checkbox named by the text that toggles done', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard viewer="report" defaultValue={typical} onValueChange={onValueChange} />);
    const present = screen.getByRole('region', { name: 'The Present Moment' });
    expect(within(present).getAllByRole('listitem')).toHaveLength(3);
    const checkbox = within(present).getByRole('checkbox', { name: 'A win I want to share' });
    act(() => checkbox.focus());
    await user.keyboard(' ');
    expect(checkbox).toBeChecked();
    expect(lastValue(onValueChange).items.find((item) => item.id === 'b')?.done).toBe(true);
    expect(checkbox.closest('li')).toHaveClass('ook-agenda-board-item--done');
  });

  it('moves an item to another pillar by keyboard and focus follows it', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard viewer="report" defaultValue={typical} onValueChange={onValueChange} />);
    await openActions(user, 'Career goals');
    act(() => screen.getByRole('menuitem', { name: 'Move “Career goals” to The Horizon' }).focus());
    await user.keyboard('{Enter}');

    const horizon = screen.getByRole('region', { name: 'The Horizon' });
    const present = screen.getByRole('region', { name: 'The Present Moment' });
    expect(within(horizon).getByRole('checkbox', { name: 'Career goals' })).toBeInTheDocument();
    expect(within(present).queryByRole('checkbox', { name: 'Career goals' })).toBeNull();
    expect(within(horizon).getByRole('button', { name: 'Actions for “Career goals”' })).toHaveFocus();
    expect(lastValue(onValueChange).items.find((item) => item.id === 'c')?.pillar).toBe('horizon');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Moved “Career goals” to The Horizon, position 2 of 2.',
    );
  });

  it('reorders with Move up and Move down, keeping focus on the moved item', async () => {
    const user = userEvent.setup();
    render(<AgendaBoard viewer="report" defaultValue={typical} />);
    const present = screen.getByRole('region', { name: 'The Present Moment' });
    const texts = () =>
      within(present)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('aria-label'));
    const trigger = () => screen.getByRole('button', { name: 'Actions for “Career goals”' });

    await openActions(user, 'Career goals');
    // The menu opens on its first item: for the last row, Move up.
    expect(screen.getByRole('menuitem', { name: 'Move “Career goals” up' })).toHaveFocus();
    expect(screen.queryByRole('menuitem', { name: 'Move “Career goals” down' })).toBeNull();
    await user.keyboard('{Enter}');
    expect(texts()).toEqual(['Feeling stretched this week', 'Career goals', 'A win I want to share']);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Moved “Career goals” to The Present Moment, position 2 of 3.',
    );

    // Enter, Enter moves it again.
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(texts()).toEqual(['Career goals', 'Feeling stretched this week', 'A win I want to share']);
    expect(trigger()).toHaveFocus();

    // At the top there is no Move up at all, rather than a disabled one.
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('menuitem', { name: 'Move “Career goals” up' })).toBeNull();
    expect(screen.getByRole('menuitem', { name: 'Move “Career goals” down' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(texts()).toEqual(['Feeling stretched this week', 'Career goals', 'A win I want to share']);
    expect(trigger()).toHaveFocus();
  });

  it('is a menu button: arrow keys, Home, End and a first letter move through the items', async () => {
    const user = userEvent.setup();
    render(<AgendaBoard viewer="report" defaultValue={typical} />);
    const trigger = await tabToActions(user, 'A win I want to share');
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).not.toHaveAttribute('aria-expanded');

    // ArrowUp on the button opens the menu on its last item.
    await user.keyboard('{ArrowUp}');
    const menu = screen.getByRole('menu', { name: 'Actions for “A win I want to share”' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger).toHaveAttribute('aria-controls', menu.id);
    const name = (element: Element | null) => element?.getAttribute('aria-label');
    expect(name(document.activeElement)).toBe('Remove “A win I want to share”');
    await user.keyboard('{ArrowDown}');
    expect(name(document.activeElement)).toBe('Move “A win I want to share” up');
    await user.keyboard('{ArrowDown}');
    expect(name(document.activeElement)).toBe('Move “A win I want to share” down');
    await user.keyboard('{End}');
    expect(name(document.activeElement)).toBe('Remove “A win I want to share”');
    await user.keyboard('{Home}');
    expect(name(document.activeElement)).toBe('Move “A win I want to share” up');
    await user.keyboard('e');
    expect(name(document.activeElement)).toBe('Edit “A win I want to share”');
    // Items are reached by arrows, not by Tab: one tab stop per row for its actions.
    for (const item of within(menu).getAllByRole('menuitem')) expect(item).toHaveAttribute('tabindex', '-1');
  });

  it('lists the other pillars by name under "Move to", and never the item’s own', async () => {
    const user = userEvent.setup();
    render(<AgendaBoard viewer="report" defaultValue={typical} />);
    await openActions(user, 'Where the team gets stuck');
    const group = screen.getByRole('group', { name: 'Move to' });
    expect(
      within(group)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['The Present Moment', 'The Horizon']);
    // Each pillar is named in words and marked by its shape, not by an arrow that would point the wrong way in RTL.
    expect(group.textContent).not.toMatch(/[→←]/);
    expect(group.querySelectorAll('.ook-pillar-glyph[data-pillar]')).toHaveLength(2);
  });

  it('closes the action menu with Escape and returns focus to its button', async () => {
    const user = userEvent.setup();
    render(<AgendaBoard viewer="report" defaultValue={typical} />);
    await openActions(user, 'Career goals');
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Actions for “Career goals”' })).toHaveFocus();
  });

  it('closes the action menu when Tab or a click goes elsewhere', async () => {
    const user = userEvent.setup();
    render(<AgendaBoard viewer="report" defaultValue={typical} />);
    await openActions(user, 'Career goals');
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).not.toBe(document.body);

    await openActions(user, 'Career goals');
    await user.click(screen.getByRole('textbox', { name: 'Add to The Horizon' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Add to The Horizon' })).toHaveFocus();

    // A second click on the button closes what the first opened.
    const trigger = screen.getByRole('button', { name: 'Actions for “Career goals”' });
    await user.click(trigger);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(trigger);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('edits with Enter, cancels with Escape, and refuses empty text', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard viewer="report" defaultValue={typical} onValueChange={onValueChange} />);

    await openActions(user, 'Career goals');
    await user.click(screen.getByRole('menuitem', { name: 'Edit “Career goals”' }));
    const input = screen.getByRole('textbox', { name: 'New text for “Career goals”' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'Something else{Escape}');
    expect(screen.getByRole('checkbox', { name: 'Career goals' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Actions for “Career goals”' })).toHaveFocus();
    expect(onValueChange).not.toHaveBeenCalled();

    await openActions(user, 'Career goals');
    await user.click(screen.getByRole('menuitem', { name: 'Edit “Career goals”' }));
    const again = screen.getByRole('textbox', { name: 'New text for “Career goals”' });
    await user.clear(again);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('An item needs some text.');
    expect(again).toHaveAttribute('aria-invalid', 'true');
    expect(onValueChange).not.toHaveBeenCalled();

    await user.type(again, 'Career goals for next year{Enter}');
    expect(lastValue(onValueChange).items.find((item) => item.id === 'c')?.text).toBe(
      'Career goals for next year',
    );
    expect(screen.getByRole('checkbox', { name: 'Career goals for next year' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Actions for “Career goals for next year”' })).toHaveFocus();
  });

  it('removes an item and moves focus to the next one', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard viewer="report" defaultValue={typical} onValueChange={onValueChange} />);
    await openActions(user, 'A win I want to share');
    await user.click(screen.getByRole('menuitem', { name: 'Remove “A win I want to share”' }));
    expect(screen.queryByRole('checkbox', { name: 'A win I want to share' })).toBeNull();
    expect(lastValue(onValueChange).items.map((item) => item.id)).toEqual(['a', 'c', 'd', 'e']);
    expect(screen.getByRole('checkbox', { name: 'Career goals' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Removed “A win I want to share”.');
  });

  it('moves focus to the add box when the last item of a pillar is removed', async () => {
    const user = userEvent.setup();
    render(<AgendaBoard viewer="report" defaultValue={typical} />);
    await openActions(user, 'Where the team gets stuck');
    await user.click(screen.getByRole('menuitem', { name: 'Remove “Where the team gets stuck”' }));
    expect(screen.getByRole('textbox', { name: 'Add to The Near Future' })).toHaveFocus();
  });

  it('shows only what the host passes when controlled', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard viewer="report" value={typical} onValueChange={onValueChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Career goals' }));
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(lastValue(onValueChange).items.find((item) => item.id === 'c')?.done).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Career goals' })).not.toBeChecked();
  });

  it('follows the host value when controlled and the host updates it', async () => {
    const user = userEvent.setup();
    function Host() {
      const [agenda, setAgenda] = React.useState(typical);
      return (
        <>
          <AgendaBoard viewer="report" value={agenda} onValueChange={setAgenda} />
          <output aria-label="count">{agenda.items.length}</output>
        </>
      );
    }
    render(<Host />);
    await user.type(
      screen.getByRole('textbox', { name: 'Add to The Present Moment' }),
      'Energy is low{Enter}',
    );
    expect(screen.getByRole('status', { name: 'count' })).toHaveTextContent('6');
    expect(screen.getByRole('checkbox', { name: 'Energy is low' })).toBeInTheDocument();
  });

  it('marks the focus pillar with data-focus and a visible badge', () => {
    render(<AgendaBoard viewer="report" defaultValue={typical} focus="near-future" />);
    const focused = screen.getByRole('region', { name: /The Near Future/ });
    expect(focused).toHaveAttribute('data-focus');
    expect(within(focused).getByText('Focus')).toBeVisible();
    expect(screen.getByRole('region', { name: 'The Horizon' })).not.toHaveAttribute('data-focus');
  });

  it('shows who owns the agenda relative to the viewer', () => {
    const { rerender } = render(<AgendaBoard viewer="manager" defaultValue={typical} />);
    expect(screen.getByText('They added 4 of 5 items')).toBeInTheDocument();
    rerender(<AgendaBoard viewer="manager" defaultValue={typical} reportName="Sam" />);
    expect(screen.getByText('Sam added 4 of 5 items')).toBeInTheDocument();
    rerender(<AgendaBoard viewer="report" defaultValue={typical} />);
    expect(screen.getByText('You added 4 of 5 items')).toBeInTheDocument();
    expect(screen.queryByText(/mostly yours/)).toBeNull();
  });

  it('warns gently when the manager wrote most of the agenda', () => {
    const managerHeavy = agendaOf([
      { text: 'Ticket review', author: 'manager', pillar: 'present' },
      { text: 'Your goals', author: 'manager', pillar: 'horizon' },
      { text: 'My week', author: 'report', pillar: 'present' },
    ]);
    const { container } = render(<AgendaBoard viewer="manager" defaultValue={managerHeavy} />);
    expect(
      screen.getByText('This agenda is mostly yours. The meeting belongs to your report.'),
    ).toBeInTheDocument();
    expect(container.querySelector('[data-slot="agenda-board-ownership"]')).toHaveAttribute(
      'data-state',
      'warning',
    );
  });

  it('flags an item that looks like a status update, with the evidence and a reframe', async () => {
    const user = userEvent.setup();
    const agenda = agendaOf([
      {
        id: 's',
        text: 'Go through my Jira tickets and the ETA for the release',
        author: 'manager',
        pillar: 'present',
      },
      { id: 'h', text: 'What kind of leader I want to become', author: 'report', pillar: 'horizon' },
    ]);
    render(<AgendaBoard viewer="manager" defaultValue={agenda} />);
    const row = screen.getByRole('checkbox', { name: /Jira tickets/ }).closest('li')!;
    const flag = within(row).getByRole('button', { name: 'Looks like a status update' });
    expect(flag).toHaveAttribute('aria-expanded', 'false');
    expect(row.querySelector('mark')).toBeNull();
    await user.click(flag);
    expect(flag).toHaveAttribute('aria-expanded', 'true');
    const marks = Array.from(row.querySelectorAll('mark')).map((mark) => mark.textContent);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks)
      expect('Go through my Jira tickets and the ETA for the release').toContain(mark);
    expect(within(row).getByText('Try instead:')).toBeInTheDocument();
    const healthy = screen
      .getByRole('checkbox', { name: 'What kind of leader I want to become' })
      .closest('li')!;
    expect(within(healthy).queryByText(/Looks like/)).toBeNull();
  });

  it('renders typed markup as plain text', async () => {
    const user = userEvent.setup();
    const { container } = render(<AgendaBoard viewer="report" defaultValue={agendaOf([])} />);
    await user.type(
      screen.getByRole('textbox', { name: 'Add to The Present Moment' }),
      '<img src=x onerror=alert(1)>{Enter}',
    );
    expect(screen.getByRole('checkbox', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('adds exactly one item under StrictMode', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <React.StrictMode>
        <AgendaBoard viewer="report" defaultValue={agendaOf([])} onValueChange={onValueChange} />
      </React.StrictMode>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Add to The Present Moment' }), 'One thing{Enter}');
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(lastValue(onValueChange).items).toHaveLength(1);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('renders on the server, flags included, and hydrates without errors', async () => {
    const withStatus = agendaOf([
      ...typical.items,
      { id: 's', text: 'ETA for the billing feature', author: 'manager', pillar: 'present' },
    ]);
    const element = <AgendaBoard viewer="report" defaultValue={withStatus} focus="horizon" />;
    const { html, container, messages } = await renderOnServerAndHydrate(element);
    expect(html).toContain('data-slot="agenda-board"');
    expect(html).toContain('Looks like a status update');
    expect(messages()).toEqual([]);
    expect(within(container).getAllByRole('region')).toHaveLength(3);
    expect(within(container).getByRole('button', { name: 'Looks like a status update' })).toBeInTheDocument();
  });

  it('re-renders only the toggled row, and no row as the pointer passes', async () => {
    const user = userEvent.setup();
    render(<AgendaBoard viewer="report" defaultValue={typical} />);
    const checkbox = screen.getByRole('checkbox', { name: 'Career goals' });
    act(() => checkbox.focus());
    rowRenders.clear();
    await user.keyboard(' ');
    expect(checkbox).toBeChecked();
    expect(Object.fromEntries(rowRenders)).toEqual({ c: 1 });

    rowRenders.clear();
    await user.hover(screen.getByRole('checkbox', { name: 'Feeling stretched this week' }));
    await user.hover(screen.getByRole('checkbox', { name: 'Where the team gets stuck' }));
    expect(Object.fromEntries(rowRenders)).toEqual({});
  });

  it('shows an actions button on every row, with no focus or pointer needed', () => {
    render(<AgendaBoard viewer="report" defaultValue={typical} />);
    const buttons = screen.getAllByRole('button', { name: /^Actions for/ });
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(
      typical.items.map((item) => `Actions for “${item.text}”`),
    );
    for (const button of buttons) expect(button).toHaveAttribute('aria-haspopup', 'menu');
  });

  it('toggles done from the checkbox only: a click on the text leaves it as it was', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard viewer="report" defaultValue={typical} onValueChange={onValueChange} />);
    const checkbox = screen.getByRole('checkbox', { name: 'Career goals' });
    const row = checkbox.closest('li')!;
    await user.click(within(row).getByText('Career goals'));
    expect(checkbox).not.toBeChecked();
    expect(onValueChange).not.toHaveBeenCalled();
    // No label joins the text to the box: the box is its own target.
    expect(row.querySelector('label')).toBeNull();
    await user.click(checkbox);
    expect(checkbox).toBeChecked();
    expect(onValueChange).toHaveBeenCalledTimes(1);
  });

  it('draws a flag’s warning sign with the one warning path the WarningIcon draws', () => {
    const css = readFileSync(
      path.resolve(__dirname, '../../src/react/agenda-board/agenda-board.css'),
      'utf8',
    );
    expect(css).toContain(`clip-path: path(evenodd, '${WARNING_PATH}')`);
  });

  it('goes checkbox, actions, next checkbox with Tab', async () => {
    const user = userEvent.setup();
    render(<AgendaBoard viewer="report" defaultValue={typical} />);
    await tabToActions(user, 'Feeling stretched this week');
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'A win I want to share' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Actions for “A win I want to share”' })).toHaveFocus();
  });

  it('guides a first topic in each empty pillar with its own question, and tells a manager whose agenda it is', () => {
    const { rerender } = render(<AgendaBoard viewer="report" defaultValue={agendaOf([])} />);
    const questions = ['The Present Moment', 'The Near Future', 'The Horizon'].map((title) => {
      const empty = screen
        .getByRole('region', { name: title })
        .querySelector('[data-slot="agenda-board-empty"]')!;
      expect(empty).toHaveTextContent('Add a first topic in the box below and press Enter.');
      return empty.querySelector('.ook-empty__title')!.textContent;
    });
    expect(questions).toEqual([
      'What’s on your mind this week?',
      'What would make the biggest difference in the coming weeks?',
      'Where would you like to be in a year or two?',
    ]);
    expect(screen.queryByText(/Nothing here yet/)).toBeNull();
    rerender(<AgendaBoard viewer="manager" defaultValue={agendaOf([])} />);
    expect(
      screen.getAllByText(/Your report sets the agenda; add a topic only if it is theirs too/),
    ).toHaveLength(3);
  });

  it('checks each text for anti-patterns once, and again only when it is edited', async () => {
    const user = userEvent.setup();
    detectedTexts.length = 0;
    render(<AgendaBoard viewer="report" defaultValue={typical} />);
    expect([...detectedTexts].sort()).toEqual(typical.items.map((item) => item.text).sort());
    detectedTexts.length = 0;

    await user.click(screen.getByRole('checkbox', { name: 'Career goals' }));
    await openActions(user, 'A win I want to share');
    await user.click(screen.getByRole('menuitem', { name: 'Move “A win I want to share” to The Horizon' }));
    expect(detectedTexts).toEqual([]);

    await openActions(user, 'Career goals');
    await user.click(screen.getByRole('menuitem', { name: 'Edit “Career goals”' }));
    await user.clear(screen.getByRole('textbox', { name: 'New text for “Career goals”' }));
    await user.keyboard('Walk through the diff of PAY-1234{Enter}');
    expect(detectedTexts).toEqual(['Walk through the diff of PAY-1234']);
    const row = screen.getByRole('checkbox', { name: 'Walk through the diff of PAY-1234' }).closest('li')!;
    expect(within(row).getAllByRole('button', { name: /^Looks like/ }).length).toBeGreaterThan(0);
  });

  it('checks nothing and flags nothing with detection turned off', () => {
    detectedTexts.length = 0;
    const agenda = agendaOf([
      {
        id: 's',
        text: 'Go through my Jira tickets and the ETA for the release',
        author: 'manager',
        pillar: 'present',
      },
    ]);
    const onFindingsChange = vi.fn();
    render(
      <AgendaBoard
        viewer="manager"
        defaultValue={agenda}
        detection={false}
        onFindingsChange={onFindingsChange}
      />,
    );
    expect(screen.queryByRole('button', { name: /^Looks like/ })).toBeNull();
    expect(detectedTexts).toEqual([]);
    expect(onFindingsChange).toHaveBeenCalledExactlyOnceWith([]);
  });

  it("passes the host's detection options on: its own terms flag items", () => {
    const agenda = agendaOf([
      { id: 'w', text: 'Wobble board for the launch', author: 'report', pillar: 'present' },
    ]);
    const { unmount } = render(<AgendaBoard viewer="report" defaultValue={agenda} />);
    expect(screen.queryByRole('button', { name: 'Looks like a technical deep dive' })).toBeNull();
    unmount();
    const detection = { extraTerms: { 'technical-deep-dive': ['Wobble board'] } };
    render(<AgendaBoard viewer="report" defaultValue={agenda} detection={detection} />);
    expect(screen.getByRole('button', { name: 'Looks like a technical deep dive' })).toBeInTheDocument();
  });

  it('hands its findings to the host, so a banner shows them without checking the agenda again', async () => {
    const user = userEvent.setup();
    const handed = vi.fn();
    function Screen() {
      const [findings, setFindings] = React.useState<readonly AntiPatternFinding[]>([]);
      const [agenda, setAgenda] = React.useState(() =>
        agendaOf([
          { id: 's', text: 'ETA for the billing feature', author: 'manager', pillar: 'present' },
          { id: 'h', text: 'What kind of leader I want to become', author: 'report', pillar: 'horizon' },
        ]),
      );
      const onFindingsChange = React.useCallback((next: readonly AntiPatternFinding[]) => {
        handed(next);
        setFindings(next);
      }, []);
      return (
        <>
          <AntiPatternBanner findings={findings} items={agenda.items} />
          <AgendaBoard
            viewer="manager"
            value={agenda}
            onValueChange={setAgenda}
            onFindingsChange={onFindingsChange}
          />
        </>
      );
    }
    detectedTexts.length = 0;
    const { container } = render(<Screen />);
    const banner = container.querySelector('[data-slot="anti-pattern-banner"]')!;
    expect(banner).toHaveTextContent('ETA for the billing feature');
    expect(handed).toHaveBeenCalledTimes(1);
    expect(detectedTexts).toEqual(['ETA for the billing feature', 'What kind of leader I want to become']);

    // Ticking an item changes no finding: the host is not called again, nothing is checked again.
    await user.click(screen.getByRole('checkbox', { name: 'ETA for the billing feature' }));
    expect(detectedTexts).toHaveLength(2);
    expect(handed).toHaveBeenCalledTimes(1);
  });

  it('gives each finding the id of the item on the board, even for texts two items share', () => {
    const onFindingsChange = vi.fn();
    const agenda = agendaOf([
      { id: 'first', text: 'ETA for search', author: 'manager', pillar: 'present' },
      { id: 'second', text: 'ETA for search', author: 'manager', pillar: 'near-future' },
    ]);
    render(<AgendaBoard viewer="manager" defaultValue={agenda} onFindingsChange={onFindingsChange} />);
    const findings = onFindingsChange.mock.calls.at(-1)![0] as AntiPatternFinding[];
    expect(findings.map((finding) => `${finding.itemId}:${finding.pattern}`)).toEqual([
      'first:status-update',
      'second:status-update',
    ]);
  });

  it('puts items without a pillar in an "Anything else" region', () => {
    render(
      <AgendaBoard
        viewer="report"
        defaultValue={agendaOf([{ text: 'Something on my mind', author: 'report' }])}
      />,
    );
    const unsorted = screen.getByRole('region', { name: 'Anything else' });
    expect(within(unsorted).getByRole('checkbox', { name: 'Something on my mind' })).toBeInTheDocument();
  });

  it('shows carried-over counts and next-step tags', () => {
    render(
      <AgendaBoard
        viewer="report"
        defaultValue={agendaOf([
          {
            text: 'Draft my growth plan',
            author: 'report',
            pillar: 'near-future',
            kind: 'next-step',
            carriedOver: 2,
          },
        ])}
      />,
    );
    const row = screen.getByRole('listitem');
    expect(within(row).getByText('Next step')).toBeInTheDocument();
    expect(within(row).getByText('Carried over ×2')).toBeInTheDocument();
  });

  it('offers no editing controls when read-only, and shows done as a read-only checkbox, not a disabled one', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<AgendaBoard viewer="report" defaultValue={typical} readOnly onValueChange={onValueChange} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Actions for/ })).toBeNull();
    const checkbox = screen.getByRole('checkbox', { name: 'Career goals' });
    expect(checkbox).toBeEnabled();
    expect(checkbox).toHaveAttribute('aria-readonly', 'true');
    await user.click(checkbox);
    act(() => checkbox.focus());
    await user.keyboard(' ');
    expect(checkbox).not.toBeChecked();
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('takes replacement strings and spreads host props on the root', () => {
    const ref = React.createRef<HTMLDivElement>();
    const messages = { addLabel: 'Nuevo en {pillar}' };
    render(
      <AgendaBoard
        ref={ref}
        viewer="report"
        defaultValue={typical}
        messages={messages}
        className="host"
        data-testid="board"
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Nuevo en The Horizon' })).toBeInTheDocument();
    expect(ref.current).toBe(screen.getByTestId('board'));
    expect(ref.current).toHaveAttribute('data-slot', 'agenda-board');
    expect(ref.current).toHaveClass('ook-agenda-board', 'host');
  });
});

describe('computeDropMove', () => {
  const agenda = agendaOf([
    { id: 'a', text: 'A', author: 'report', pillar: 'present' },
    { id: 'b', text: 'B', author: 'report', pillar: 'present' },
    { id: 'c', text: 'C', author: 'report', pillar: 'present' },
    { id: 'h', text: 'H', author: 'report', pillar: 'horizon' },
  ]);

  it('inserts after an item when dropped on its bottom half', () => {
    expect(computeDropMove(agenda, 'a', { type: 'item', id: 'b', edge: 'bottom' })).toEqual({
      type: 'move',
      id: 'a',
      pillar: 'present',
      index: 1,
    });
  });

  it('inserts before an item in another pillar when dropped on its top half', () => {
    expect(computeDropMove(agenda, 'c', { type: 'item', id: 'h', edge: 'top' })).toEqual({
      type: 'move',
      id: 'c',
      pillar: 'horizon',
      index: 0,
    });
  });

  it('appends when dropped on a column', () => {
    expect(computeDropMove(agenda, 'a', { type: 'column', pillar: 'horizon' })).toEqual({
      type: 'move',
      id: 'a',
      pillar: 'horizon',
      index: 1,
    });
  });

  it('returns null for drops that change nothing', () => {
    expect(computeDropMove(agenda, 'b', { type: 'item', id: 'b', edge: 'top' })).toBeNull();
    expect(computeDropMove(agenda, 'b', { type: 'item', id: 'a', edge: 'bottom' })).toBeNull();
    expect(computeDropMove(agenda, 'b', { type: 'item', id: 'c', edge: 'top' })).toBeNull();
    expect(computeDropMove(agenda, 'c', { type: 'column', pillar: 'present' })).toBeNull();
    expect(computeDropMove(agenda, 'gone', { type: 'column', pillar: 'present' })).toBeNull();
  });

  it('picks the edge by which half of the row the pointer is over', () => {
    expect(getDropEdge(109, { top: 100, height: 20 })).toBe('top');
    expect(getDropEdge(111, { top: 100, height: 20 })).toBe('bottom');
  });
});
