import { PILLARS, type PillarId } from 'one-on-one-kit/core';

/**
 * A pillar's words: its title ("The Horizon") and what its conversation is for.
 * @example const horizon: PillarText = { title: 'L’horizon', summary: 'Carrière et aspirations.' };
 */
export interface PillarText {
  title: string;
  summary: string;
}

/**
 * The pillars' words, by pillar: shared by AgendaBoard (columns, menus, announcements) and PillarCard.
 * @example const titles: PillarMessages['horizon']['title'] = 'The Horizon';
 */
export type PillarMessages = Record<PillarId, PillarText>;

function fromPillars(): PillarMessages {
  const [present, nearFuture, horizon] = PILLARS;
  const text = ({ title, summary }: PillarText): PillarText => ({ title, summary });
  return { present: text(present), 'near-future': text(nearFuture), horizon: text(horizon) };
}

/**
 * The pillars' English titles and summaries, taken from the core's `PILLARS`.
 * @example defaultPillarMessages.horizon.title; // 'The Horizon'
 */
export const defaultPillarMessages: PillarMessages = /* @__PURE__ */ fromPillars();
