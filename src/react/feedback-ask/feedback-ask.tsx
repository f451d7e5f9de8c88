import * as React from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import type { Question } from 'one-on-one-kit/core';
import {
  defaultFeedbackAskMessages,
  feedbackAskVariants,
  type FeedbackAskMessages,
} from 'one-on-one-kit/server-safe';
import { useMessages } from '../provider';
import { useControllableState } from '../internal/use-controllable-state';
import { ModalOverlay } from '../internal/modal-overlay';
import { CloseIcon, ErrorIcon } from '../internal/icons';

const FEEDBACK_ASK_NAME = 'FeedbackAsk';
const ROOT_NAME = 'FeedbackAskRoot';
const TRIGGER_NAME = 'FeedbackAskTrigger';
const CONTENT_NAME = 'FeedbackAskContent';

/**
 * What `FeedbackAsk` hands to `onSubmit`: the ask, whether feedback came, what was said and what the
 * manager will do about it (both trimmed; empty when none came).
 *
 * @example
 * const response: FeedbackResponse = { question: 'What could I do better?', received: false, feedback: '', nextStep: '' };
 */
export interface FeedbackResponse {
  /** The text of the question that was asked. */
  question: string;
  /** The question's id, when `question` was a `Question` from a bank. */
  questionId?: string;
  received: boolean;
  feedback: string;
  nextStep: string;
}

interface FeedbackDraft {
  feedback: string;
  nextStep: string;
  received: boolean;
}

const EMPTY_DRAFT: FeedbackDraft = { feedback: '', nextStep: '', received: true };

interface FeedbackAskContextValue {
  messages: FeedbackAskMessages;
  question: string | Question | undefined;
  onSubmit: (response: FeedbackResponse) => void;
  setOpen: (open: boolean) => void;
  // The draft lives in the root, outside the dialog's content, so closing without saving keeps it.
  draft: FeedbackDraft;
  setDraft: React.Dispatch<React.SetStateAction<FeedbackDraft>>;
  showError: boolean;
  setShowError: (show: boolean) => void;
  open: boolean;
}

const FeedbackAskContext = React.createContext<FeedbackAskContextValue | null>(null);
FeedbackAskContext.displayName = `${ROOT_NAME}Context`;

function useFeedbackAskContext(consumer: string): FeedbackAskContextValue {
  const context = React.useContext(FeedbackAskContext);
  if (!context) throw new Error(`\`${consumer}\` must be used within \`${ROOT_NAME}\``);
  return context;
}

/**
 * Props of {@link FeedbackAskRoot}: the state of one feedback ask, shared by its trigger and content.
 * @example const props: FeedbackAskRootProps = { onSubmit: console.log, defaultOpen: true };
 */
export interface FeedbackAskRootProps {
  /** The ask to show; a string or a `Question` from the `feedback` pool. */
  question?: string | Question;
  /** Called with what was recorded when "Save feedback" is pressed and the form is valid. */
  onSubmit: (response: FeedbackResponse) => void;
  /** Whether the dialog is open (controlled). */
  open?: boolean;
  /**
   * Whether the dialog starts open (uncontrolled).
   * @default false
   */
  defaultOpen?: boolean;
  /** Called when the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /** Replacement strings, any of `FeedbackAskMessages`. */
  messages?: Partial<FeedbackAskMessages>;
  /** A `FeedbackAskTrigger` (or your own opener) and a `FeedbackAskContent`. */
  children?: React.ReactNode;
}

/**
 * The parts of FeedbackAsk, for a host that styles, labels or places the dialog itself: the root
 * holds the state (open, the draft, the ask) and renders no element. Put a `FeedbackAskTrigger` and
 * a `FeedbackAskContent` inside it. `FeedbackAsk` is these three composed.
 *
 * @example
 * <FeedbackAskRoot onSubmit={save}>
 *   <FeedbackAskTrigger variant="outline">Close the 1:1</FeedbackAskTrigger>
 *   <FeedbackAskContent className="my-dialog" aria-label="Feedback for Sam's manager" />
 * </FeedbackAskRoot>
 */
