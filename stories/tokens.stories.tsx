import type { CSSProperties, ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { tokenNames } from 'one-on-one-kit/server-safe';
import tokensCss from '../src/styles/tokens.css?raw';
import { CSS_ONLY_TOKENS, aliasOf, readTokens, tokenType, type CssToken } from '../scripts/design-tokens.mjs';

// Every design token, read from src/styles/tokens.css itself (the one source: the stylesheet,
// tokens.json and this page all come from it), with its light and dark values. Swatches and specimens
// are drawn with the live custom properties, each in its own theme.

const tokens = readTokens(tokensCss);
const byName = new Map(tokens.map((token) => [token.name, token]));

interface Section {
  id: string;
  title: string;
  about: string;
  match: (name: string) => boolean;
  specimen?: (token: CssToken) => ReactNode;
}

const swatch = (name: string): ReactNode => (
  <span
    aria-hidden="true"
    style={{
      display: 'inline-block',
      inlineSize: 40,
      blockSize: 28,
      borderRadius: 6,
      background: `var(${name})`,
      boxShadow: 'inset 0 0 0 1px var(--ook-color-border-strong)',
      verticalAlign: 'middle',
    }}
  />
);

const sections: Section[] = [
  {
    id: 'pillars',
    title: 'Pillar colours',
    about:
      'What part of the 1:1 something belongs to. Cool hues (teal, blue, violet), each with a shape too: a circle, a diamond, a triangle.',
    match: (name) => name.startsWith('--ook-pillar-'),
    specimen: (token) => swatch(token.name),
  },
  {
    id: 'status',
    title: 'Status colours',
    about:
      'That something needs attention: due, overdue, carried over, a warning, an error. Warm hues, never a pillar’s.',
    match: (name) => name.startsWith('--ook-status-') || /--ook-color-(danger|warning)/.test(name),
    specimen: (token) => swatch(token.name),
  },
  {
    id: 'colour',
    title: 'Neutral colours and the accent',
    about: 'Surfaces, text and borders, and a neutral ink accent for primary actions.',
    match: (name) => name.startsWith('--ook-color-') || name === '--ook-overlay',
    specimen: (token) => swatch(token.name),
  },
  {
    id: 'type',
    title: 'Type',
    about: 'A scale in real steps: 12, 14, 16, 18, 22 and 28 px at a 16 px root.',
    match: (name) => name.startsWith('--ook-font-') || name.startsWith('--ook-line-height'),
    specimen: (token) =>
      token.name.startsWith('--ook-font-size-') ? (
        <span style={{ fontSize: `var(${token.name})`, lineHeight: 1.2 }}>The Present Moment</span>
      ) : token.name.startsWith('--ook-font-weight-') ? (
        <span style={{ fontWeight: `var(${token.name})` as CSSProperties['fontWeight'] }}>
          The Near Future
        </span>
      ) : null,
  },
  {
    id: 'space',
    title: 'Space',
    about: 'A 4 px scale for gaps and padding.',
    match: (name) => name.startsWith('--ook-space-'),
    specimen: (token) => (
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          inlineSize: `var(${token.name})`,
          blockSize: 12,
          background: 'var(--ook-color-accent)',
        }}
      />
    ),
  },
  {
    id: 'size',
    title: 'Size',
    about: 'Control heights, and the smallest target a pointer gets: 24 px, and 44 px on touch screens.',
    match: (name) => name.startsWith('--ook-size-'),
    specimen: (token) => (
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          inlineSize: `var(${token.name})`,
          blockSize: `var(${token.name})`,
          border: '1px dashed var(--ook-color-border-strong)',
        }}
      />
    ),
  },
  {
    id: 'radius',
    title: 'Radius',
    about: 'Corners: small for badges’ neighbours, large for cards.',
    match: (name) => name.startsWith('--ook-radius-'),
    specimen: (token) => (
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          inlineSize: 40,
          blockSize: 28,
          borderRadius: `var(${token.name})`,
          border: '2px solid var(--ook-color-border-strong)',
        }}
      />
    ),
  },
  {
    id: 'depth',
    title: 'Shadow and focus',
    about: 'Elevation, and the focus ring every control shows to the keyboard.',
    match: (name) => name.startsWith('--ook-shadow-') || name.startsWith('--ook-focus-'),
    specimen: (token) =>
      token.name === '--ook-focus-color' ? (
        swatch(token.name)
      ) : (
        <span
          aria-hidden="true"
          style={{
            display: 'inline-block',
            inlineSize: 48,
            blockSize: 28,
            borderRadius: 6,
            background: 'var(--ook-color-surface)',
            boxShadow: `var(${token.name})`,
          }}
        />
      ),
  },
  {
    id: 'motion',
    title: 'Motion',
    about: 'Durations (0 ms when the user asks for reduced motion) and one easing curve.',
    match: (name) => name.startsWith('--ook-duration-') || name === '--ook-easing',
    specimen: (token) => (token.name === '--ook-easing' ? <EasingCurve value={token.values.light} /> : null),
  },
  {
    id: 'css',
    title: 'CSS settings',
    about: 'Custom properties that set CSS behaviour rather than a design value; not in tokens.json.',
    match: (name) => CSS_ONLY_TOKENS.includes(name),
  },
];

