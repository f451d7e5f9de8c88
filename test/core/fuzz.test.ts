// The fuzz suite over the sources. `npm test` runs this seeded slice in every time zone it tries;
// `npm run fuzz` runs 120,000 cases or more (FUZZ_CASES, FUZZ_SEED; the seed is printed).
import * as core from 'one-on-one-kit/core';
import { describeFuzz } from './fuzz/suite';

describeFuzz(core, {
  cases: Number(process.env['FUZZ_CASES'] ?? 3_000),
  seed: Number(process.env['FUZZ_SEED'] ?? 20_261_204),
  label: 'sources',
});
