import type { Pillar } from 'one-on-one-kit/core';

/**
 * Every string PillarCard shows. Replace any of them with the `messages` prop or
 * `<OneOnOneKitProvider messages={{ pillarCard: { … } }}>`.
 *
 * @example
 * <PillarCard pillar="horizon" messages={{ focusBadge: 'Focus du jour' }} />
 */
export interface PillarCardMessages {
  /** The pillar's name, e.g. "The Horizon". */
  title: (pillar: Pillar) => string;
  /** What the pillar's conversation is for. */
  summary: (pillar: Pillar) => string;
  focusBadge: string;
  dueBadge: string;
  /** "Last discussed 2026-10-12". */
  lastDiscussed: (date: string) => string;
  /** "41 days ago", shown after `lastDiscussed`. */
  daysAgo: (days: number) => string;
  notDiscussed: string;
  dueOn: (date: string) => string;
  dueNow: string;
  overdueBy: (days: number) => string;
  questionsHeading: string;
  anotherQuestion: string;
}

/**
 * PillarCard's English strings.
 * @example const german = { ...defaultPillarCardMessages, focusBadge: 'Fokus dieser Woche' };
 */
export const defaultPillarCardMessages: PillarCardMessages = {
  title: (pillar) => pillar.title,
  summary: (pillar) => pillar.summary,
  focusBadge: 'This week’s focus',
  dueBadge: 'Due',
  lastDiscussed: (date) => `Last discussed ${date}`,
  daysAgo: (days) => (days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`),
  notDiscussed: 'Not discussed yet',
  dueOn: (date) => `Due ${date}`,
  dueNow: 'Due now',
  overdueBy: (days) => (days === 1 ? 'Overdue by 1 day' : `Overdue by ${days} days`),
  questionsHeading: 'Questions to explore',
  anotherQuestion: 'Suggest another question',
};
