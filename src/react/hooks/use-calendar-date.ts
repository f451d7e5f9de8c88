import * as React from 'react';
import { defaultDateMessages, formatCalendarDate } from 'one-on-one-kit/server-safe';
import { useLocale, useMessages } from '../provider';

/**
 * Writes `YYYY-MM-DD` dates in words with the provider's `dates` messages and locale.
 * @internal
 */
export function useCalendarDate(): (date: string, options?: { year?: boolean }) => string {
  const messages = useMessages('dates', defaultDateMessages);
  const locale = useLocale();
  return React.useCallback(
    (date, options) => formatCalendarDate(date, messages, { year: options?.year, locale }),
    [messages, locale],
  );
}
