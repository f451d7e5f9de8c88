import { cva, type VariantProps } from 'class-variance-authority';

/**
 * Class names for the board's root. Stable `ook-` names; `agenda-board.css` gives them their look.
 *
 * @example
 * <div className={agendaBoardVariants({ readOnly: true })} />
 */
export const agendaBoardVariants = /* @__PURE__ */ cva('ook-agenda-board', {
  variants: {
    readOnly: { true: 'ook-agenda-board--read-only', false: null },
  },
  defaultVariants: { readOnly: false },
});

/**
 * Class names for one pillar's column (or the unsorted area): its colour and whether it is the focus.
 *
 * @example
 * agendaBoardColumnVariants({ pillar: 'horizon', focus: true });
 * // 'ook-agenda-board-column ook-agenda-board-column--horizon ook-agenda-board-column--focus'
 */
export const agendaBoardColumnVariants = /* @__PURE__ */ cva('ook-agenda-board-column', {
  variants: {
    pillar: {
      present: 'ook-agenda-board-column--present',
      'near-future': 'ook-agenda-board-column--near-future',
      horizon: 'ook-agenda-board-column--horizon',
      unsorted: 'ook-agenda-board-column--unsorted',
    },
    focus: { true: 'ook-agenda-board-column--focus', false: null },
  },
  defaultVariants: { focus: false },
});

/**
 * Class names for one agenda row.
 *
 * @example
 * agendaBoardItemVariants({ done: true }); // 'ook-agenda-board-item ook-agenda-board-item--done'
 */
export const agendaBoardItemVariants = /* @__PURE__ */ cva('ook-agenda-board-item', {
  variants: {
    done: { true: 'ook-agenda-board-item--done', false: null },
    flagged: { true: 'ook-agenda-board-item--flagged', false: null },
  },
  defaultVariants: { done: false, flagged: false },
});

/**
 * The variant props {@link agendaBoardColumnVariants} accepts.
 * @example const look: AgendaBoardColumnVariantProps = { pillar: 'horizon', focus: true };
 */
export type AgendaBoardColumnVariantProps = VariantProps<typeof agendaBoardColumnVariants>;
/**
 * The variant props {@link agendaBoardItemVariants} accepts.
 * @example const look: AgendaBoardItemVariantProps = { done: true };
 */
export type AgendaBoardItemVariantProps = VariantProps<typeof agendaBoardItemVariants>;
