import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, Logger, parse } from '@terrazzo/parser';
import {
  CSS_ONLY_TOKENS,
  cssNameOf,
  normaliseCssValue,
  readTokens,
  toCssValue,
  toDtcgValue,
  walkDtcg,
  type TokenMode,
} from '../../scripts/design-tokens.mjs';

// `one-on-one-kit/tokens.json` as a designer's tool loads it: W3C Design Tokens (DTCG 2025.10), checked
// by an independent parser (Terrazzo's), and saying exactly what the built stylesheet says.
const root = path.resolve(__dirname, '../..');
const require = createRequire(path.join(root, 'package.json'));
// Resolved through the package's own exports map, as a host would.
const jsonFile = require.resolve('one-on-one-kit/tokens.json');
const json = readFileSync(jsonFile, 'utf8');
const document = JSON.parse(json) as Record<string, unknown>;
const stylesheet = readTokens(readFileSync(require.resolve('one-on-one-kit/styles.css'), 'utf8'));

/** Parses `source` with Terrazzo; every error and warning it reports is returned. */
async function validate(source: string) {
  const problems: string[] = [];
  const logger = new Logger({ level: 'warn' });
  for (const level of ['error', 'warn'] as const) {
    const original = logger[level].bind(logger);
    logger[level] = ((...entries: { message: string }[]) => {
      problems.push(...entries.map((entry) => `${level}: ${entry.message}`));
      if (level === 'error') return original(...(entries as Parameters<typeof original>));
    }) as (typeof logger)[typeof level];
  }
  const filename = pathToFileURL(jsonFile);
  const config = defineConfig({}, { cwd: new URL('./', filename) });
  try {
    const result = await parse([{ src: source, filename }], { config, logger });
    return { problems, tokens: result.tokens };
  } catch (error) {
    return { problems: [...problems, String(error)], tokens: {} };
  }
}

describe('one-on-one-kit/tokens.json', () => {
  it('is valid DTCG: the Terrazzo parser reads every token with no error or warning', async () => {
    const { problems, tokens } = await validate(json);
    expect(problems).toEqual([]);
    expect(Object.keys(tokens)).toHaveLength(stylesheet.length - CSS_ONLY_TOKENS.length);
    // The dark theme is a mode the parser understands and checks against the token's type.
    expect(tokens['color.bg']?.mode['dark']?.$value).toMatchObject({ colorSpace: 'srgb', hex: '#0f1217' });
  });

  it('is refused by the same parser once a value breaks the format (the check can fail)', async () => {
    const broken = json.replace('"unit": "rem"', '"unit": "furlongs"');
    expect(broken).not.toBe(json);
    expect((await validate(broken)).problems.join('\n')).toMatch(/unit/i);
  });

  it('holds every custom property of styles.css but the CSS-only ones, and nothing else', () => {
    const inJson = walkDtcg(document).map(({ path: tokenPath }) => cssNameOf(tokenPath));
    const inCss = stylesheet.map((token) => token.name).filter((name) => !CSS_ONLY_TOKENS.includes(name));
    expect([...inJson].sort()).toEqual([...inCss].sort());
  });

  it('says what the stylesheet says, in every mode: light, dark, coarse pointers, reduced motion', () => {
    const byName = new Map(stylesheet.map((token) => [token.name, token]));
    const byPath = (reference: string) => cssNameOf(reference);
    let compared = 0;
    for (const { path: tokenPath, token } of walkDtcg(document)) {
      const css = byName.get(cssNameOf(tokenPath))!;
      const modes: Record<string, unknown> = { light: token.$value, ...token.$extensions?.mode };
      expect(Object.keys(modes).sort()).toEqual(Object.keys(css.values).sort());
      for (const [mode, value] of Object.entries(modes)) {
        const cssValue = css.values[mode as TokenMode]!;
        // Both ways: the stylesheet's value read as DTCG, and the DTCG value written as CSS.
        expect(value, `${css.name} (${mode})`).toEqual(toDtcgValue(cssValue, token.$type));
        expect(normaliseCssValue(toCssValue(value, token.$type, byPath)).replace(/'/g, '"')).toBe(
          normaliseCssValue(cssValue).replace(/'/g, '"'),
        );
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(120);
  });

  it('is listed in the package: an export and a file npm publishes', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(manifest.exports['./tokens.json']).toBe('./dist/tokens.json');
    expect(manifest.files).toContain('dist');
  });
});
