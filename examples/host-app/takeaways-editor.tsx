import * as React from 'react';
import { TAKEAWAY_LIMITS } from 'one-on-one-kit/core';

/** The host's own small form for what the report takes away from this meeting's focus pillar. */
export function TakeawaysEditor(props: {
  pillarTitle: string;
  value: readonly string[];
  onValueChange: (takeaways: string[]) => void;
}) {
  const { pillarTitle, value, onValueChange } = props;
  const [draft, setDraft] = React.useState('');
  const id = React.useId();
  const full = value.length >= TAKEAWAY_LIMITS.perPillar;
  return (
    <div className="host-app__takeaways" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Takeaways</h3>
      <p className="host-app__muted" id={`${id}-hint`}>
        What are they taking away from {pillarTitle}? It will open the next meeting it informs.
      </p>
      {value.length > 0 ? (
        <ul className="host-app__takeaway-list">
          {value.map((text, index) => (
            <li key={`${index}-${text}`}>
              <span>{text}</span>
              <button
                type="button"
                className="ook-button ook-button--ghost ook-button--sm"
                aria-label={`Remove takeaway “${text}”`}
                onClick={() => onValueChange(value.filter((_, at) => at !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        type="text"
        className="ook-input"
        aria-label="Add a takeaway"
        aria-describedby={`${id}-hint`}
        placeholder={full ? `Up to ${TAKEAWAY_LIMITS.perPillar} takeaways` : 'A takeaway, press Enter'}
        maxLength={TAKEAWAY_LIMITS.length}
        disabled={full}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || event.nativeEvent.isComposing || draft.trim() === '') return;
          event.preventDefault();
          onValueChange([...value, draft.trim()]);
          setDraft('');
        }}
      />
    </div>
  );
}
