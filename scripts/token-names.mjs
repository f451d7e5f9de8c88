// Writes src/styles/token-names.ts from src/styles/tokens.css, the one source of the design tokens:
// every custom property the stylesheet defines, in the order it first defines them.
// `npm run tokens` rewrites the file; a test fails when it is out of step with tokens.css.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const tokensCss = path.join(root, 'src/styles/tokens.css');
export const tokenNamesFile = path.join(root, 'src/styles/token-names.ts');

/** The TypeScript module listing the tokens `css` defines. */
export function renderTokenNames(css) {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const names = [...new Set([...withoutComments.matchAll(/(--ook-[a-z0-9-]+)\s*:/g)].map((m) => m[1]))];
  return `// Generated from src/styles/tokens.css by \`npm run tokens\`; do not edit by hand.

/**
 * Every design token the stylesheet defines, as its CSS custom property name, in the order
 * \`tokens.css\` defines them. Data, so a server component can read it.
 *
 * @example
 * tokenNames.filter((name) => name.startsWith('--ook-pillar-'));
 */
export const tokenNames = [
${names.map((name) => `  '${name}',`).join('\n')}
] as const;
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(tokenNamesFile, renderTokenNames(readFileSync(tokensCss, 'utf8')));
  console.log(`${path.relative(root, tokenNamesFile)} written`);
}
