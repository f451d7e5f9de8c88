import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseAgenda } from 'one-on-one-kit/core';
import { HostApp } from '../../examples/host-app/app';
import { STORAGE_KEY } from '../../examples/host-app/storage';

// The example host app keeps everything in localStorage: nothing typed may be lost across reloads or meetings.

function stored() {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw === null) throw new Error('nothing stored');
  const parsed = JSON.parse(raw) as { history: unknown[]; agenda: unknown };
  return { history: parsed.history, agenda: parseAgenda(parsed.agenda) };
}

describe('example host app', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps the agenda across a reload', async () => {
    const user = userEvent.setup();
    const first = render(<HostApp today="2026-11-23" storage={window.localStorage} />);
    await user.type(
      screen.getByRole('textbox', { name: 'Add to The Present Moment' }),
      'Running low on energy{Enter}',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Add to The Horizon' }),
      'Staff engineer path{Enter}',
    );
    first.unmount();

    render(<HostApp today="2026-11-24" storage={window.localStorage} />);
    const present = screen.getByRole('region', { name: 'The Present Moment' });
    expect(within(present).getByRole('checkbox', { name: 'Running low on energy' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Staff engineer path' })).toBeInTheDocument();
    expect(stored().agenda.items.map((item) => item.author)).toEqual(['report', 'report']);
  });

  it('carries undone items into the next meeting and records the one that ended', async () => {
    const user = userEvent.setup();
    render(<HostApp today="2026-11-23" storage={window.localStorage} />);
    await user.type(screen.getByRole('textbox', { name: 'Add to The Present Moment' }), 'Done today{Enter}');
    await user.type(
      screen.getByRole('textbox', { name: 'Add to The Near Future' }),
      'Not finished yet{Enter}',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Done today' }));
    await user.click(screen.getByRole('button', { name: /finish meeting/i }));

    const { history, agenda } = stored();
    expect(history).toEqual([
      { date: '2026-11-23', focus: 'present', feedbackAsked: false, feedbackReceived: false },
    ]);
    expect(agenda.meetingDate).toBe('2026-11-30');
    expect(agenda.items.map((item) => [item.text, item.carriedOver])).toEqual([['Not finished yet', 1]]);
    expect(screen.queryByRole('checkbox', { name: 'Done today' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Not finished yet' })).toBeInTheDocument();
  });

  it('parks unreadable saved data instead of throwing it away', () => {
    window.localStorage.setItem(STORAGE_KEY, '{"agenda": {"version": 1, "meetingDate": "2026-02-30"');
    render(<HostApp today="2026-11-23" storage={window.localStorage} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be read/);
    expect(window.localStorage.getItem(`${STORAGE_KEY}:unreadable`)).toBe(
      '{"agenda": {"version": 1, "meetingDate": "2026-02-30"',
    );
    act(() => undefined);
    expect(stored().agenda.items).toEqual([]);
  });

  it('keeps feedback recorded mid-meeting across a reload, and records it when the meeting ends', async () => {
    const user = userEvent.setup();
    const first = render(<HostApp today="2026-11-23" storage={window.localStorage} />);
    await user.click(screen.getByRole('button', { name: /ask for feedback/i }));
    await user.type(
      screen.getByRole('textbox', { name: 'What they said' }),
      'Fewer context switches, please',
    );
    await user.click(screen.getByRole('button', { name: /save feedback/i }));
    first.unmount();

    render(<HostApp today="2026-11-23" storage={window.localStorage} />);
    expect(screen.getByText('Feedback recorded for this meeting.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /finish meeting/i }));
    expect(stored().history).toEqual([
      { date: '2026-11-23', focus: 'present', feedbackAsked: true, feedbackReceived: true },
    ]);
    expect(screen.queryByText('Feedback recorded for this meeting.')).not.toBeInTheDocument();
  });

  it('parks a damaged history too, rather than failing to render', () => {
    const agenda = { version: 1, meetingDate: '2026-11-23', items: [] };
    const raw = JSON.stringify({ reportName: 'Sam', history: [{ date: 'soon', focus: 'present' }], agenda });
    window.localStorage.setItem(STORAGE_KEY, raw);
    render(<HostApp today="2026-11-23" storage={window.localStorage} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/history\[0\]\.date/);
    expect(window.localStorage.getItem(`${STORAGE_KEY}:unreadable`)).toBe(raw);
  });
});
