import { useState } from 'react';
import { FeedbackAsk, type FeedbackResponse } from 'one-on-one-kit';

export function FeedbackAskUsage() {
  const [saved, setSaved] = useState<FeedbackResponse | null>(null);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 16 }}>
      <FeedbackAsk onSubmit={setSaved} />
      <p style={{ margin: 0 }}>
        {saved === null
          ? 'Nothing saved yet.'
          : saved.received
            ? `Saved: “${saved.feedback}”`
            : 'Saved: none this time.'}
      </p>
    </div>
  );
}
