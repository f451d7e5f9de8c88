import { cva, type VariantProps } from 'class-variance-authority';

/**
 * Maps FeedbackAsk's trigger variants to its stable `ook-` classes: the shared button's
 * (`ook-button`, `ook-button--solid`, …) and the trigger's own.
 *
 * @example
 * <a className={feedbackAskVariants({ variant: 'outline', size: 'sm' })} href="/feedback">Ask</a>
 */
export const feedbackAskVariants = /* @__PURE__ */ cva('ook-button ook-feedback-ask', {
  variants: {
    variant: {
      solid: 'ook-button--solid ook-feedback-ask--solid',
      outline: 'ook-button--outline ook-feedback-ask--outline',
    },
    size: {
      sm: 'ook-button--sm ook-feedback-ask--sm',
      md: 'ook-feedback-ask--md',
    },
  },
  defaultVariants: { variant: 'solid', size: 'md' },
});

/**
 * The variant props {@link feedbackAskVariants} accepts.
 * @example const look: FeedbackAskVariantProps = { variant: 'outline' };
 */
export type FeedbackAskVariantProps = VariantProps<typeof feedbackAskVariants>;
