import type { Decorator } from '@storybook/react-vite';

/**
 * Shows a story inside a host's own panel (a bordered surface named `label`), for the variants meant
 * to sit in one, and for the "don't" of framing a card inside it.
 */
export const inPanel =
  (label: string): Decorator =>
  (Story) => (
    <section
      aria-label={label}
      style={{
        padding: 16,
        border: '1px solid var(--ook-color-border)',
        borderRadius: 12,
        background: 'var(--ook-color-surface)',
      }}
    >
      <Story />
    </section>
  );
