import * as React from 'react';
import type { AgendaItem, ReviewOutcome } from 'one-on-one-kit/core';
import { badgeClassName } from '../internal/badge';
import { CarriedOverIcon } from '../internal/icons';
import type { AgendaBoardWords } from './agenda-board-item';

const REVIEW_NAME = 'AgendaBoardReview';

const OUTCOMES: readonly ReviewOutcome[] = ['done', 'carried', 'dropped'];
const CARRIED_OVER_BADGE = badgeClassName('carried-over');

export interface AgendaBoardReviewProps {
  boardId: string;
  /** Next steps brought back from the last meeting, in agenda order. */
  items: readonly AgendaItem[];
  readOnly: boolean;
  words: AgendaBoardWords;
  onReview: (id: string, outcome: ReviewOutcome) => void;
}

/** The outcome an item stands at: ticked, dropped at a review, or (by default) carried on. */
export function outcomeOf(item: AgendaItem): ReviewOutcome {
  return item.done ? 'done' : item.dropped ? 'dropped' : 'carried';
}

/**
 * Last meeting's next steps, each with a choice of three native radio buttons in a fieldset named by
 * the step: done, carry on, or drop. Arrow keys move between them, as in any radio group.
 */
export const AgendaBoardReview = React.memo(function AgendaBoardReview(props: AgendaBoardReviewProps) {
  const { boardId, items, readOnly, words, onReview } = props;
  const { messages, format, pillarTitle } = words;
  const headingId = `${boardId}-review-heading`;
  const labels: Record<ReviewOutcome, string> = {
    done: messages.reviewDone,
    carried: messages.reviewCarried,
    dropped: messages.reviewDropped,
  };
  return (
    // A named group, not a region: the board's regions are its pillars.
    <div
      role="group"
      aria-labelledby={headingId}
      className="ook-agenda-board-review"
      data-slot="agenda-board-review"
    >
      <header className="ook-agenda-board-review__header">
        <h3 id={headingId} className="ook-agenda-board-review__title">
          {messages.reviewTitle}
        </h3>
        <p className="ook-agenda-board-review__description">{messages.reviewDescription}</p>
      </header>
      <div className="ook-agenda-board-review__list">
        {items.map((item) => {
          const outcome = outcomeOf(item);
          return (
            <div
              key={item.id}
              className="ook-agenda-board-review__item"
              data-slot="agenda-board-review-item"
              data-item-id={item.id}
              data-outcome={outcome}
            >
              <fieldset className="ook-agenda-board-review__fieldset" disabled={readOnly}>
                <legend className="ook-agenda-board-review__text">{item.text}</legend>
                {/* Where the step lives and how often it came back, as the board's rows show them. */}
                <p className="ook-agenda-board-review__meta" aria-hidden="true">
                  <span className="ook-agenda-board-review__pillar">
                    {item.pillar === null ? null : (
                      <span className="ook-pillar-glyph" data-pillar={item.pillar} />
                    )}
                    {pillarTitle(item.pillar)}
                  </span>
                  {item.carriedOver > 0 ? (
                    <span className={CARRIED_OVER_BADGE}>
                      <CarriedOverIcon />
                      {format(messages.carriedOver, { count: item.carriedOver })}
                    </span>
                  ) : null}
                </p>
                <div className="ook-agenda-board-review__choices">
                  {OUTCOMES.map((choice) => (
                    <label key={choice} className="ook-agenda-board-review__choice" data-outcome={choice}>
                      <input
                        type="radio"
                        name={`${boardId}-${item.id}-review`}
                        value={choice}
                        checked={outcome === choice}
                        onChange={() => onReview(item.id, choice)}
                      />
                      {labels[choice]}
                    </label>
                  ))}
                </div>
                {outcome === 'dropped' ? (
                  <p className="ook-agenda-board-review__note">{messages.reviewDroppedNote}</p>
                ) : null}
              </fieldset>
            </div>
          );
        })}
      </div>
    </div>
  );
});
AgendaBoardReview.displayName = REVIEW_NAME;
