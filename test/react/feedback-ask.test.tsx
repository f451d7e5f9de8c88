import * as React from 'react';
import { StrictMode } from 'react';
import { renderOnServerAndHydrate } from './server-render';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { Question } from 'one-on-one-kit/core';
import {
  FeedbackAsk,
  FeedbackAskContent,
  FeedbackAskRoot,
  FeedbackAskTrigger,
  OneOnOneKitProvider,
  feedbackAskVariants,
} from 'one-on-one-kit';
import { captureConsole } from './server-render';

const ask: Question = {
  id: 'feedback-1',
  text: 'How could I support you better?',
  pillar: 'feedback',
  themes: ['support'],
};

async function openByKeyboard(user: ReturnType<typeof userEvent.setup>) {
  await user.tab();
  expect(screen.getByRole('button', { name: 'Ask for feedback' })).toHaveFocus();
  await user.keyboard('{Enter}');
  return screen.getByRole('dialog', { name: 'Ask for feedback' });
}

describe('FeedbackAsk', () => {
  it('opens a dialog by keyboard that shows the ask and coaches how to receive it', async () => {
    const user = userEvent.setup();
    render(<FeedbackAsk onSubmit={() => {}} />);
    const trigger = screen.getByRole('button', { name: 'Ask for feedback' });
    expect(trigger).toHaveAttribute('data-slot', 'feedback-ask');
    expect(trigger).toHaveAttribute('data-state', 'closed');
    const dialog = await openByKeyboard(user);
    expect(trigger).toHaveAttribute('data-state', 'open');
    expect(dialog).toHaveAccessibleDescription(/calm, curious tone/);
    expect(
      within(dialog).getByText('What is one thing I could do differently to support you better?'),
    ).toBeInTheDocument();
    const steps = within(dialog)
      .getAllByRole('listitem')
      .map((step) => step.textContent);
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/Paraphrase/);
    expect(steps[1]).toMatch(/Thank/);
    expect(steps[2]).toMatch(/what you will do/);
  });

  it('moves focus into the dialog and back to the trigger on Escape', async () => {
    const user = userEvent.setup();
    render(<FeedbackAsk onSubmit={() => {}} />);
    const dialog = await openByKeyboard(user);
    expect(within(dialog).getByRole('textbox', { name: 'What they said' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ask for feedback' })).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(
      <>
        <FeedbackAsk onSubmit={() => {}} />
        <button type="button">Outside</button>
      </>,
    );
    const dialog = await openByKeyboard(user);
    for (let press = 0; press < 10; press += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('submits what was said and the next step, trimmed, then closes and returns focus', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<FeedbackAsk question={ask} onSubmit={onSubmit} />);
    const dialog = await openByKeyboard(user);
    expect(within(dialog).getByText(ask.text)).toBeInTheDocument();
    await user.keyboard('  More context before deadlines  ');
    await user.tab();
    await user.keyboard('Share the roadmap on Mondays');
    await user.click(within(dialog).getByRole('button', { name: 'Save feedback' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith({
      question: ask.text,
      questionId: ask.id,
      received: true,
      feedback: 'More context before deadlines',
      nextStep: 'Share the roadmap on Mondays',
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ask for feedback' })).toHaveFocus();
  });

  it('starts from an empty form after a save', async () => {
    const user = userEvent.setup();
    render(<FeedbackAsk onSubmit={() => {}} />);
    await openByKeyboard(user);
    await user.keyboard('Fewer meetings');
    await user.click(screen.getByRole('button', { name: 'Save feedback' }));
    await user.click(screen.getByRole('button', { name: 'Ask for feedback' }));
    expect(screen.getByRole('textbox', { name: 'What they said' })).toHaveValue('');
  });

  it('records that no feedback came this time, with an encouraging line', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<FeedbackAsk question="Anything I could do better?" onSubmit={onSubmit} />);
    const dialog = await openByKeyboard(user);
    await user.keyboard('half a thought');
    const none = within(dialog).getByRole('checkbox', { name: 'No feedback this time' });
    await user.click(none);
    expect(none).toHaveAccessibleDescription(/It may take five asks before feedback comes\. Keep asking\./);
    expect(within(dialog).getByRole('textbox', { name: 'What they said' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Save feedback' }));
    expect(onSubmit).toHaveBeenCalledWith({
      question: 'Anything I could do better?',
      received: false,
      feedback: '',
      nextStep: '',
    });
  });

  it('does not submit an empty "What they said": it shows an error and focuses the field', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<FeedbackAsk onSubmit={onSubmit} />);
    const dialog = await openByKeyboard(user);
    await user.keyboard('   ');
    await user.tab();
    await user.keyboard('Something');
    await user.click(within(dialog).getByRole('button', { name: 'Save feedback' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const field = within(dialog).getByRole('textbox', { name: 'What they said' });
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Write down what they said, or tick “No feedback this time”.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('Thanks');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('keeps the draft when closed without saving and reopened', async () => {
    const user = userEvent.setup();
    render(<FeedbackAsk onSubmit={() => {}} />);
    await openByKeyboard(user);
    await user.keyboard('Half written');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'What they said' })).toHaveValue('Half written');
  });

  it('can be controlled with open and onOpenChange', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<FeedbackAsk open={false} onOpenChange={onOpenChange} onSubmit={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Ask for feedback' }));
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    rerender(<FeedbackAsk open onOpenChange={onOpenChange} onSubmit={() => {}} />);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('starts open with defaultOpen', () => {
    render(<FeedbackAsk defaultOpen onSubmit={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'Ask for feedback' })).toBeInTheDocument();
  });

  it('shows a question and typed text as text, never as markup', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<FeedbackAsk question="<img src=x onerror=alert(1)>" onSubmit={onSubmit} />);
    const dialog = await openByKeyboard(user);
    expect(within(dialog).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'What they said' }),
      '<img src=x onerror=alert(1)>',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save feedback' }));
    expect(onSubmit.mock.calls[0]?.[0].feedback).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('lets a consumer onClick with preventDefault() keep it closed', async () => {
    const user = userEvent.setup();
    render(<FeedbackAsk onSubmit={() => {}} onClick={(event) => event.preventDefault()} />);
    await user.click(screen.getByRole('button', { name: 'Ask for feedback' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('replaces strings through the messages prop, triggerLabel and the provider', async () => {
    const user = userEvent.setup();
    render(
      <OneOnOneKitProvider messages={{ feedbackAsk: { save: 'Guardar', trigger: 'Pedir feedback' } }}>
        <FeedbackAsk onSubmit={() => {}} messages={{ save: 'Guardar feedback' }} />
        <FeedbackAsk onSubmit={() => {}} triggerLabel="Feedback, please" />
      </OneOnOneKitProvider>,
    );
    expect(screen.getByRole('button', { name: 'Feedback, please' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pedir feedback' }));
    expect(screen.getByRole('button', { name: 'Guardar feedback' })).toBeInTheDocument();
  });

  it('merges className, forwards its ref to the trigger and spreads other props', () => {
    const ref = React.createRef<HTMLButtonElement>();
    render(
      <FeedbackAsk
        onSubmit={() => {}}
        ref={ref}
        className="mine"
        data-testid="ask"
        variant="outline"
        size="sm"
      />,
    );
    const trigger = screen.getByTestId('ask');
    expect(ref.current).toBe(trigger);
    expect(trigger).toHaveClass(
      'ook-feedback-ask',
      'ook-feedback-ask--outline',
      'ook-feedback-ask--sm',
      'mine',
    );
    expect(trigger).toHaveClass('ook-button', 'ook-button--outline', 'ook-button--sm');
    expect(feedbackAskVariants()).toBe(
      'ook-button ook-feedback-ask ook-button--solid ook-feedback-ask--solid ook-feedback-ask--md',
    );
  });

  it('stamps data-slot on the dialog parts', () => {
    render(<FeedbackAsk defaultOpen onSubmit={() => {}} />);
    for (const slot of [
      'feedback-ask-overlay',
      'feedback-ask-content',
      'feedback-ask-title',
      'feedback-ask-description',
      'feedback-ask-question',
      'feedback-ask-coaching',
      'feedback-ask-form',
      'feedback-ask-feedback',
      'feedback-ask-next-step',
      'feedback-ask-save',
      'feedback-ask-cancel',
      'feedback-ask-close',
    ]) {
      expect(document.querySelector(`[data-slot="${slot}"]`), slot).not.toBeNull();
    }
  });

  it('exposes its parts, so a host can style and label the dialog and bring its own trigger', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const content = React.createRef<HTMLDivElement>();
    render(
      <FeedbackAskRoot onSubmit={onSubmit} question={ask}>
        <p>
          <FeedbackAskTrigger asChild variant="outline">
            <a href="#feedback">Close the 1:1 with a feedback ask</a>
          </FeedbackAskTrigger>
        </p>
        <FeedbackAskContent
          ref={content}
          className="host-dialog"
          style={{ maxInlineSize: '30rem' }}
          aria-label="Feedback for Sam’s manager"
          data-testid="dialog"
          overlayProps={{ className: 'host-overlay' }}
        />
      </FeedbackAskRoot>,
    );
    const link = screen.getByRole('link', { name: 'Close the 1:1 with a feedback ask' });
    expect(link).toHaveAttribute('data-slot', 'feedback-ask');
    expect(link).toHaveClass('ook-feedback-ask', 'ook-feedback-ask--outline');
    await user.click(link);
    const dialog = screen.getByRole('dialog', { name: 'Feedback for Sam’s manager' });
    expect(content.current).toBe(dialog);
    expect(dialog).toHaveClass('ook-feedback-ask__content', 'host-dialog');
    expect(dialog).toHaveStyle({ maxInlineSize: '30rem' });
    expect(dialog).toHaveAttribute('data-slot', 'feedback-ask-content');
    expect(document.querySelector('[data-slot="feedback-ask-overlay"]')).toHaveClass(
      'ook-feedback-ask__overlay',
      'host-overlay',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'What they said' }), 'More context early');
    await user.click(within(dialog).getByRole('button', { name: 'Save feedback' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ questionId: 'feedback-1', feedback: 'More context early', received: true }),
    );
    expect(link).toHaveFocus();
  });

  it('says which part is misplaced when a part is used outside FeedbackAskRoot', () => {
    captureConsole();
    // jsdom reports errors thrown in render as uncaught; the assertion below is what matters.
    const quiet = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', quiet);
    expect(() => render(<FeedbackAskContent />)).toThrow(
      '`FeedbackAskContent` must be used within `FeedbackAskRoot`',
    );
    window.removeEventListener('error', quiet);
  });

  it('renders on the server and hydrates without warnings, in StrictMode', async () => {
    const { container, messages } = await renderOnServerAndHydrate(
      <StrictMode>
        <FeedbackAsk onSubmit={() => {}} question={ask} />
      </StrictMode>,
    );
    expect(messages()).toEqual([]);
    const user = userEvent.setup();
    await user.click(within(container).getByRole('button', { name: 'Ask for feedback' }));
    expect(screen.getByRole('dialog', { name: 'Ask for feedback' })).toBeInTheDocument();
    expect(messages()).toEqual([]);
  });
});
