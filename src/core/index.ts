// The headless core: pure TypeScript, no React, no DOM, no clock. Explicit named exports only.

export { OneOnOneError } from './errors';
export type { OneOnOneErrorCode, OneOnOneIssue } from './errors';

export { PILLARS, PILLAR_IDS, getPillar, isPillarId } from './pillars';
export type { Pillar, PillarId } from './pillars';

export { addDays, daysBetween, isIsoDate } from './dates';
export type { IsoDate } from './dates';

export type { MeetingRecord } from './history';
