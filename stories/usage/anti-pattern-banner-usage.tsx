import { useState } from 'react';
import { AntiPatternBanner } from 'one-on-one-kit';
import { detectAntiPatterns } from 'one-on-one-kit/core';

export function AntiPatternBannerUsage() {
  // Text shown without a board, such as the note on a calendar invite: the banner flags it as it is typed.
  const [note, setNote] = useState('Go through the status of PAY-1234 and the ETA');
  const items = [{ id: 'invite-note', text: note }];
  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 560 }}>
      <label style={{ display: 'grid', gap: 4 }}>
        Note on the 1:1 invite
        <textarea
          className="ook-input"
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <AntiPatternBanner findings={detectAntiPatterns(items)} items={items} dismissible={false} />
    </div>
  );
}
