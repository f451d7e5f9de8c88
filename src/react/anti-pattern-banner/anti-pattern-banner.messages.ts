import type { AntiPatternId } from 'one-on-one-kit/core';

/**
 * Every string AntiPatternBanner shows. Replace any of them with the `messages` prop or
 * `<OneOnOneKitProvider messages={{ antiPatternBanner: { … } }}>`.
 *
 * @example
 * <AntiPatternBanner findings={findings} messages={{ suggestionLabel: 'Essayez plutôt' }} />
 */
export interface AntiPatternBannerMessages {
  /** The banner's heading for `count` findings still shown. */
  heading: (count: number) => string;
  /** The short name of each anti-pattern. */
  patterns: Record<AntiPatternId, string>;
  /** Before the words that fired when the item's text is not known. */
  evidenceLabel: string;
  /** Before the reframe. */
  suggestionLabel: string;
  /** The dismiss button's visible text. */
  dismiss: string;
  /** The dismiss button's accessible name: what exactly it dismisses. */
  dismissLabel: (pattern: string, itemText: string | undefined) => string;
}

function shorten(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * AntiPatternBanner's English strings.
 * @example defaultAntiPatternBannerMessages.patterns['status-update']; // 'Status update'
 */
export const defaultAntiPatternBannerMessages: AntiPatternBannerMessages = {
  heading: (count) =>
    count === 1
      ? 'This may pull the 1:1 away from the person'
      : `${count} things may pull the 1:1 away from the person`,
  patterns: {
    'status-update': 'Status update',
    'technical-deep-dive': 'Technical deep dive',
    'stealth-performance-review': 'Stealth performance review',
  },
  evidenceLabel: 'Words that stood out:',
  suggestionLabel: 'Try instead:',
  dismiss: 'Dismiss',
  dismissLabel: (pattern, itemText) =>
    itemText === undefined ? `Dismiss “${pattern}”` : `Dismiss “${pattern}” on “${shorten(itemText, 60)}”`,
};
