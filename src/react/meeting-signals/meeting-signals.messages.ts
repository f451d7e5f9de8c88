import type { MeetingSignalKind } from 'one-on-one-kit/core';

/**
 * Every string MeetingSignals shows, as data (strings with `{placeholders}` and plural forms, see
 * `formatMessage`). The component speaks to the manager. Replace any of them with the `messages` prop
 * or `<OneOnOneKitProvider messages={{ meetingSignals: { … } }}>`.
 *
 * Placeholders, by kind: `{value}` is the signal's number (for `manager-owned-agenda`, `{percent}`
 * is the report's share in per cent); `{item}` the carried item's text (shortened);
 * `{pillar}` the overdue pillar's title.
 *
 * @example
 * <MeetingSignals signals={signals} messages={{ dismiss: 'Ignorer' }} />
 */
export interface MeetingSignalsMessages {
  /** The heading. `{count}`: signals still shown. */
  heading: string;
  /** What each signal is about, by kind. */
  titles: Record<MeetingSignalKind, string>;
  /** `carried-over`'s title when the item's text is not known. */
  carriedOverWithoutItem: string;
  /** The big number, by kind: `'{percent}%'`, `'{value}'`. */
  figures: Record<MeetingSignalKind, string>;
  /** The words under the number, by kind (plural forms on `{value}`). */
  captions: Record<MeetingSignalKind, string>;
  /** The coaching line for the manager, by kind. */
  coaching: Record<MeetingSignalKind, string>;
  /** The dismiss button's visible text. */
  dismiss: string;
  /** The dismiss button's accessible name. `{signal}`: the signal's title. */
  dismissLabel: string;
}

/**
 * MeetingSignals' English strings.
 * @example defaultMeetingSignalsMessages.titles['feedback-not-asked']; // 'You have not asked for feedback lately'
 */
export const defaultMeetingSignalsMessages: MeetingSignalsMessages = {
  heading:
    '{count, plural, one {One thing to look at before this 1:1} other {# things to look at before this 1:1}}',
  titles: {
    'manager-owned-agenda': 'Most of this agenda is yours',
    'carried-over': '“{item}” keeps being carried over',
    'feedback-not-asked': 'You have not asked for feedback lately',
    'pillar-overdue': '{pillar} is overdue',
  },
  carriedOverWithoutItem: 'An item keeps being carried over',
  figures: {
    'manager-owned-agenda': '{percent}%',
    'carried-over': '×{value}',
    'feedback-not-asked': '{value}',
    'pillar-overdue': '{value}',
  },
  captions: {
    'manager-owned-agenda': 'written by them',
    'carried-over': '{value, plural, one {meeting} other {meetings}}',
    'feedback-not-asked': '{value, plural, one {meeting without an ask} other {meetings without an ask}}',
    'pillar-overdue': '{value, plural, one {day since} other {days since}}',
  },
  coaching: {
    'manager-owned-agenda':
      'The meeting is theirs: ask what they want to talk about and let their topics lead. Yours can wait for another channel.',
    'carried-over':
      'Ask whether it still matters to them and what is in the way. Let them choose a small next step, or let it go.',
    'feedback-not-asked':
      'End this 1:1 by asking what you could do better for them. Even when nothing comes, asking keeps it a two-way street.',
    'pillar-overdue':
      'Make it the focus soon: open with one of its questions, listen more than you talk, and give it the time.',
  },
  dismiss: 'Dismiss',
  dismissLabel: 'Dismiss “{signal}”',
};
