import * as React from 'react';

/** What a badge says: a kind of item (`neutral`, `accent`), the focus pillar, or a status. */
export type BadgeTone = 'neutral' | 'accent' | 'focus' | 'due' | 'overdue' | 'carried-over' | 'warning';

const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: 'ook-badge',
  accent: 'ook-badge ook-badge--accent',
  focus: 'ook-badge ook-badge--focus',
  due: 'ook-badge ook-badge--due',
  overdue: 'ook-badge ook-badge--overdue',
  'carried-over': 'ook-badge ook-badge--carried-over',
  warning: 'ook-badge ook-badge--warning',
};

/** The class list of a badge of `tone`, for markup that is not a `Badge` (e.g. a server component's). */
export function badgeClassName(tone: BadgeTone, className?: string): string {
  return className ? `${TONE_CLASSES[tone]} ${className}` : TONE_CLASSES[tone];
}

interface BadgeProps extends React.ComponentPropsWithoutRef<'span'> {
  tone?: BadgeTone;
  /** An icon from `./icons`, drawn before the words. */
  icon?: React.ReactNode;
}

/**
 * The one badge: a rounded label for a state or a kind, in the same shape everywhere (the focus
 * pillar on a board and on a card, "Due", "Carried over ×2", "Next step"). `focus` takes the colour of
 * the nearest `data-pillar`.
 */
export function Badge({ tone = 'neutral', icon, className, children, ...rest }: BadgeProps) {
  return (
    <span className={badgeClassName(tone, className)} data-tone={tone} {...rest}>
      {icon}
      {children}
    </span>
  );
}