function EasingCurve({ value }: { value: string }) {
  const [x1, y1, x2, y2] = (/\(([^)]*)\)/.exec(value)?.[1] ?? '0,0,1,1').split(',').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return (
    <svg aria-hidden="true" width="48" height="32" viewBox="-0.05 -0.05 1.1 1.1">
      <path
        d={`M0 1 C ${x1} ${1 - y1} ${x2} ${1 - y2} 1 0`}
        fill="none"
        stroke="var(--ook-color-accent)"
        strokeWidth="0.06"
      />
    </svg>
  );
}

const sectionOf = (name: string) => sections.find((section) => section.match(name));

function Value({ token, mode }: { token: CssToken; mode: 'light' | 'dark' }) {
  const value = token.values[mode];
  if (mode === 'dark' && value === undefined)
    return <span style={{ color: 'var(--ook-color-text-muted)' }}>as light</span>;
  const alias = aliasOf(value ?? '');
  return <code style={{ wordBreak: 'break-word' }}>{alias ? `→ ${alias}` : value}</code>;
}

const cell: CSSProperties = { padding: '8px 12px', verticalAlign: 'middle', textAlign: 'start' };

function ThemedCell({
  theme,
  token,
  specimen,
}: {
  theme: 'light' | 'dark';
  token: CssToken;
  specimen?: ReactNode;
}) {
  return (
    <td
      data-theme={theme}
      style={{
        ...cell,
        background: 'var(--ook-color-bg)',
        color: 'var(--ook-color-text)',
        minInlineSize: 160,
      }}
    >
      <span style={{ display: 'flex', alignItems: 'center', gap: 10, flexWrap: 'wrap' }}>
        {specimen}
        <Value token={token} mode={theme} />
      </span>
    </td>
  );
}

function TokenTable({ section }: { section: Section }) {
  const rows = tokens.filter((token) => sectionOf(token.name) === section);
  return (
    <section aria-labelledby={`tokens-${section.id}`} style={{ display: 'grid', gap: 8 }}>
      <h2 id={`tokens-${section.id}`} style={{ margin: 0, fontSize: 'var(--ook-font-size-xl)' }}>
        {section.title}
      </h2>
      <p style={{ margin: 0, color: 'var(--ook-color-text-muted)' }}>{section.about}</p>
      <div style={{ overflowX: 'auto' }}>
        <table
          style={{ borderCollapse: 'collapse', inlineSize: '100%', fontSize: 'var(--ook-font-size-sm)' }}
        >
          <thead>
            <tr style={{ borderBlockEnd: '1px solid var(--ook-color-border-strong)' }}>
              <th style={cell}>Token</th>
              <th style={cell}>Type</th>
              <th style={cell}>Light</th>
              <th style={cell}>Dark</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((token) => {
              const specimen = section.specimen?.(token);
              const other = Object.entries(token.values).filter(
                ([mode]) => mode !== 'light' && mode !== 'dark',
              );
              return (
                <tr
                  key={token.name}
                  data-token={token.name}
                  style={{ borderBlockEnd: '1px solid var(--ook-color-border)' }}
                >
                  <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
                    <code>{token.name}</code>
                    {other.map(([mode, value]) => (
                      <span key={mode} style={{ display: 'block', color: 'var(--ook-color-text-muted)' }}>
                        {mode}: <code>{value}</code>
                      </span>
                    ))}
                  </th>
                  <td style={cell}>{tokenType(token, byName) ?? 'CSS'}</td>
                  <ThemedCell theme="light" token={token} specimen={specimen} />
                  <ThemedCell theme="dark" token={token} specimen={specimen} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Tokens() {
  return (
    <div style={{ display: 'grid', gap: 40, maxInlineSize: 1100, color: 'var(--ook-color-text)' }}>
      <p style={{ margin: 0, maxInlineSize: '70ch' }}>
        {tokens.length} custom properties, all under <code>--ook-</code>, read from the stylesheet. Override
        any of them on <code>:root</code> or a container to re-theme the kit. The same tokens ship as W3C
        Design Tokens in <code>one-on-one-kit/tokens.json</code> (light as <code>$value</code>, dark under{' '}
        <code>$extensions.mode.dark</code>).
      </p>
      {sections.map((section) => (
        <TokenTable key={section.id} section={section} />
      ))}
    </div>
  );
}

const meta = {
  title: 'Foundations/Tokens',
  component: Tokens,
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Tokens>;

export default meta;

type Story = StoryObj<typeof meta>;

/** Every custom property the stylesheet defines, in light and dark, with type, spacing, radius, shadow and motion. */
export const AllTokens: Story = {
  play: async ({ canvasElement }) => {
    const listed = [...canvasElement.querySelectorAll('[data-token]')].map((row) =>
      row.getAttribute('data-token'),
    );
    // Every token the package names, once, and every --ook- property the loaded stylesheet really defines.
    await expect(listed).toEqual([...new Set(listed)]);
    await expect([...listed].sort()).toEqual([...tokenNames].sort());
    const defined = new Set<string>();
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          for (const property of rule.style) if (property.startsWith('--ook-')) defined.add(property);
        }
        if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules);
    await expect([...defined].filter((name) => !listed.includes(name))).toEqual([]);
    // Light and dark values side by side, e.g. the page colour.
    const bg = within(canvasElement.querySelector<HTMLElement>('[data-token="--ook-color-bg"]')!);
    await expect(bg.getByText('#f6f7f9')).toBeVisible();
    await expect(bg.getByText('#0f1217')).toBeVisible();
  },
};
