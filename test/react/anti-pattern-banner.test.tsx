import * as React from 'react';
import { StrictMode } from 'react';
import { renderOnServerAndHydrate } from './server-render';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { detectAntiPatterns, type AntiPatternFinding } from 'one-on-one-kit/core';
import { AntiPatternBanner, OneOnOneKitProvider, antiPatternBannerVariants } from 'one-on-one-kit';

const items = [
  { id: 'a', text: 'Go through my tickets and the ETA for the release' },
  { id: 'b', text: 'Debug the flaky login test together' },
];

function span(text: string, word: string) {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word };
}

const statusUpdate: AntiPatternFinding = {
  pattern: 'status-update',
  itemId: 'a',
  evidence: [span(items[0]!.text, 'tickets'), span(items[0]!.text, 'ETA')],
  suggestion: 'Move ticket status to standup and ask what is taking their energy.',
};

const deepDive: AntiPatternFinding = {
  pattern: 'technical-deep-dive',
  itemId: 'b',
  evidence: [{ start: 0, end: 5, text: 'Debug' }],
  suggestion: 'Book a pairing session; here, ask what would help them solve it.',
};

describe('AntiPatternBanner', () => {
  it('renders nothing when there are no findings', () => {
    const { container } = render(<AntiPatternBanner findings={[]} items={items} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('announces findings politely as a status with the pattern, the evidence and the reframe', () => {
    render(<AntiPatternBanner findings={[statusUpdate]} items={items} />);
    const banner = screen.getByRole('status');
    expect(banner).toHaveAttribute('data-slot', 'anti-pattern-banner');
    expect(within(banner).getByText('Looks like a status update')).toBeInTheDocument();
    expect(banner).toHaveTextContent(
      'Try instead: Move ticket status to standup and ask what is taking their energy.',
    );
    const evidence = banner.querySelector('[data-slot="anti-pattern-banner-evidence"]');
    expect(evidence).toHaveTextContent('Go through my tickets and the ETA for the release');
    expect([...banner.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['tickets', 'ETA']);
  });

  it('shows the evidence words when the item text is not given', () => {
    render(<AntiPatternBanner findings={[statusUpdate]} />);
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('Words that stood out: tickets, ETA');
    expect([...banner.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['tickets', 'ETA']);
  });

  it('falls back to the evidence words when a span does not match the item text', () => {
    const stale = { ...statusUpdate, evidence: [{ start: 0, end: 3, text: 'ETA' }] };
    render(<AntiPatternBanner findings={[stale]} items={items} />);
    expect(screen.getByRole('status')).toHaveTextContent('Words that stood out: ETA');
  });

  it('highlights what detectAntiPatterns finds in real items', () => {
    const agenda = [
      { id: '1', text: 'Walk through the status of my tickets and the ETA' },
      { id: '2', text: 'What would I need to grow into a staff role?' },
    ];
    const findings = detectAntiPatterns(agenda);
    render(<AntiPatternBanner findings={findings} items={agenda} />);
    const banner = screen.getByRole('status');
    const marks = [...banner.querySelectorAll('mark')].map((mark) => mark.textContent ?? '');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(agenda[0]?.text).toContain(mark);
    expect(banner).not.toHaveTextContent('grow into a staff role');
  });

  it('dismisses one finding by keyboard, tells onDismiss which, and moves focus to the next', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(<AntiPatternBanner findings={[statusUpdate, deepDive]} items={items} onDismiss={onDismiss} />);
    expect(screen.getByRole('status')).toHaveTextContent('2 things may pull the 1:1 away from the person');
    await user.tab();
    const first = screen.getByRole('button', {
      name: 'Dismiss “Looks like a status update” on “Go through my tickets and the ETA for the release”',
    });
    expect(first).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onDismiss).toHaveBeenCalledWith(statusUpdate);
    expect(screen.queryByText('Looks like a status update')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Dismiss “Looks like a technical deep dive”/ })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('This may pull the 1:1 away from the person');
    await user.keyboard(' ');
    expect(onDismiss).toHaveBeenLastCalledWith(deepDive);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('moves focus to what Tab reaches next once the last finding is dismissed, not to <body>', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Before</button>
        <AntiPatternBanner findings={[statusUpdate]} items={items} />
        <p>Some text that takes no focus</p>
        <button type="button" disabled>
          Disabled
        </button>
        <div hidden>
          <button type="button">Hidden</button>
        </div>
        <label>
          Add to The Present Moment <input type="text" />
        </label>
      </>,
    );
    screen.getByRole('button', { name: /Dismiss “Looks like a status update”/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Add to The Present Moment' })).toHaveFocus();
  });

  it('falls back to the control before the banner when nothing follows it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <a href="#agenda">Agenda</a>
        <AntiPatternBanner findings={[statusUpdate]} items={items} />
      </>,
    );
    screen.getByRole('button', { name: /Dismiss “Looks like a status update”/ }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('link', { name: 'Agenda' })).toHaveFocus();
  });

  it('leaves focus where the host’s onDismiss put it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <input aria-label="Item text" />
        <AntiPatternBanner
          findings={[statusUpdate]}
          items={items}
          onDismiss={() => screen.getByRole('textbox', { name: 'Item text' }).focus()}
        />
        <button type="button">After</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: /Dismiss “Looks like a status update”/ }));
    expect(screen.getByRole('textbox', { name: 'Item text' })).toHaveFocus();
  });

  it('can be made not dismissible', () => {
    render(<AntiPatternBanner findings={[statusUpdate]} dismissible={false} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('renders item text, evidence and suggestions as text, never as markup', () => {
    const text = 'tickets <img src=x onerror=alert(1)>';
    render(
      <AntiPatternBanner
        items={[{ id: 'x', text }]}
        findings={[
          {
            pattern: 'stealth-performance-review',
            itemId: 'x',
            evidence: [{ start: 8, end: 36, text: '<img src=x onerror=alert(1)>' }],
            suggestion: '<img src=x onerror=alert(1)>',
          },
        ]}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(document.querySelector('img')).toBeNull();
  });

  it('replaces strings through the messages prop and the provider', () => {
    render(
      <OneOnOneKitProvider messages={{ antiPatternBanner: { suggestionLabel: 'Essayez plutôt :' } }}>
        <AntiPatternBanner
          findings={[statusUpdate]}
          messages={{
            patterns: {
              'status-update': 'Point d’avancement',
              'technical-deep-dive': '',
              'stealth-performance-review': '',
            },
            dismiss: 'Masquer',
            dismissLabelWithoutItem: 'Masquer {pattern}',
          }}
        />
      </OneOnOneKitProvider>,
    );
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('Essayez plutôt :');
    expect(within(banner).getByRole('button', { name: 'Masquer Point d’avancement' })).toHaveTextContent(
      'Masquer',
    );
  });

  it('merges className, forwards its ref, spreads other props and applies variants', () => {
    const ref = React.createRef<HTMLDivElement>();
    render(
      <AntiPatternBanner
        findings={[deepDive]}
        ref={ref}
        className="mine"
        variant="inline"
        aria-label="Agenda check"
      />,
    );
    const banner = screen.getByRole('status', { name: 'Agenda check' });
    expect(ref.current).toBe(banner);
    expect(banner).toHaveClass('ook-anti-pattern-banner', 'ook-anti-pattern-banner--inline', 'mine');
    expect(banner).toHaveAttribute('data-variant', 'inline');
    expect(antiPatternBannerVariants()).toBe('ook-anti-pattern-banner ook-anti-pattern-banner--callout');
    expect(banner.querySelector('[data-slot="anti-pattern-banner-finding"]')).toHaveAttribute(
      'data-pattern',
      'technical-deep-dive',
    );
  });

  it('renders on the server and hydrates without warnings, in StrictMode', async () => {
    const { html, container, messages } = await renderOnServerAndHydrate(
      <StrictMode>
        <AntiPatternBanner findings={[statusUpdate, deepDive]} items={items} />
      </StrictMode>,
    );
    expect(html).toContain('role="status"');
    expect(messages()).toEqual([]);
    expect(within(container).getAllByRole('listitem')).toHaveLength(2);
  });
});
