import type { Meta, StoryObj } from '@storybook/react-vite';
import { PILLARS } from 'one-on-one-kit/core';

// The design tokens as a designer sees them: every swatch is a live CSS custom property of the current theme.

const surfaces = [
  ['--ook-color-bg', 'Page background'],
  ['--ook-color-surface', 'Surface (cards, columns)'],
  ['--ook-color-surface-sunken', 'Sunken surface (inputs, wells)'],
  ['--ook-color-accent', 'Accent (primary actions)'],
  ['--ook-color-accent-soft', 'Accent, soft'],
  ['--ook-color-warning-soft', 'Warning, soft'],
  ['--ook-color-danger-soft', 'Danger, soft'],
] as const;

function Swatch({ token, label, text }: { token: string; label: string; text?: string }) {
  return (
    <li
      style={{
        display: 'grid',
        gridTemplateColumns: '56px 1fr',
        gap: 'var(--ook-space-3)',
        alignItems: 'center',
      }}
    >
      <span
        aria-hidden="true"
        style={{
          width: 56,
          height: 40,
          borderRadius: 'var(--ook-radius-md)',
          background: `var(${token})`,
          border: '1px solid var(--ook-color-border-strong)',
        }}
      />
      <span>
        <span style={{ display: 'block', fontWeight: 600, color: text ? `var(${text})` : undefined }}>
          {label}
        </span>
        <code style={{ fontSize: 'var(--ook-font-size-sm)', color: 'var(--ook-color-text-muted)' }}>
          {token}
        </code>
      </span>
    </li>
  );
}

function Tokens() {
  const list = {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: 'var(--ook-space-3)',
  } as const;
  return (
    <div
      style={{ display: 'grid', gap: 'var(--ook-space-8)', maxWidth: 720, color: 'var(--ook-color-text)' }}
    >
      <section aria-labelledby="tokens-pillars">
        <h2 id="tokens-pillars" style={{ fontSize: 'var(--ook-font-size-xl)', marginTop: 0 }}>
          Pillar colours
        </h2>
        <ul style={list}>
          {PILLARS.map((pillar) => (
            <Swatch
              key={pillar.id}
              token={`--ook-pillar-${pillar.id}`}
              label={pillar.title}
              text={`--ook-pillar-${pillar.id}-text`}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="tokens-surfaces">
        <h2 id="tokens-surfaces" style={{ fontSize: 'var(--ook-font-size-xl)' }}>
          Surfaces and status
        </h2>
        <ul style={list}>
          {surfaces.map(([token, label]) => (
            <Swatch key={token} token={token} label={label} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="tokens-focus">
        <h2 id="tokens-focus" style={{ fontSize: 'var(--ook-font-size-xl)' }}>
          Focus ring
        </h2>
        <p style={{ color: 'var(--ook-color-text-muted)' }}>
          Every interactive part shows <code>--ook-focus-ring</code> when focused by keyboard.
        </p>
        <button
          type="button"
          style={{
            boxShadow: 'var(--ook-focus-ring)',
            padding: 'var(--ook-space-2) var(--ook-space-4)',
            borderRadius: 'var(--ook-radius-md)',
            border: '1px solid var(--ook-color-border-strong)',
            background: 'var(--ook-color-surface)',
            color: 'var(--ook-color-text)',
            font: 'inherit',
          }}
        >
          A focused button
        </button>
      </section>
    </div>
  );
}

const meta = {
  title: 'Foundations/Tokens',
  component: Tokens,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Tokens>;

export default meta;

type Story = StoryObj<typeof meta>;

export const Palette: Story = {};
