/**
 * How the kit writes calendar dates (`2026-10-12` → "12 Oct"), as data: month names and the order of
 * day, month and year. Shared by every component that shows a date in words (CadenceTimeline,
 * PillarCard's takeaways). Replace them with `<OneOnOneKitProvider messages={{ dates: { … } }}>`.
 *
 * @example
 * const german: DateMessages = { ...defaultDateMessages, dayMonth: '{day}. {month}', months: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'] };
 */
export interface DateMessages {
  /** Short month names, January first: twelve of them. */
  months: readonly string[];
  /** A day of a month. `{day}` (a number), `{month}` (from `months`), `{year}`. */
  dayMonth: string;
  /** The same with its year, where the year is not clear from around it. */
  dayMonthYear: string;
}

/**
 * The English way of writing dates: "12 Oct", "12 Oct 2026".
 * @example formatCalendarDate('2026-10-12', defaultDateMessages); // '12 Oct'
 */
export const defaultDateMessages: DateMessages = {
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  dayMonth: '{day} {month}',
  dayMonthYear: '{day} {month} {year}',
};
