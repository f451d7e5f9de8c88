import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTokens, resolveToken, type TokenMode } from '../../scripts/design-tokens.mjs';

// WCAG AA from the token values themselves, for both themes: text 4.5:1 on every surface it sits on,
// boundaries that carry meaning and the focus ring 3:1. axe checks rendered stories; this checks every
// pair the design uses, including ones no story happens to show. Aliases (`var(--ook-…)`) are followed.
const tokens = readTokens(readFileSync(path.resolve(__dirname, '../../src/styles/tokens.css'), 'utf8'));
const byName = new Map(tokens.map((token) => [token.name, token]));

function hexOf(name: string, mode: TokenMode): string {
  const value = resolveToken(`--ook-${name}`, mode, byName);
  expect(value, `--ook-${name} in ${mode}`).toMatch(/^#[0-9a-f]{6}$/i);
  return value;
}

const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
const linear = (value: number) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** OKLab, where a distance of about 0.02 is just noticeable; used to keep status and pillar hues apart. */
function oklab(hex: string): [number, number, number] {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}
const hueDistance = (a: string, b: string) => {
  // Chroma plane only: two colours of one hue at different lightness still read as one colour family.
  const [, a1, b1] = oklab(a);
  const [, a2, b2] = oklab(b);
  return Math.hypot(a1 - a2, b1 - b2);
};

const surfaces = ['color-bg', 'color-surface', 'color-surface-raised', 'color-surface-sunken'];
const pillars = ['present', 'near-future', 'horizon'];
const statuses = ['due', 'overdue', 'carried-over', 'warning', 'error'];

const textPairs: [string, string][] = [
  ...['color-text', 'color-text-muted', 'color-accent', 'color-success'].flatMap((text) =>
    surfaces.map((surface): [string, string] => [text, surface]),
  ),
  ['color-accent-text', 'color-accent'],
  ['color-accent-text', 'color-accent-hover'],
  ['color-text', 'color-accent-soft'],
  ['color-text-muted', 'color-accent-soft'],
  ['color-highlight-text', 'color-highlight'],
  ...pillars.flatMap((pillar): [string, string][] => [
    [`pillar-${pillar}-text`, `pillar-${pillar}-soft`],
    ...surfaces.map((surface): [string, string] => [`pillar-${pillar}-text`, surface]),
    ['color-text', `pillar-${pillar}-soft`],
    ['color-text-muted', `pillar-${pillar}-soft`],
  ]),
  ...statuses.flatMap((status): [string, string][] => [
    [`status-${status}-text`, `status-${status}-soft`],
    ...surfaces.map((surface): [string, string] => [`status-${status}-text`, surface]),
    ['color-text', `status-${status}-soft`],
  ]),
  // The earlier names still read as they did.
  ['color-danger', 'color-danger-soft'],
  ['color-warning-text', 'color-warning-soft'],
];

const boundaryPairs: [string, string][] = [
  ...surfaces.map((surface): [string, string] => ['color-border-strong', surface]),
  ...surfaces.map((surface): [string, string] => ['focus-color', surface]),
  ...pillars.flatMap((pillar): [string, string][] => [
    ...surfaces.map((surface): [string, string] => [`pillar-${pillar}`, surface]),
    [`pillar-${pillar}`, `pillar-${pillar}-soft`],
  ]),
  ...statuses.flatMap((status): [string, string][] => [
    ...surfaces.map((surface): [string, string] => [`status-${status}-border`, surface]),
    [`status-${status}-border`, `status-${status}-soft`],
  ]),
  // A selected checkbox is the accent filled on its surface.
  ...surfaces.map((surface): [string, string] => ['color-accent', surface]),
];

const modes: TokenMode[] = ['light', 'dark'];
const minima: Record<string, { text: number; boundary: number }> = {};
afterAll(() => console.table(minima));

describe.each(modes)('%s theme colour tokens', (mode) => {
  const ratio = (a: string, b: string) => {
    const value = contrast(hexOf(a, mode), hexOf(b, mode));
    const kind = textPairs.some(([x, y]) => x === a && y === b) ? 'text' : 'boundary';
    minima[mode] ??= { text: Infinity, boundary: Infinity };
    minima[mode][kind] = Math.min(minima[mode][kind], Math.round(value * 100) / 100);
    return value;
  };

  it.each(textPairs)('text --ook-%s on --ook-%s reaches 4.5:1', (text, background) => {
    expect(ratio(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(boundaryPairs)('boundary --ook-%s on --ook-%s reaches 3:1', (line, background) => {
    expect(ratio(line, background)).toBeGreaterThanOrEqual(3);
  });

  it.each(statuses.flatMap((status) => pillars.map((pillar) => [status, pillar])))(
    'status %s is a different colour from pillar %s',
    (status, pillar) => {
      for (const [statusRole, pillarRole] of [
        ['text', 'text'],
        ['border', ''],
        ['soft', 'soft'],
      ] as const) {
        const statusToken = `status-${status}-${statusRole}`;
        const pillarToken = pillarRole ? `pillar-${pillar}-${pillarRole}` : `pillar-${pillar}`;
        const distance = hueDistance(hexOf(statusToken, mode), hexOf(pillarToken, mode));
        // Soft tints are pale, so their hues sit closer together than the solid colours'.
        expect(distance, `${statusToken} vs ${pillarToken}`).toBeGreaterThan(
          statusRole === 'soft' ? 0.02 : 0.08,
        );
      }
    },
  );

  it('keeps the three pillars apart from each other', () => {
    for (const [a, b] of [
      ['present', 'near-future'],
      ['near-future', 'horizon'],
      ['present', 'horizon'],
    ] as const) {
      expect(hueDistance(hexOf(`pillar-${a}`, mode), hexOf(`pillar-${b}`, mode))).toBeGreaterThan(0.08);
    }
  });
});

it('reads every colour token of both themes from the stylesheet', () => {
  const colours = tokens.filter((token) => /^(#|rgb|var)/.test(token.values.light));
  expect(colours.length).toBeGreaterThanOrEqual(45);
  expect(tokens.filter((token) => token.values.dark !== undefined).length).toBeGreaterThanOrEqual(40);
});

it('computes contrast the WCAG way (black on white is 21:1, a colour on itself 1:1)', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#777777')).toBe(1);
});

it('tells hues apart in OKLab: amber and violet are far apart, two greys are not', () => {
  expect(hueDistance('#c07a12', '#8250df')).toBeGreaterThan(0.2);
  expect(hueDistance('#777777', '#333333')).toBeLessThan(0.001);
});
