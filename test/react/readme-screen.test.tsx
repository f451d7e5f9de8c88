import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingRecord } from 'one-on-one-kit/core';
import { OneOnOneScreen } from '../../examples/readme/one-on-one-screen';

// The README's component example, rendered as a host app would: it must work as printed.
describe('the README 1:1 screen', () => {
  const history: MeetingRecord[] = [
    { date: '2026-10-05', focus: 'present', feedbackAsked: true },
    { date: '2026-10-12', focus: 'horizon', feedbackAsked: true },
    { date: '2026-11-02', focus: 'near-future', feedbackAsked: true },
  ];

  it('shows the focus, flags a status item as it is typed, and saves the agenda', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<OneOnOneScreen history={history} meetingDate="2026-11-23" onSave={onSave} />);

    expect(screen.getByText(/The Horizon was last discussed 42 days ago/)).toBeInTheDocument();

    const present = screen.getByRole('region', { name: 'The Present Moment' });
    await user.type(
      within(present).getByRole('textbox', { name: 'Add to The Present Moment' }),
      'ETA for PAY-1234?{Enter}',
    );
    const row = within(present).getByRole('checkbox', { name: 'ETA for PAY-1234?' }).closest('li')!;
    // Flagged once, on the item itself: no banner repeats it elsewhere on the screen.
    expect(within(row).getByRole('button', { name: 'Looks like a status update' })).toBeInTheDocument();
    expect(screen.getAllByText('Looks like a status update')).toHaveLength(1);
    expect(document.querySelector('[data-slot="anti-pattern-banner"]')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        items: [expect.objectContaining({ text: 'ETA for PAY-1234?', author: 'report', pillar: 'present' })],
      }),
    );
    expect(screen.getByRole('button', { name: /feedback/i })).toBeInTheDocument();
  });
});