export function FeedbackAskRoot(props: FeedbackAskRootProps) {
  const { question, onSubmit, open: openProp, defaultOpen = false, onOpenChange, children } = props;
  const messages = useMessages('feedbackAsk', defaultFeedbackAskMessages, props.messages);
  const [open, setOpen] = useControllableState({
    prop: openProp,
    defaultProp: defaultOpen,
    onChange: onOpenChange,
  });
  const [draft, setDraft] = React.useState<FeedbackDraft>(EMPTY_DRAFT);
  const [showError, setShowError] = React.useState(false);
  const context = React.useMemo<FeedbackAskContextValue>(
    () => ({ messages, question, onSubmit, setOpen, draft, setDraft, showError, setShowError, open }),
    [messages, question, onSubmit, setOpen, draft, showError, open],
  );
  return (
    <FeedbackAskContext.Provider value={context}>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        {children}
      </Dialog.Root>
    </FeedbackAskContext.Provider>
  );
}
FeedbackAskRoot.displayName = ROOT_NAME;

/**
 * Props of {@link FeedbackAskTrigger}: a button's props, Radix's `asChild`, and the look.
 * @example const props: FeedbackAskTriggerProps = { variant: 'outline', size: 'sm' };
 */
export interface FeedbackAskTriggerProps extends React.ComponentPropsWithoutRef<typeof Dialog.Trigger> {
  /**
   * The trigger's look: `solid` for the screen's main action, `outline` beside another one.
   * @default 'solid'
   */
  variant?: 'solid' | 'outline';
  /**
   * The trigger's size: `sm` in a toolbar or a dense row.
   * @default 'md'
   */
  size?: 'sm' | 'md';
}

/**
 * The button that opens the dialog (`data-slot="feedback-ask"`, `data-state` open or closed). Its
 * text is `messages.trigger` unless you give children; with `asChild` your own element opens it.
 *
 * @example
 * <FeedbackAskTrigger asChild><a href="#feedback">Ask for feedback</a></FeedbackAskTrigger>
 */
export const FeedbackAskTrigger = React.forwardRef<HTMLButtonElement, FeedbackAskTriggerProps>(
  function FeedbackAskTrigger(props, forwardedRef) {
    const { variant, size, className, children, ...rest } = props;
    const { messages } = useFeedbackAskContext(TRIGGER_NAME);
    return (
      <Dialog.Trigger
        data-slot="feedback-ask"
        className={feedbackAskVariants({ variant, size, className })}
        {...rest}
        ref={forwardedRef}
      >
        {children ?? messages.trigger}
      </Dialog.Trigger>
    );
  },
);
FeedbackAskTrigger.displayName = TRIGGER_NAME;

/**
 * Props of {@link FeedbackAskContent}: Radix Dialog.Content's props (`className`, `style`,
 * `aria-label`, `onEscapeKeyDown`, `onOpenAutoFocus`, …) and where to portal it.
 * @example const props: FeedbackAskContentProps = { className: 'wide', 'aria-label': 'Feedback for Sam' };
 */
export interface FeedbackAskContentProps extends Omit<
  React.ComponentPropsWithoutRef<typeof Dialog.Content>,
  'children' | 'asChild'
> {
  /**
   * Where the dialog is portalled, e.g. inside a themed container.
   * @default document.body
   */
  container?: HTMLElement | null;
  /** Props for the overlay behind the dialog, e.g. its `className`. */
  overlayProps?: React.ComponentPropsWithoutRef<'div'>;
}

/**
 * The dialog (`role="dialog"`, named by its title unless you pass `aria-label`): the ask, coaching on
 * receiving it, and the form that records what was said. Portalled with its overlay; your props go to
 * the dialog element, after the kit's, so your `className` adds to `ook-feedback-ask__content`.
 *
 * @example
 * <FeedbackAskContent className="my-dialog" container={themeRoot} />
 */
