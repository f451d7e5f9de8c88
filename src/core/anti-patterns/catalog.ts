import { deepFreeze } from '../freeze';
import { ANTI_PATTERN_IDS, type AntiPatternId } from './ids';
import type { AntiPattern } from './types';

const TEXTS: { readonly [id in AntiPatternId]: Omit<AntiPattern, 'id'> } = {
  'status-update': {
    title: 'Status update',
    what: 'The meeting walks through tickets, progress and ETAs: a slower, smaller standup.',
    why: 'The board already knows the status. Time spent reading it aloud is time not spent on how they are, what they want and where they are stuck.',
  },
  'technical-deep-dive': {
    title: 'Technical deep dive',
    what: 'The meeting becomes a debugging session, a code review or an architecture debate.',
    why: 'Solving the problem for them builds dependence, not a problem-solver, and the chance to talk about their growth is gone.',
  },
  'stealth-performance-review': {
    title: 'Stealth performance review',
    what: 'Every topic carries an undertone of evaluation: output, ratings, missed deadlines.',
    why: 'When each meeting feels like judgement, people stop bringing their challenges and candour disappears.',
  },
};

// One entry per id, as a tuple of the same length.
type Catalog<Ids extends readonly unknown[]> = { readonly [index in keyof Ids]: AntiPattern };

/**
 * The three anti-patterns of the method, in the order findings report them (`ANTI_PATTERN_IDS`), each
 * with what it looks like and why it hurts.
 *
 * @example
 * ANTI_PATTERNS.map((pattern) => pattern.id); // ['status-update', 'technical-deep-dive', 'stealth-performance-review']
 */
// Spelled out for readers of the type; a fourth id makes `buildCatalog`'s tuple longer and this fail to compile.
export const ANTI_PATTERNS: readonly [AntiPattern, AntiPattern, AntiPattern] = /* @__PURE__ */ buildCatalog();

// In a function called with a pure annotation, so a bundle that never reads the catalog drops it.
function buildCatalog(): Catalog<typeof ANTI_PATTERN_IDS> {
  return deepFreeze(ANTI_PATTERN_IDS.map((id) => ({ id, ...TEXTS[id] }))) as unknown as Catalog<
    typeof ANTI_PATTERN_IDS
  >;
}
