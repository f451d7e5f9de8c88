import { deepFreeze } from './freeze';

/** The three pillars a 1:1 rotates through. */
export type PillarId = 'present' | 'near-future' | 'horizon';

/** A pillar of the method: what it is called and what it is for. */
export interface Pillar {
  readonly id: PillarId;
  /** The pillar's name, e.g. "The Near Future". */
  readonly title: string;
  /** One sentence on what the conversation is for. */
  readonly summary: string;
  /** What to explore there, a few words each. */
  readonly explores: readonly string[];
  /** About how often it is the focus, in words, e.g. "about once a month". */
  readonly rhythm: string;
}

/**
 * The pillars in the order they inform each other backwards: The Horizon informs The Near Future,
 * which informs The Present Moment. Frozen, like every constant the core exports.
 *
 * @example
 * PILLARS.map((pillar) => pillar.title); // ['The Present Moment', 'The Near Future', 'The Horizon']
 */
export const PILLARS: readonly [Pillar, Pillar, Pillar] = /* @__PURE__ */ deepFreeze([
  {
    id: 'present',
    title: 'The Present Moment',
    summary: 'How they are right now: energy, what is on their mind, where they feel stuck, their wins.',
    explores: ['energy', 'what is on their mind', 'where they feel stuck', 'wins', 'wellbeing'],
    rhythm: 'most meetings',
  },
  {
    id: 'near-future',
    title: 'The Near Future',
    summary: 'Growth and impact in the coming weeks or months: what would make the biggest difference.',
    explores: ['growth', 'impact', 'the biggest difference', 'where the team gets stuck'],
    rhythm: 'about once a month',
  },
  {
    id: 'horizon',
    title: 'The Horizon',
    summary: 'Career and aspirations: the skills they want and the kind of leader they want to become.',
    explores: ['career goals', 'aspirations', 'skills', 'the leader they want to become'],
    rhythm: 'about every six weeks',
  },
]);

/**
 * The pillar ids, in `PILLARS` order.
 * @example PILLAR_IDS.map((id) => getPillar(id)?.title); // ['The Present Moment', 'The Near Future', 'The Horizon']
 */
export const PILLAR_IDS: readonly PillarId[] = /* @__PURE__ */ Object.freeze([
  'present',
  'near-future',
  'horizon',
]);

/**
 * Whether `value` is one of the three pillar ids.
 * @example isPillarId(new URLSearchParams(location.search).get('pillar')); // narrows to PillarId
 */
export function isPillarId(value: unknown): value is PillarId {
  return PILLAR_IDS.includes(value as PillarId);
}

/**
 * The pillar with this id, or `undefined` for an unknown id.
 * @example getPillar('horizon')?.title // 'The Horizon'
 */
export function getPillar(id: PillarId): Pillar | undefined {
  return PILLARS.find((pillar) => pillar.id === id);
}
