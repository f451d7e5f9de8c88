import type { AntiPatternId } from 'one-on-one-kit/core';

/**
 * Every string AntiPatternBanner shows, as data (strings with `{placeholders}`, see `formatMessage`).
 * Replace any of them with the `messages` prop or
 * `<OneOnOneKitProvider messages={{ antiPatternBanner: { … } }}>`.
 *
 * @example
 * <AntiPatternBanner findings={findings} messages={{ suggestionLabel: 'Essayez plutôt' }} />
 */
export interface AntiPatternBannerMessages {
  /** The banner's heading. `{count}`: findings still shown. */
  heading: string;
  /** The name of each anti-pattern; the same words as `agendaBoard.flags`. */
  patterns: Record<AntiPatternId, string>;
  /** Before the words that fired when the item's text is not known. */
  evidenceLabel: string;
  /** Before the reframe. */
  suggestionLabel: string;
  /** The dismiss button's visible text. */
  dismiss: string;
  /** The dismiss button's accessible name. `{pattern}`: the pattern's name; `{item}`: the item's text, shortened. */
  dismissLabel: string;
  /** The same when the item's text is not known: `{pattern}` only. */
  dismissLabelWithoutItem: string;
}

/**
 * AntiPatternBanner's English strings.
 * @example defaultAntiPatternBannerMessages.patterns['status-update']; // 'Looks like a status update'
 */
export const defaultAntiPatternBannerMessages: AntiPatternBannerMessages = {
  heading:
    '{count, plural, one {This may pull the 1:1 away from the person} other {# things may pull the 1:1 away from the person}}',
  patterns: {
    'status-update': 'Looks like a status update',
    'technical-deep-dive': 'Looks like a technical deep dive',
    'stealth-performance-review': 'Looks like a performance review',
  },
  evidenceLabel: 'Words that stood out:',
  suggestionLabel: 'Try instead:',
  dismiss: 'Dismiss',
  dismissLabel: 'Dismiss “{pattern}” on “{item}”',
  dismissLabelWithoutItem: 'Dismiss “{pattern}”',
};
