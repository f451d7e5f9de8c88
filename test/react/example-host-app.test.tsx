import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseAgenda, parseHistory, serializeAgenda } from 'one-on-one-kit/core';
import { HostApp } from '../../examples/host-app/app';
import { sampleReport } from '../../examples/host-app/sample-report';
import { STORAGE_KEY } from '../../examples/host-app/storage';

// The example host app keeps everything in localStorage: nothing typed may be lost across reloads or meetings.

function stored() {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw === null) throw new Error('nothing stored');
  const parsed = JSON.parse(raw) as { history: unknown; agenda: unknown };
  return { history: parseHistory(parsed.history), agenda: parseAgenda(parsed.agenda) };
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
    await user.click(screen.getByRole('button', { name: /end the meeting/i }));

    const { history, agenda } = stored();
    expect(history).toEqual([
      {
        date: '2026-11-23',
        focus: 'present',
        feedbackAsked: false,
        feedbackReceived: false,
        discussed: [
          {
            id: 'item-1',
            text: 'Done today',
            pillar: 'present',
            author: 'report',
            carriedOver: 0,
            kind: 'topic',
          },
        ],
      },
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
    await user.click(screen.getByRole('button', { name: /end the meeting/i }));
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
    expect(screen.getByRole('alert')).toHaveTextContent(/meetings\[0\]\.date/);
    expect(window.localStorage.getItem(`${STORAGE_KEY}:unreadable`)).toBe(raw);
  });

  it('starts from the sample report, whose bare-array history is migrated on load', async () => {
    const user = userEvent.setup();
    render(<HostApp today="2026-11-23" storage={window.localStorage} />);
    await user.click(screen.getByRole('button', { name: 'Start from a sample report' }));
    expect(screen.getByRole('article', { name: 'The Horizon' })).toBeInTheDocument();
    expect(stored().history).toHaveLength(24);
    // Saved as version 2 from now on.
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY)!).history.version).toBe(2);
  });

  it('runs three meetings: next steps reviewed and dropped into the record, Horizon takeaways in the Near Future one', async () => {
    const user = userEvent.setup();
    const { history, agenda } = sampleReport();
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ reportName: 'Sam', history, agenda: JSON.parse(serializeAgenda(agenda)) }),
    );
    const first = render(<HostApp today="2026-11-23" storage={window.localStorage} />);
    const signals = document.querySelector('[data-slot="meeting-signals"]');
    expect(signals).toHaveTextContent('You have not asked for feedback lately');
    await user.type(
      screen.getByRole('textbox', { name: 'Add a next step' }),
      'Write a note on the staff path{Enter}',
    );
    const drop = within(screen.getByRole('group', { name: 'Draft the on-call handbook outline' })).getByRole(
      'radio',
      {
        name: 'Drop',
      },
    );
    await user.click(drop);
    await user.type(screen.getByRole('textbox', { name: 'Add a takeaway' }), 'Wants to lead a team{Enter}');
    first.unmount();

    // A reload in the middle of the meeting keeps the drop, the new step and the takeaway.
    const second = render(<HostApp today="2026-11-24" storage={window.localStorage} />);
    expect(
      within(screen.getByRole('group', { name: 'Draft the on-call handbook outline' })).getByRole('radio', {
        name: 'Drop',
      }),
    ).toBeChecked();
    expect(screen.getByText('Wants to lead a team')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /end the meeting/i }));
    second.unmount();

    render(<HostApp today="2026-11-30" storage={window.localStorage} />);
    expect(screen.getByRole('article', { name: 'The Near Future' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'From your Horizon talk on 23 Nov' })).toHaveTextContent(
      'Wants to lead a team',
    );
    expect(screen.getByRole('group', { name: 'Write a note on the staff path' })).toBeInTheDocument();
    const record = stored().history.at(-1)!;
    expect(record).toMatchObject({
      date: '2026-11-23',
      focus: 'horizon',
      takeaways: { horizon: ['Wants to lead a team'] },
    });
    expect(record.dropped?.map((item) => item.text)).toEqual(['Draft the on-call handbook outline']);
    // Nothing lost: every item of the Horizon meeting is in the record or on the new agenda.
    const now = stored().agenda.items.map((item) => item.text);
    for (const item of agenda.items)
      expect(now.includes(item.text) || record.dropped?.some((step) => step.text === item.text)).toBe(true);
    await user.click(screen.getByRole('button', { name: /end the meeting/i }));
    expect(screen.getByRole('article', { name: 'The Present Moment' })).toBeInTheDocument();
    expect(
      stored()
        .history.map((meeting) => meeting.focus)
        .slice(-2),
    ).toEqual(['horizon', 'near-future']);
  });

  it('shows a signal dismissed in one meeting again in the next one', async () => {
    const user = userEvent.setup();
    const { history, agenda } = sampleReport();
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ reportName: 'Sam', history, agenda: JSON.parse(serializeAgenda(agenda)) }),
    );
    render(<HostApp today="2026-11-23" storage={window.localStorage} />);
    const carried = /“Conference talk proposal” keeps being carried over/;
    await user.click(
      screen.getByRole('button', { name: 'Dismiss ““Conference talk proposal” keeps being carried over”' }),
    );
    expect(document.querySelector('[data-slot="meeting-signals"]')).not.toHaveTextContent(carried);
    await user.click(screen.getByRole('button', { name: /end the meeting/i }));
    expect(document.querySelector('[data-slot="meeting-signals"]')).toHaveTextContent(carried);
  });
});
