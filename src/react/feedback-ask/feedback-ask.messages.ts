/**
 * Every string FeedbackAsk shows, as data (plain strings a server can pass). Replace any of them with the `messages` prop or
 * `<OneOnOneKitProvider messages={{ feedbackAsk: { … } }}>`.
 *
 * @example
 * <FeedbackAsk onSubmit={save} messages={{ save: 'Guardar' }} />
 */
export interface FeedbackAskMessages {
  /** The trigger button's text; keep the word "feedback" (or your language's) in it. */
  trigger: string;
  title: string;
  description: string;
  /** Label above the question to ask. */
  questionLabel: string;
  /** The ask, when no `question` prop is given. */
  defaultQuestion: string;
  coachingHeading: string;
  /** How to receive feedback, in order. */
  steps: readonly string[];
  feedbackLabel: string;
  nextStepLabel: string;
  noneLabel: string;
  noneEncouragement: string;
  feedbackRequired: string;
  save: string;
  cancel: string;
  /** Accessible name of the × button. */
  close: string;
}

/**
 * FeedbackAsk's English strings.
 * @example <FeedbackAsk onSubmit={save} messages={{ steps: [...defaultFeedbackAskMessages.steps, 'Follow up next week.'] }} />
 */
export const defaultFeedbackAskMessages: FeedbackAskMessages = {
  trigger: 'Ask for feedback',
  title: 'Ask for feedback',
  description:
    'Close the 1:1 by asking how you could support them better. Ask in a calm, curious tone, then listen.',
  questionLabel: 'You could ask',
  defaultQuestion: 'What is one thing I could do differently to support you better?',
  coachingHeading: 'When they answer',
  steps: [
    'Paraphrase it back, so they can correct anything you misheard.',
    'Thank them for telling you.',
    'Say what you will do about it.',
  ],
  feedbackLabel: 'What they said',
  nextStepLabel: 'What I will do',
  noneLabel: 'No feedback this time',
  noneEncouragement: 'That is normal. It may take five asks before feedback comes. Keep asking.',
  feedbackRequired: 'Write down what they said, or tick “No feedback this time”.',
  save: 'Save feedback',
  cancel: 'Cancel',
  close: 'Close',
};