export const FeedbackAskContent = React.forwardRef<HTMLDivElement, FeedbackAskContentProps>(
  function FeedbackAskContent(props, forwardedRef) {
    const { container, overlayProps, className, ...rest } = props;
    const { messages, question, onSubmit, setOpen, open, draft, setDraft, showError, setShowError } =
      useFeedbackAskContext(CONTENT_NAME);
    const feedbackRef = React.useRef<HTMLTextAreaElement>(null);

    const id = React.useId();
    const feedbackId = `${id}-feedback`;
    const nextStepId = `${id}-next-step`;
    const errorId = `${id}-error`;
    const encouragementId = `${id}-encouragement`;

    const questionText =
      question === undefined
        ? messages.defaultQuestion
        : typeof question === 'string'
          ? question
          : question.text;

    const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const feedback = draft.feedback.trim();
      if (draft.received && feedback === '') {
        setShowError(true);
        feedbackRef.current?.focus();
        return;
      }
      const response: FeedbackResponse = {
        question: questionText,
        received: draft.received,
        feedback: draft.received ? feedback : '',
        nextStep: draft.received ? draft.nextStep.trim() : '',
      };
      if (typeof question === 'object') response.questionId = question.id;
      onSubmit(response);
      setDraft(EMPTY_DRAFT);
      setShowError(false);
      setOpen(false);
    };

    const invalid = showError && draft.received && draft.feedback.trim() === '';

    return (
      <Dialog.Portal container={container}>
        {/* Not Dialog.Overlay: its scroll lock injects a <style> element, which a strict CSP blocks. */}
        <ModalOverlay
          {...overlayProps}
          open={open}
          className={['ook-feedback-ask__overlay', overlayProps?.className].filter(Boolean).join(' ')}
          data-slot="feedback-ask-overlay"
        />
        <Dialog.Content
          className={['ook-feedback-ask__content', className].filter(Boolean).join(' ')}
          data-slot="feedback-ask-content"
          // A host's aria-label names the dialog instead of its title (aria-labelledby would win).
          {...(rest['aria-label'] !== undefined && { 'aria-labelledby': undefined })}
          {...rest}
          ref={forwardedRef}
        >
          <header className="ook-feedback-ask__header" data-slot="feedback-ask-header">
            <Dialog.Title className="ook-feedback-ask__title" data-slot="feedback-ask-title">
              {messages.title}
            </Dialog.Title>
            <Dialog.Description
              className="ook-feedback-ask__description"
              data-slot="feedback-ask-description"
            >
              {messages.description}
            </Dialog.Description>
          </header>

          <figure className="ook-feedback-ask__question" data-slot="feedback-ask-question">
            <figcaption className="ook-feedback-ask__question-label">{messages.questionLabel}</figcaption>
            <blockquote className="ook-feedback-ask__question-text">{questionText}</blockquote>
          </figure>

          <section
            className="ook-feedback-ask__coaching"
            data-slot="feedback-ask-coaching"
            aria-labelledby={`${id}-coaching`}
          >
            <h3 id={`${id}-coaching`} className="ook-feedback-ask__coaching-heading">
              {messages.coachingHeading}
            </h3>
            <ol className="ook-feedback-ask__steps" data-slot="feedback-ask-steps">
              {messages.steps.map((step) => (
                <li key={step} className="ook-feedback-ask__step">
                  {step}
                </li>
              ))}
            </ol>
          </section>

          <form
            className="ook-feedback-ask__form"
            data-slot="feedback-ask-form"
            noValidate
            onSubmit={handleSubmit}
          >
            <div
              className="ook-feedback-ask__field"
              data-slot="feedback-ask-field"
              data-invalid={invalid ? '' : undefined}
            >
              <label htmlFor={feedbackId} className="ook-feedback-ask__label">
                {messages.feedbackLabel}
              </label>
              <textarea
                ref={feedbackRef}
                id={feedbackId}
                name="feedback"
                rows={3}
                className="ook-input ook-feedback-ask__textarea"
                data-slot="feedback-ask-feedback"
                value={draft.feedback}
                disabled={!draft.received}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? errorId : undefined}
                onChange={(event) => {
                  const feedback = event.target.value;
                  setDraft((previous) => ({ ...previous, feedback }));
                }}
              />
              {invalid ? (
                <p
                  id={errorId}
                  className="ook-field-error ook-feedback-ask__error"
                  data-slot="feedback-ask-error"
                >
                  <ErrorIcon />
                  {messages.feedbackRequired}
                </p>
              ) : null}
            </div>
            <div className="ook-feedback-ask__field" data-slot="feedback-ask-field">
              <label htmlFor={nextStepId} className="ook-feedback-ask__label">
                {messages.nextStepLabel}
              </label>
              <textarea
                id={nextStepId}
                name="nextStep"
                rows={2}
                className="ook-input ook-feedback-ask__textarea"
                data-slot="feedback-ask-next-step"
                value={draft.nextStep}
                disabled={!draft.received}
                onChange={(event) => {
                  const nextStep = event.target.value;
                  setDraft((previous) => ({ ...previous, nextStep }));
                }}
              />
            </div>
            <label className="ook-feedback-ask__none" data-slot="feedback-ask-none">
              <input
                type="checkbox"
                name="none"
                className="ook-checkbox ook-feedback-ask__checkbox"
                checked={!draft.received}
                aria-describedby={draft.received ? undefined : encouragementId}
                onChange={(event) => {
                  const received = !event.target.checked;
                  setDraft((previous) => ({ ...previous, received }));
                  if (!received) setShowError(false);
                }}
              />
              <span className="ook-feedback-ask__none-label">{messages.noneLabel}</span>
            </label>
            {draft.received ? null : (
              <p
                id={encouragementId}
                className="ook-feedback-ask__encouragement"
                data-slot="feedback-ask-encouragement"
              >
                {messages.noneEncouragement}
              </p>
            )}
            <div className="ook-feedback-ask__actions" data-slot="feedback-ask-actions">
              <Dialog.Close
                type="button"
                className="ook-button ook-button--outline ook-feedback-ask__button ook-feedback-ask__button--secondary"
                data-slot="feedback-ask-cancel"
              >
                {messages.cancel}
              </Dialog.Close>
              <button
                type="submit"
                className="ook-button ook-button--solid ook-feedback-ask__button ook-feedback-ask__button--primary"
                data-slot="feedback-ask-save"
              >
                {messages.save}
              </button>
            </div>
          </form>

          <Dialog.Close
            className="ook-button ook-button--ghost ook-button--icon ook-feedback-ask__close"
            data-slot="feedback-ask-close"
            aria-label={messages.close}
          >
            <CloseIcon />
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    );
  },
);
FeedbackAskContent.displayName = CONTENT_NAME;

