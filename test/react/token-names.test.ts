import { readFileSync } from 'node:fs';
import {
  renderTokenNames,
  renderTokensJson,
  tokenNamesFile,
  tokensCss,
  tokensJsonFile,
} from '../../scripts/token-names.mjs';
import { tokenNames, tokenVar } from 'one-on-one-kit/server-safe';

// tokens.css is the one source of the design tokens; token-names.ts and tokens.json are written from it.
describe('token names', () => {
  it('are exactly what tokens.css defines (run `npm run tokens` after changing it)', () => {
    expect(readFileSync(tokenNamesFile, 'utf8')).toBe(renderTokenNames(readFileSync(tokensCss, 'utf8')));
  });

  it('and tokens.json are what tokens.css gives (run `npm run tokens` after changing it)', () => {
    expect(readFileSync(tokensJsonFile, 'utf8')).toBe(renderTokensJson(readFileSync(tokensCss, 'utf8')));
  });

  it('list each custom property once, defined in both themes or once for both', () => {
    const css = readFileSync(tokensCss, 'utf8');
    expect(new Set(tokenNames).size).toBe(tokenNames.length);
    for (const name of tokenNames) expect(css).toContain(`${name}:`);
    expect(tokenNames).toContain('--ook-color-accent');
    expect(tokenNames).toContain('--ook-pillar-horizon-text');
  });

  it('read a rule back from CSS text: comments are not tokens', () => {
    const module = renderTokenNames('/* --ook-old: 1px; */ :root { --ook-a: 1px; --ook-b-2: var(--ook-a); }');
    expect(module).toContain("'--ook-a',\n  '--ook-b-2',\n]");
    expect(module).not.toContain('--ook-old');
  });

  it('make var() values for inline styles', () => {
    expect(tokenVar('--ook-space-2')).toBe('var(--ook-space-2)');
    expect(tokenVar('--ook-color-accent', '#4b4fd1')).toBe('var(--ook-color-accent, #4b4fd1)');
  });
});
