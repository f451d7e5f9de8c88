import { cva, type VariantProps } from 'class-variance-authority';

/**
 * Maps MeetingSignals' variants to its stable `ook-` classes.
 *
 * @example
 * <div className={meetingSignalsVariants({ variant: 'inline' })}>…</div>
 */
export const meetingSignalsVariants = /* @__PURE__ */ cva('ook-meeting-signals', {
  variants: {
    variant: {
      /** A tinted, bordered box, like AntiPatternBanner's. */
      callout: 'ook-meeting-signals--callout',
      /** No box: inside a panel that already has one. */
      inline: 'ook-meeting-signals--inline',
    },
  },
  defaultVariants: { variant: 'callout' },
});

/**
 * The variant props {@link meetingSignalsVariants} accepts.
 * @example const look: MeetingSignalsVariantProps = { variant: 'inline' };
 */
export type MeetingSignalsVariantProps = VariantProps<typeof meetingSignalsVariants>;
