import type { OptionSpec } from '../args';

// Options several commands share, defined once so their help reads the same everywhere.

export const HISTORY: OptionSpec = {
  type: 'string',
  value: '<file>',
  help: 'past meetings: a JSON array of meeting records, or the history serializeHistory writes (default: none on record)',
};

export const CADENCE: Readonly<Record<string, OptionSpec>> = {
  'meeting-every': { type: 'string', value: '<days>', help: 'days between 1:1s (default 7)' },
  'near-future-every': {
    type: 'string',
    value: '<days>',
    help: 'days between Near Future talks (default 28)',
  },
  'horizon-every': { type: 'string', value: '<days>', help: 'days between Horizon talks (default 42)' },
};

export const SEED: OptionSpec = {
  type: 'string',
  value: '<text>',
  help: 'the same seed picks the same questions',
};
