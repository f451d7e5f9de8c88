import * as React from 'react';
import type {
  FocusDecision,
  InformingTakeaways,
  PillarId,
  PillarStatus,
  Question,
} from 'one-on-one-kit/core';
import {
  defaultPillarCardMessages,
  pillarCardVariants,
  type PillarCardMessages,
} from 'one-on-one-kit/server-safe';
import { useFormat, useMessages, usePillarMessages } from '../provider';
import { composeEventHandlers } from '../internal/compose-event-handlers';
import { usePickedQuestions, type QuestionPickerBank } from '../hooks/use-question-picker';
import { Badge } from '../internal/badge';
import { ClockIcon, FocusIcon } from '../internal/icons';
import { useCalendarDate } from '../hooks/use-calendar-date';

const PILLAR_CARD_NAME = 'PillarCard';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * One suggested question: a `Question` from a bank, plain text, or any React node (a link, a
 * question with emphasis).
 *
 * @example
 * const questions: PillarCardQuestion[] = ['What drains you lately?', <>What is <em>one</em> win?</>];
 */
export type PillarCardQuestion = Question | React.ReactNode;

/**
 * Props of {@link PillarCard}. Give the card a `pillar`, a `decision` from `nextFocus`, or both: with
 * a decision alone it shows the decision's focus pillar, and the pillar's status comes from
 * `decision.due`.
 *
 * @example
 * const focusCard: PillarCardProps = { decision: nextFocus(history, '2026-03-02') };
 * const horizonCard: PillarCardProps = { pillar: 'horizon', decision: nextFocus(history, '2026-03-02') };
 */
export interface PillarCardProps extends Omit<React.ComponentPropsWithoutRef<'article'>, 'children'> {
  /**
   * Which pillar the card is about.
   * @default decision.pillar, else 'present'
   */
  pillar?: PillarId;
  /**
   * A `nextFocus()` result: the card takes its pillar's status from `decision.due`, and is the focus
   * when the decision chose its pillar.
   */
  decision?: FocusDecision;
  /** Where the pillar stands, e.g. `nextFocus(history, today).due[i]`. Wins over `decision`. */
  status?: PillarStatus;
  /** Questions to suggest (bank `Question`s, strings or nodes); when given they win over `questionBank`. */
  questions?: readonly PillarCardQuestion[];
  /**
   * `focus` for this meeting's pillar, `due` for one that is due, `quiet` otherwise.
   * Default: `focus` when `decision` chose this pillar; `due` when `status` is overdue, or due for
   * The Near Future / The Horizon (The Present Moment is due almost every week, so it is only flagged
   * when overdue); else `quiet`.
   * @default from decision and status
   */
  variant?: 'focus' | 'due' | 'quiet';
  /**
   * `compact` for a sidebar or a row of three, `full` for a page.
   * @default 'full'
   */
  size?: 'compact' | 'full';
  /**
   * The title's heading level; the questions' heading is one below.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /** A bank (e.g. `createQuestionBank(defaultQuestions)`) to pick suggestions from when `questions` is left out. */
  questionBank?: QuestionPickerBank;
  /**
   * How many questions to pick from `questionBank`.
   * @default 3
   */
  questionCount?: number;
  /** Seed for picking from `questionBank`: same seed, same questions on server and client. */
  seed?: string | number;
  /** Question ids to skip while others remain (recently asked). */
  avoidQuestionIds?: readonly string[];
  /**
   * Called when "Suggest another question" is pressed. The button shows when this is given or when
   * the card picks from `questionBank` (it then shows a fresh set by itself).
   */
  onAnotherQuestion?: (event: React.MouseEvent<HTMLButtonElement>) => void;
  /**
   * What the report took away from the pillar that informs this one, from
   * `informingTakeaways(history, pillar)`: shown as "From your Horizon talk on 12 Oct" and the texts.
   */
  takeaways?: InformingTakeaways | null;
  /** Replacement strings, any of `PillarCardMessages`. */
  messages?: Partial<PillarCardMessages>;
}

