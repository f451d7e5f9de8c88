import * as React from 'react';

// The kit's icons: one drawing per concept, shared by every component (the warning on a board row and
// in the banner is the same triangle). 16×16, stroked in currentColor, hidden from assistive
// technology: the words next to them carry the meaning. None points left or right, so none needs
// mirroring in right-to-left layouts.

type IconProps = React.SVGProps<SVGSVGElement>;

function Icon({ children, className, ...rest }: IconProps & { children: React.ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className ? `ook-icon ${className}` : 'ook-icon'}
      {...rest}
    >
      {children}
    </svg>
  );
}

/**
 * The one geometry of the warning sign: a filled triangle with an exclamation mark cut out. The
 * stylesheet draws the same path with `clip-path` where an element would cost too much (a board row's
 * flag), so both look alike; keep them in step (`.ook-agenda-board-item__flag::before`).
 */
export const WARNING_PATH = 'M8 1.2 15.2 14.4H0.8ZM7.1 5.6V10.2H8.9V5.6ZM7.1 11.3V13H8.9V11.3Z';

/** Something may pull the 1:1 off course: an anti-pattern, a manager-heavy agenda. */
export function WarningIcon(props: IconProps) {
  return (
    <Icon stroke="none" {...props}>
      <path d={WARNING_PATH} fill="currentColor" fillRule="evenodd" />
    </Icon>
  );
}

/** A field needs fixing. */
export function ErrorIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="8" r="6.4" />
      <path d="M8 4.8v3.7" />
      <circle cx="8" cy="11.2" r="0.45" fill="currentColor" />
    </Icon>
  );
}

/** Due or overdue: its time has come. */
export function ClockIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="8" r="6.4" />
      <path d="M8 4.6V8l2.3 1.6" />
    </Icon>
  );
}

/** Carried over from an earlier meeting. */
export function CarriedOverIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M13.2 7.2A5.2 5.2 0 1 0 12 11.3" />
      <path d="M13.6 3.6v3.8H9.8" />
    </Icon>
  );
}

/** This meeting's focus. */
export function FocusIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="8" cy="8" r="6" />
      <circle cx="8" cy="8" r="2.2" fill="currentColor" />
    </Icon>
  );
}

export function ArrowUpIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M8 13V3M4 7l4-4 4 4" />
    </Icon>
  );
}

export function ArrowDownIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M8 3v10M4 9l4 4 4-4" />
    </Icon>
  );
}

export function EditIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M10.6 2.6a1.6 1.6 0 0 1 2.3 2.3L5.3 12.5l-3 .7.7-3Z" />
    </Icon>
  );
}

export function RemoveIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M2.8 4.4h10.4M6.4 4.4V2.8h3.2v1.6M4.2 4.4l.7 8.8h6.2l.7-8.8" />
    </Icon>
  );
}

export function CloseIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </Icon>
  );
}
