import * as React from 'react';
import {
  nextFocus,
  type CadenceOptions,
  type FocusDecision,
  type CalendarDate,
  type MeetingRecord,
} from 'one-on-one-kit/core';

/**
 * The focus for the meeting on `on` — `nextFocus(history, on, options)` from the core, memoised so it
 * only recomputes when the history, the date or an option value changes (an inline `options` object
 * does not cause recomputation). Pass "today" in from the host; the hook never reads the clock.
 * Throws the core's `OneOnOneError` for an invalid history, date or options.
 *
 * @example
 * const { pillar, reason, due } = useNextFocus(history, '2026-03-02', { meetingEveryDays: 14 });
 */
export function useNextFocus(
  history: readonly MeetingRecord[],
  on: CalendarDate,
  options?: CadenceOptions,
): FocusDecision {
  const meetingEveryDays = options?.meetingEveryDays;
  const nearFutureEveryDays = options?.nearFutureEveryDays;
  const horizonEveryDays = options?.horizonEveryDays;
  const hasOptions = options !== undefined;
  return React.useMemo(() => {
    if (!hasOptions) return nextFocus(history, on);
    return nextFocus(history, on, { meetingEveryDays, nearFutureEveryDays, horizonEveryDays });
    // The option values, not the object's identity, decide whether to recompute.
  }, [history, on, hasOptions, meetingEveryDays, nearFutureEveryDays, horizonEveryDays]);
}
