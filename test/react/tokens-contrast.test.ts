import { readFileSync } from 'node:fs';
import path from 'node:path';

// WCAG AA from the token values themselves, for both themes: text 4.5:1 on every surface it sits on,
// control boundaries and the focus ring 3:1. axe checks rendered stories; this checks every pair the
// design uses, including ones no story happens to show.
const css = readFileSync(path.resolve(__dirname, '../../src/styles/tokens.css'), 'utf8');

function themeTokens(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const block = css.slice(css.indexOf('{', start) + 1, css.indexOf('\n}', start));
  return Object.fromEntries(
    [...block.matchAll(/--ook-([\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!]),
  );
}

const light = themeTokens(":where(:root, [data-theme='light'])");
const darkOnly = themeTokens(":where([data-theme='dark'], .dark)");
const dark = { ...light, ...darkOnly };

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const surfaces = ['color-bg', 'color-surface', 'color-surface-raised', 'color-surface-sunken'];
const pillars = ['present', 'near-future', 'horizon'];
const textPairs: [string, string][] = [
  ...['color-text', 'color-text-muted', 'color-danger', 'color-accent', 'color-success'].flatMap((text) =>
    surfaces.map((surface): [string, string] => [text, surface]),
  ),
  ['color-accent-text', 'color-accent'],
  ['color-accent-text', 'color-accent-hover'],
  ['color-text', 'color-accent-soft'],
  ['color-danger', 'color-danger-soft'],
  ['color-warning-text', 'color-warning-soft'],
  ['color-warning-text', 'color-surface'],
  ['color-highlight-text', 'color-highlight'],
  ...pillars.flatMap((pillar): [string, string][] => [
    [`pillar-${pillar}-text`, `pillar-${pillar}-soft`],
    [`pillar-${pillar}-text`, 'color-surface'],
    // PillarCard's takeaways: body text on the informing pillar's tint.
    ['color-text', `pillar-${pillar}-soft`],
  ]),
];
const boundaryPairs: [string, string][] = [
  ...surfaces.map((surface): [string, string] => ['color-border-strong', surface]),
  ...surfaces.map((surface): [string, string] => ['focus-color', surface]),
  ...pillars.map((pillar): [string, string] => [`pillar-${pillar}`, 'color-surface']),
  ['color-warning-border', 'color-warning-soft'],
];

describe.each([
  { theme: 'light', tokens: light },
  { theme: 'dark', tokens: dark },
])('$theme theme colour tokens', ({ tokens }) => {
  const ratio = (a: string, b: string) => {
    expect(tokens[a], `--ook-${a}`).toMatch(/^#/);
    expect(tokens[b], `--ook-${b}`).toMatch(/^#/);
    return contrast(tokens[a]!, tokens[b]!);
  };

  it.each(textPairs)('text --ook-%s on --ook-%s reaches 4.5:1', (text, background) => {
    expect(ratio(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(boundaryPairs)('boundary --ook-%s on --ook-%s reaches 3:1', (line, background) => {
    expect(ratio(line, background)).toBeGreaterThanOrEqual(3);
  });
});

it('reads every colour token of both themes from the stylesheet', () => {
  expect(Object.keys(light).length).toBeGreaterThanOrEqual(30);
  expect(Object.keys(darkOnly).length).toBeGreaterThanOrEqual(30);
});

it('computes contrast the WCAG way (black on white is 21:1, a colour on itself 1:1)', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#777777')).toBe(1);
});
