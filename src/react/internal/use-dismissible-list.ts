import * as React from 'react';
import { useComposedRefs } from './compose-refs';
import { tabbableBeside } from './tabbable';

/**
 * A list whose entries can each be dismissed, with focus kept for keyboard users: after a dismissal
 * it moves to the next entry's dismiss button (or the previous one); after the last, to the control
 * Tab reaches after the list's root (or the one before it). A host that moved focus elsewhere in its
 * own handler keeps its choice. Shared by AntiPatternBanner and MeetingSignals: `ref` goes on the
 * list's root, and passes the node on to the component's forwarded ref.
 */
export interface DismissibleList<T, E extends HTMLElement> {
  /** The entries not dismissed yet, in order. */
  visible: T[];
  /** Hides `entry` (at `index` among the visible ones) and plans where focus goes. */
  dismiss: (entry: T, index: number) => void;
  /** The ref callback for an entry's dismiss button. */
  buttonRef: (key: string) => (node: HTMLButtonElement | null) => void;
  /** The ref for the list's root. */
  ref: React.RefCallback<E>;
}

export function useDismissibleList<T, E extends HTMLElement>(
  entries: readonly T[],
  keyOf: (entry: T) => string,
  forwardedRef: React.ForwardedRef<E>,
): DismissibleList<T, E> {
  const rootRef = React.useRef<E | null>(null);
  const ref = useComposedRefs(rootRef, forwardedRef);
  const [dismissed, setDismissed] = React.useState<ReadonlySet<string>>(() => new Set());
  const buttons = React.useRef(new Map<string, HTMLButtonElement>());
  // Where focus goes once a dismissal has rendered: read then, as the element may be new.
  const focusAfterDismiss = React.useRef<(() => HTMLElement | null | undefined) | null>(null);

  React.useEffect(() => {
    const target = focusAfterDismiss.current?.();
    focusAfterDismiss.current = null;
    if (!target) return;
    const active = target.ownerDocument.activeElement;
    if (active && active !== target.ownerDocument.body && !rootRef.current?.contains(active)) return;
    target.focus();
  }, [dismissed]);

  const visible = entries.filter((entry) => !dismissed.has(keyOf(entry)));

  /** Hides `entry` (at `index` among the visible ones) and plans where focus goes. */
  const dismiss = (entry: T, index: number) => {
    const neighbour = visible[index + 1] ?? visible[index - 1];
    if (neighbour) {
      const key = keyOf(neighbour);
      focusAfterDismiss.current = () => buttons.current.get(key);
    } else {
      // The last one: the list goes away, so focus goes where Tab would have gone next.
      const beside = rootRef.current ? tabbableBeside(rootRef.current) : null;
      focusAfterDismiss.current = () => (beside?.isConnected ? beside : null);
    }
    setDismissed((previous) => new Set(previous).add(keyOf(entry)));
  };

  /** The ref callback for an entry's dismiss button. */
  const buttonRef = (key: string) => (node: HTMLButtonElement | null) => {
    if (node) buttons.current.set(key, node);
    else buttons.current.delete(key);
  };

  return { visible, dismiss, buttonRef, ref };
}
