/**
 * Every string PillarCard shows, as data (strings with `{placeholders}`, see `formatMessage`). The
 * pillar's title and summary come from the `pillars` messages. Replace any of them with the
 * `messages` prop or `<OneOnOneKitProvider messages={{ pillarCard: { … } }}>`.
 *
 * @example
 * <PillarCard pillar="horizon" messages={{ focusBadge: 'Focus du jour' }} />
 */
export interface PillarCardMessages {
  /** The badge on this meeting's focus pillar; the same words as `agendaBoard.focusBadge`. */
  focusBadge: string;
  dueBadge: string;
  /** The badge on a pillar past its interval. */
  overdueBadge: string;
  /** "Last discussed 2026-10-12". `{date}`: a `YYYY-MM-DD` date. */
  lastDiscussed: string;
  /** "41 days ago", shown after `lastDiscussed`. `{days}`. */
  daysAgo: string;
  notDiscussed: string;
  /** `{date}`: when the pillar falls due. */
  dueOn: string;
  dueNow: string;
  /** `{days}`: days past the pillar's interval. */
  overdueBy: string;
  questionsHeading: string;
  anotherQuestion: string;
  /**
   * Heading over the takeaways that inform this meeting. `{pillar}`: the id of the pillar they come
   * from (`horizon`, `near-future`, `present`, for a `select`); `{title}`: its title; `{date}`: the
   * talk's date in words.
   */
  takeawaysFrom: string;
}

/**
 * PillarCard's English strings.
 * @example const german = { ...defaultPillarCardMessages, focusBadge: 'Fokus dieser Woche' };
 */
export const defaultPillarCardMessages: PillarCardMessages = {
  focusBadge: 'Focus',
  dueBadge: 'Due',
  overdueBadge: 'Overdue',
  lastDiscussed: 'Last discussed {date}',
  daysAgo: '{days, plural, =0 {today} one {# day ago} other {# days ago}}',
  notDiscussed: 'Not discussed yet',
  dueOn: 'Due {date}',
  dueNow: 'Due now',
  overdueBy: '{days, plural, one {Overdue by # day} other {Overdue by # days}}',
  questionsHeading: 'Questions to explore',
  anotherQuestion: 'Suggest another question',
  takeawaysFrom:
    '{pillar, select, horizon {From your Horizon talk on {date}} near-future {From your Near Future talk on {date}} other {From your talk on {title}, {date}}}',
};
