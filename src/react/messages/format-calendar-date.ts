import { defaultDateMessages, type DateMessages } from './date-messages';
import { formatMessage } from './format-message';

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

/**
 * Writes a `YYYY-MM-DD` date in words from {@link DateMessages}, the same on a server and in every
 * time zone (no `Date` object, no `Intl` calendar). Text that is not such a date is returned as given.
 *
 * @example
 * formatCalendarDate('2026-10-12'); // '12 Oct'
 * formatCalendarDate('2026-10-12', defaultDateMessages, { year: true }); // '12 Oct 2026'
 */
export function formatCalendarDate(
  date: string,
  messages: DateMessages = defaultDateMessages,
  { year = false, locale = 'en' }: { year?: boolean; locale?: string } = {},
): string {
  const match = ISO_DATE.exec(date);
  const month = match ? messages.months[+match[2]! - 1] : undefined;
  if (!match || month === undefined) return date;
  // The year goes in as text: as a number it would be grouped the locale's way (2,026).
  return formatMessage(
    year ? messages.dayMonthYear : messages.dayMonth,
    { day: +match[3]!, month, year: match[1] },
    locale,
  );
}
