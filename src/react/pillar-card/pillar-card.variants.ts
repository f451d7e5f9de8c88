import { cva, type VariantProps } from 'class-variance-authority';

/**
 * Maps PillarCard's variant props to its stable `ook-` classes; reuse it to style your own element
 * like a pillar card.
 *
 * @example
 * <article className={pillarCardVariants({ pillar: 'horizon', variant: 'focus' })}>…</article>
 */
export const pillarCardVariants = /* @__PURE__ */ cva('ook-pillar-card', {
  variants: {
    pillar: {
      present: 'ook-pillar-card--present',
      'near-future': 'ook-pillar-card--near-future',
      horizon: 'ook-pillar-card--horizon',
    },
    variant: {
      focus: 'ook-pillar-card--focus',
      due: 'ook-pillar-card--due',
      quiet: 'ook-pillar-card--quiet',
    },
    size: {
      compact: 'ook-pillar-card--compact',
      full: 'ook-pillar-card--full',
    },
  },
  defaultVariants: { pillar: 'present', variant: 'quiet', size: 'full' },
});

/**
 * The variant props {@link pillarCardVariants} accepts.
 * @example const look: PillarCardVariantProps = { pillar: 'present', size: 'compact' };
 */
export type PillarCardVariantProps = VariantProps<typeof pillarCardVariants>;
