import { cva, type VariantProps } from 'class-variance-authority';

/**
 * Maps CadenceTimeline's variants to its stable `ook-` classes.
 *
 * @example
 * <figure className={cadenceTimelineVariants({ variant: 'plain' })}>…</figure>
 */
export const cadenceTimelineVariants = /* @__PURE__ */ cva('ook-cadence-timeline', {
  variants: {
    variant: {
      /** On a bordered surface of its own. */
      card: 'ook-cadence-timeline--card',
      /** No box: inside a panel that already has one. */
      plain: 'ook-cadence-timeline--plain',
    },
  },
  defaultVariants: { variant: 'card' },
});

/**
 * The variant props {@link cadenceTimelineVariants} accepts.
 * @example const look: CadenceTimelineVariantProps = { variant: 'plain' };
 */
export type CadenceTimelineVariantProps = VariantProps<typeof cadenceTimelineVariants>;