/**
 * Props of {@link FeedbackAsk}: the root's props; the rest go to the trigger button, which is the
 * root element.
 * @example const props: FeedbackAskProps = { onSubmit: console.log, variant: 'outline' };
 */
export interface FeedbackAskProps
  extends
    Omit<FeedbackAskRootProps, 'children'>,
    Omit<FeedbackAskTriggerProps, 'onSubmit' | 'children' | 'asChild'> {
  /**
   * The trigger's text; shortcut for `messages.trigger`.
   * @default 'Ask for feedback'
   */
  triggerLabel?: string;
  /**
   * Where the dialog is portalled, e.g. inside a themed container.
   * @default document.body
   */
  container?: HTMLElement | null;
}

/**
 * A button that opens a dialog to end the 1:1 by asking for feedback on the manager: it shows the ask,
 * coaches how to receive the answer (paraphrase, thank, say what you will do) and records what was said
 * and the next step — or that none came this time. What was typed survives closing and reopening.
 * The root element is the trigger button (`data-slot="feedback-ask"`, it takes the `ref`); the dialog
 * is portalled. To style or label the dialog, compose `FeedbackAskRoot`, `FeedbackAskTrigger` and
 * `FeedbackAskContent` instead.
 *
 * @example
 * <FeedbackAsk question={bank.pick({ pillar: 'feedback', count: 1, seed: today })[0]}
 *   onSubmit={(response) => saveMeeting({ feedbackAsked: true, feedbackReceived: response.received })} />
 */
export const FeedbackAsk = React.forwardRef<HTMLButtonElement, FeedbackAskProps>(
  function FeedbackAsk(props, forwardedRef) {
    const {
      question,
      onSubmit,
      open,
      defaultOpen,
      onOpenChange,
      messages,
      triggerLabel,
      container,
      ...triggerProps
    } = props;
    return (
      <FeedbackAskRoot
        question={question}
        onSubmit={onSubmit}
        open={open}
        defaultOpen={defaultOpen}
        onOpenChange={onOpenChange}
        messages={messages}
      >
        <FeedbackAskTrigger {...triggerProps} ref={forwardedRef}>
          {triggerLabel}
        </FeedbackAskTrigger>
        <FeedbackAskContent container={container} />
      </FeedbackAskRoot>
    );
  },
);
FeedbackAsk.displayName = FEEDBACK_ASK_NAME;
