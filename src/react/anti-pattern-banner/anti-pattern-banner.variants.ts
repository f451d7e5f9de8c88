import { cva, type VariantProps } from 'class-variance-authority';

/**
 * Maps AntiPatternBanner's variants to its stable `ook-` classes.
 *
 * @example
 * <div className={antiPatternBannerVariants({ variant: 'inline' })}>…</div>
 */
export const antiPatternBannerVariants = /* @__PURE__ */ cva('ook-anti-pattern-banner', {
  variants: {
    variant: {
      /** A tinted, bordered box: on its own above a list or a form. */
      callout: 'ook-anti-pattern-banner--callout',
      /** No box: under an item inside a row or card that already has one. */
      inline: 'ook-anti-pattern-banner--inline',
    },
  },
  defaultVariants: { variant: 'callout' },
});

/**
 * The variant props {@link antiPatternBannerVariants} accepts.
 * @example const look: AntiPatternBannerVariantProps = { variant: 'inline' };
 */
export type AntiPatternBannerVariantProps = VariantProps<typeof antiPatternBannerVariants>;
