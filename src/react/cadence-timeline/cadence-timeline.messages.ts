/**
 * Every string CadenceTimeline shows, as data (strings with `{placeholders}` and plural forms, see
 * `formatMessage`). Pillar titles come from the `pillars` messages and dates from the `dates`
 * messages. Replace any of them with the `messages` prop or
 * `<OneOnOneKitProvider messages={{ cadenceTimeline: { … } }}>`.
 *
 * @example
 * <CadenceTimeline history={history} plan={plan} messages={{ title: 'Ritmo de las 1:1' }} />
 */
export interface CadenceTimelineMessages {
  title: string;
  /**
   * The line under the title. `{held}` and `{planned}`: meetings; `{from}`: the first date shown, in
   * words; `{asked}` and `{received}`: held meetings where feedback was asked, and where it came.
   */
  summary: string;
  /** The chart's accessible name. `{held}`, `{planned}`, `{table}` (the table's toggle text). */
  chartLabel: string;
  /** Over the planned part of the chart. */
  plannedArea: string;
  /** The lane of feedback marks. */
  feedbackLane: string;
  legendAsked: string;
  legendReceived: string;
  /** Above the balance. `{from}`: the first date counted, in words. */
  balanceHeading: string;
  /** `{count}`: held meetings that focused on the pillar. */
  balanceCount: string;
  /** `{percent}`: their share of the held meetings. */
  balanceShare: string;
  /** The disclosure that shows every meeting as a table. */
  tableToggle: string;
  columnDate: string;
  columnFocus: string;
  columnStatus: string;
  columnFeedback: string;
  /** A meeting held, in the table and the legend. */
  held: string;
  /** A meeting planned, in the table and the legend. */
  planned: string;
  /** The next planned meeting, in the table and its marker's tooltip. */
  next: string;
  feedbackReceived: string;
  feedbackAsked: string;
  feedbackNotAsked: string;
  /** A marker's tooltip. `{date}`, `{pillar}`, `{status}`, `{feedback}`. */
  meetingTitle: string;
  /** Shown instead of the chart when there is nothing to show. */
  empty: string;
}

/**
 * CadenceTimeline's English strings.
 * @example defaultCadenceTimelineMessages.tableToggle; // 'Every meeting as a table'
 */
export const defaultCadenceTimelineMessages: CadenceTimelineMessages = {
  title: 'The rhythm of your 1:1s',
  summary:
    '{held, plural, =0 {No 1:1s held yet} one {# 1:1 held since {from}} other {# 1:1s held since {from}}}\u00a0· {planned} planned\u00a0· feedback asked {asked, plural, one {once} other {# times}}, received {received, plural, one {once} other {# times}}',
  chartLabel:
    'Timeline of {held} held and {planned} planned 1:1s by pillar, with feedback asked and received. “{table}” below lists each meeting.',
  plannedArea: 'Planned',
  feedbackLane: 'Feedback',
  legendAsked: 'Feedback asked',
  legendReceived: 'Feedback received',
  balanceHeading: 'Balance since {from}',
  balanceCount: '{count, plural, one {# meeting} other {# meetings}}',
  balanceShare: '{percent}%',
  tableToggle: 'Every meeting as a table',
  columnDate: 'Date',
  columnFocus: 'Focus',
  columnStatus: 'Status',
  columnFeedback: 'Feedback',
  held: 'Held',
  planned: 'Planned',
  next: 'Next',
  feedbackReceived: 'Asked, and it came',
  feedbackAsked: 'Asked, none came',
  feedbackNotAsked: 'Not asked',
  meetingTitle: '{date}: {pillar} ({status}). {feedback}',
  empty: 'No 1:1s held or planned yet.',
};
