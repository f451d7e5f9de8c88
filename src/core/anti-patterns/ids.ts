/**
 * The ids of the three ways a 1:1 slides away from the person, in the order findings report them:
 * part of the public contract. Every list of anti-patterns (the catalog, the rules, the fitted
 * weights, the React labels) derives from this one.
 *
 * @example
 * ANTI_PATTERN_IDS.includes('status-update'); // true
 */
export const ANTI_PATTERN_IDS = /* @__PURE__ */ Object.freeze([
  'status-update',
  'technical-deep-dive',
  'stealth-performance-review',
] as const);

/** One of {@link ANTI_PATTERN_IDS}. */
export type AntiPatternId = (typeof ANTI_PATTERN_IDS)[number];
