// API reports: one Markdown file per public entry of package.json `exports` (its ESM types in dist/),
// written by API Extractor into api-report/. A change to the public surface then shows in review.
//   node scripts/api-report.mjs          rewrite the reports (after `npm run build`): `npm run api:update`
//   node scripts/api-report.mjs --check  exit 1 when a report differs from what dist/ declares
//   --report-folder <dir>                compare with (or write) reports elsewhere than api-report/
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const reportFolder = path.resolve(option('--report-folder') ?? path.join(root, 'api-report'));
const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Every `exports` subpath that has types: `.` → one-on-one-kit, `./core` → one-on-one-kit/core. */
export function publicEntries() {
  return Object.entries(manifest.exports).flatMap(([subpath, target]) => {
    const types = typeof target === 'object' ? target.import?.types : undefined;
    if (!types) return [];
    const name = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
    return [{ name, types: path.join(root, types), report: `${name.replaceAll('/', '.')}.api.md` }];
  });
}

const cache = path.join(root, 'node_modules/.cache/api-report');

/**
 * TypeScript paths that send each entry's name to its types through a link under node_modules, so
 * API Extractor reports `import { PillarId } from 'one-on-one-kit/core'` instead of treating another
 * entry's types as this entry's own (it counts only node_modules as external).
 */
function entryPaths() {
  return Object.fromEntries(
    publicEntries().map((entry) => {
      const link = path.join(cache, 'entries', entry.report);
      rmSync(link, { recursive: true, force: true });
      mkdirSync(path.dirname(link), { recursive: true });
      symlinkSync(path.dirname(entry.types), link, 'dir');
      return [entry.name, [path.join(link, path.basename(entry.types))]];
    }),
  );
}

function configFor(entry, paths) {
  return ExtractorConfig.prepare({
    configObjectFullPath: undefined,
    packageJsonFullPath: path.join(root, 'package.json'),
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: entry.types,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            jsx: 'react-jsx',
            strict: true,
            skipLibCheck: true,
            types: [],
            preserveSymlinks: true,
            paths,
          },
          files: [entry.types],
        },
      },
      apiReport: {
        enabled: true,
        reportFolder,
        reportFileName: entry.report,
        reportTempFolder: path.join(cache, 'temp'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // The kit has one release stage: everything exported is public, so no @public tags.
        extractorMessageReporting: {
          default: { logLevel: 'warning', addToApiReportFile: true },
          'ae-missing-release-tag': { logLevel: 'none' },
          // Docs are test/package/tsdoc.test.ts's concern, not the API's shape.
          'ae-unresolved-link': { logLevel: 'none' },
          'ae-undocumented': { logLevel: 'none' },
        },
        // TSDoc style is checked by test/package/tsdoc.test.ts.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
        compilerMessageReporting: { default: { logLevel: 'warning' } },
      },
    },
  });
}

if (!existsSync(path.join(root, 'dist'))) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
mkdirSync(reportFolder, { recursive: true });
const paths = entryPaths();
const entries = publicEntries().map((entry) => ({ ...entry, config: configFor(entry, paths) }));
// One TypeScript program serves every entry.
const compilerState = CompilerState.create(entries[0].config, {
  additionalEntryPoints: entries.map((entry) => entry.types),
});
const changed = [];
for (const entry of entries) {
  const result = Extractor.invoke(entry.config, {
    compilerState,
    // A local build rewrites the report; a check only compares.
    localBuild: !check,
    showVerboseMessages: false,
    messageCallback: (message) => {
      // The "API signature changed" warning is reported below, once, with the fix.
      if (message.messageId === 'console-api-report-changed') message.handled = true;
    },
  });
  if (result.apiReportChanged) changed.push(entry.report);
  if (result.errorCount > 0 || (check && result.warningCount > 0 && !result.apiReportChanged)) {
    console.error(`API Extractor failed on ${entry.name}`);
    process.exit(1);
  }
}
if (check && changed.length > 0) {
  console.error(
    `The public API differs from ${changed.map((report) => path.relative(root, path.join(reportFolder, report))).join(', ')}.\n` +
      'If the change is intended, run `npm run build && npm run api:update` and commit the report.',
  );
  process.exit(1);
}
const names = entries.map((entry) => entry.name).join(', ');
console.log(
  check ? `API reports match dist/ (${names})` : `API reports written to ${reportFolder} (${names})`,
);