/**
 * One pillar of the 1:1: its title and purpose, when it was last discussed and when it is due, and
 * questions to explore. An article named by its title (`<article aria-labelledby>`: a card, not a landmark, so a page can show a card and a board column for the same pillar), `data-slot="pillar-card"`.
 *
 * @example
 * const { pillar, due } = nextFocus(history, '2026-03-02');
 * due.map((status) => (
 *   <PillarCard key={status.pillar} pillar={status.pillar} status={status}
 *     variant={status.pillar === pillar ? 'focus' : undefined} questionBank={bank} seed="ana" />
 * ));
 */
export const PillarCard = React.forwardRef<HTMLElement, PillarCardProps>(
  function PillarCard(props, forwardedRef) {
    const {
      pillar: pillarProp,
      decision,
      status: statusProp,
      questions: questionsProp,
      variant: variantProp,
      size = 'full',
      headingLevel = 3,
      questionBank,
      questionCount,
      seed,
      avoidQuestionIds,
      onAnotherQuestion,
      takeaways,
      messages: messagesProp,
      className,
      ...rest
    } = props;
    const calendarDate = useCalendarDate();
    const pillar = pillarProp ?? decision?.pillar ?? 'present';
    const status = statusProp ?? decision?.due.find((entry) => entry.pillar === pillar);
    const messages = useMessages('pillarCard', defaultPillarCardMessages, messagesProp);
    const format = useFormat();
    const pillars = usePillarMessages();
    // An unknown id from untyped code shows The Present Moment rather than crashing.
    const text = pillars[pillar] ?? pillars.present;
    const titleId = `${React.useId()}-title`;
    const variant =
      variantProp ??
      (decision?.pillar === pillar ? 'focus' : status && isWorthFlagging(status) ? 'due' : 'quiet');

    const picker = usePickedQuestions(questionBank ?? NO_BANK, {
      pillar,
      count: questionCount,
      seed,
      avoid: avoidQuestionIds,
    });
    const picking = questionsProp === undefined && questionBank !== undefined;
    const questions = (questionsProp ?? (picking ? picker.questions : NO_QUESTIONS)).filter(isShown);
    const canSuggest = onAnotherQuestion !== undefined || picking;

    const Heading = `h${headingLevel}` as const;
    const SubHeading = `h${Math.min(headingLevel + 1, 6) as HeadingLevel}` as const;

    return (
      <article
        aria-labelledby={titleId}
        data-slot="pillar-card"
        data-pillar={pillar}
        data-variant={variant}
        data-size={size}
        className={pillarCardVariants({ pillar, variant, size, className })}
        {...rest}
        ref={forwardedRef}
      >
        <header className="ook-pillar-card__header" data-slot="pillar-card-header">
          <Heading id={titleId} className="ook-pillar-card__title" data-slot="pillar-card-title">
            <span className="ook-pillar-glyph" data-pillar={pillar} aria-hidden="true" />
            {text.title}
          </Heading>
          {variant === 'focus' ? (
            <Badge tone="focus" icon={<FocusIcon />} data-slot="pillar-card-badge" data-variant="focus">
              {messages.focusBadge}
            </Badge>
          ) : variant === 'due' ? (
            status?.overdue ? (
              <Badge tone="overdue" icon={<ClockIcon />} data-slot="pillar-card-badge" data-variant="overdue">
                {messages.overdueBadge}
              </Badge>
            ) : (
              <Badge tone="due" icon={<ClockIcon />} data-slot="pillar-card-badge" data-variant="due">
                {messages.dueBadge}
              </Badge>
            )
          ) : null}
        </header>
        <p className="ook-pillar-card__summary" data-slot="pillar-card-summary">
          {text.summary}
        </p>
        {status ? (
          <p className="ook-pillar-card__meta" data-slot="pillar-card-meta">
            <span data-slot="pillar-card-last-discussed">
              {status.lastDate === null ? (
                messages.notDiscussed
              ) : (
                <>
                  <span className="ook-pillar-card__nowrap">
                    {format(messages.lastDiscussed, { date: status.lastDate })}
                  </span>
                  <span aria-hidden="true">{'\u00a0· '}</span>
                  <span className="ook-pillar-card__nowrap">
                    {format(messages.daysAgo, { days: status.daysSince })}
                  </span>
                </>
              )}
            </span>
            <span
              data-slot="pillar-card-due"
              data-state={status.overdue ? 'overdue' : status.isDue ? 'due' : 'upcoming'}
            >
              {status.overdue
                ? format(messages.overdueBy, { days: status.daysSince - status.everyDays })
                : status.isDue
                  ? messages.dueNow
                  : format(messages.dueOn, { date: status.dueOn })}
            </span>
          </p>
        ) : null}
        {takeaways && takeaways.takeaways.length > 0 ? (
          <section
            aria-labelledby={`${titleId}-takeaways`}
            className="ook-pillar-card__takeaways"
            data-slot="pillar-card-takeaways"
            data-pillar={takeaways.pillar}
          >
            <SubHeading id={`${titleId}-takeaways`} className="ook-pillar-card__takeaways-heading">
              <span className="ook-pillar-glyph" data-pillar={takeaways.pillar} aria-hidden="true" />
              {format(messages.takeawaysFrom, {
                pillar: takeaways.pillar,
                title: pillars[takeaways.pillar]?.title ?? takeaways.pillar,
                date: calendarDate(takeaways.date),
              })}
            </SubHeading>
            <ul className="ook-pillar-card__takeaway-list">
              {takeaways.takeaways.map((text, index) => (
                <li key={index} className="ook-pillar-card__takeaway" data-slot="pillar-card-takeaway">
                  {text}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {questions.length > 0 || canSuggest ? (
          <div className="ook-pillar-card__questions" data-slot="pillar-card-questions">
            <SubHeading
              className="ook-pillar-card__questions-heading"
              data-slot="pillar-card-questions-heading"
            >
              {messages.questionsHeading}
            </SubHeading>
            {questions.length > 0 ? (
              <ul className="ook-pillar-card__question-list" data-slot="pillar-card-question-list">
                {questions.map((question, index) => (
                  <li
                    key={isQuestion(question) ? question.id : index}
                    className="ook-pillar-card__question"
                    data-slot="pillar-card-question"
                  >
                    {isQuestion(question) ? question.text : question}
                  </li>
                ))}
              </ul>
            ) : null}
            {canSuggest ? (
              <button
                type="button"
                className="ook-button ook-button--outline ook-button--sm ook-pillar-card__another"
                data-slot="pillar-card-another"
                onClick={composeEventHandlers(onAnotherQuestion, () => {
                  if (picking) picker.another();
                })}
              >
                {messages.anotherQuestion}
              </button>
            ) : null}
          </div>
        ) : null}
      </article>
    );
  },
);
PillarCard.displayName = PILLAR_CARD_NAME;

// The Present Moment is "due" at nearly every meeting by design; only flag it when it has slipped.
function isWorthFlagging(status: PillarStatus) {
  return status.overdue || (status.isDue && status.pillar !== 'present');
}

const NO_QUESTIONS: readonly PillarCardQuestion[] = [];

function isQuestion(value: PillarCardQuestion): value is Question {
  return (
    typeof value === 'object' &&
    value !== null &&
    !React.isValidElement(value) &&
    'id' in value &&
    'text' in value
  );
}

// Lets a host write `[canAsk && 'Question']`: empty entries render nothing, not an empty bullet.
function isShown(value: PillarCardQuestion) {
  return value !== null && value !== undefined && typeof value !== 'boolean' && value !== '';
}
// Stands in when no bank is given, so the picker hook is always called (hooks keep their order).
const NO_BANK: QuestionPickerBank = { pick: () => [] };
