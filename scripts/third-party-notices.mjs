// Writes THIRD-PARTY-NOTICES.md for the code bundled into dist/: each package esbuild inlined (it marks
// them with `// node_modules/<package>/…` comments), its version, licence and licence file, and the full
// text of the Apache License when a bundled package uses it.
//   node scripts/third-party-notices.mjs          rewrite the file (after `npm run build`)
//   node scripts/third-party-notices.mjs --check  exit 1 when the committed file is out of date
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'THIRD-PARTY-NOTICES.md');

function distFiles(dir = path.join(root, 'dist')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return distFiles(file);
    return /\.(c?js)$/.test(entry.name) ? [file] : [];
  });
}

/** The packages whose code dist/ contains, by name. */
export function bundledPackages() {
  if (!existsSync(path.join(root, 'dist'))) throw new Error('No dist/: run `npm run build` first.');
  const names = new Set();
  for (const file of distFiles()) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(
      /^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm,
    )) {
      names.add(name);
    }
  }
  return [...names].sort();
}

function licenceFile(dir) {
  const name = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(entry));
  if (!name) throw new Error(`${dir} has no licence file`);
  return readFileSync(path.join(dir, name), 'utf8').replace(/\r\n/g, '\n').trim();
}

export function renderNotices() {
  const packages = bundledPackages().map((name) => {
    const dir = path.join(root, 'node_modules', name);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    return { name, version: manifest.version, license: manifest.license, text: licenceFile(dir) };
  });
  const sections = packages.map(
    ({ name, version, license, text }) =>
      `## ${name} ${version} (${license})\n\n\`\`\`text\n${text}\n\`\`\`\n`,
  );
  const apache = packages.some(({ license }) => license === 'Apache-2.0')
    ? `\n## Apache License 2.0\n\nThe licence the packages above marked Apache-2.0 are under:\n\n\`\`\`text\n${readFileSync(
        path.join(root, 'scripts/licenses/apache-2.0.txt'),
        'utf8',
      ).trim()}\n\`\`\`\n`
    : '';
  const intro =
    packages.length === 0
      ? `one-on-one-kit is MIT-licensed (see LICENSE). Its \`dist/\` folder contains no code from other packages:
its dependencies (React, Radix, CVA) are installed next to the kit by your package manager and keep their
own licence files there.`
      : `one-on-one-kit is MIT-licensed (see LICENSE). Its \`dist/\` folder also contains code from the packages
below, bundled in at build time, each under its own licence. Other dependencies (React, Radix, CVA) are
installed next to the kit by your package manager and keep their own licence files there.`;
  return `# Third-party notices

${intro}

This file is generated from \`dist/\` and \`node_modules\` by \`npm run notices\`; \`npm test\` fails when it is
out of date.
${sections.length ? `\n${sections.join('\n')}` : ''}${apache}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const notices = renderNotices();
  if (process.argv.includes('--check')) {
    const committed = existsSync(output) ? readFileSync(output, 'utf8') : '';
    if (committed !== notices) {
      console.error('THIRD-PARTY-NOTICES.md does not match what dist/ bundles: run `npm run notices`.');
      process.exit(1);
    }
    console.log(
      `THIRD-PARTY-NOTICES.md is up to date (${bundledPackages().join(', ') || 'nothing bundled'})`,
    );
  } else {
    writeFileSync(output, notices);
    console.log(`THIRD-PARTY-NOTICES.md written (${bundledPackages().join(', ') || 'nothing bundled'})`);
  }
}
