// Writes what is derived from src/styles/tokens.css, the one source of the design tokens:
//   src/styles/token-names.ts  every custom property the stylesheet defines, in the order it first defines them
//   src/styles/tokens.json     the same tokens as W3C Design Tokens (DTCG), shipped as one-on-one-kit/tokens.json
// `npm run tokens` rewrites both; tests fail when either is out of step with tokens.css.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTokens, toDtcg } from './design-tokens.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const tokensCss = path.join(root, 'src/styles/tokens.css');
export const tokenNamesFile = path.join(root, 'src/styles/token-names.ts');
export const tokensJsonFile = path.join(root, 'src/styles/tokens.json');

/** The TypeScript module listing the tokens `css` defines. */
export function renderTokenNames(css) {
  const names = readTokens(css).map((token) => token.name);
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

/** The DTCG JSON file for the tokens `css` defines. */
export function renderTokensJson(css) {
  return `${JSON.stringify(toDtcg(readTokens(css)), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const css = readFileSync(tokensCss, 'utf8');
  writeFileSync(tokenNamesFile, renderTokenNames(css));
  writeFileSync(tokensJsonFile, renderTokensJson(css));
  console.log(`${path.relative(root, tokenNamesFile)} and ${path.relative(root, tokensJsonFile)} written`);
}
