// The fuzz suite against dist/core as published (run after `npm run build`): a small seeded slice, so
// the build itself (bundling, pure annotations, the frozen constants) is held to the same promise.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeFuzz } from '../core/fuzz/suite';
import type { CoreModule } from '../core/fuzz/values';

const entry = pathToFileURL(path.resolve(__dirname, '../../dist/core/index.js')).href;
const core = (await import(/* @vite-ignore */ entry)) as CoreModule;

describeFuzz(core, { cases: 800, seed: 20_261_205, label: 'built package' });
