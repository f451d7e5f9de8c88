import * as React from 'react';
import { useScrollLock } from './scroll-lock';

/** Props of {@link ModalOverlay}: a `div`'s, and whether its dialog is open. */
export interface ModalOverlayProps extends React.ComponentPropsWithoutRef<'div'> {
  /** Whether the dialog is open; shown as `data-state` so closing can animate. */
  open: boolean;
}

/**
 * A modal dialog's backdrop that locks page scroll while mounted. It stands in for Radix's
 * `Dialog.Overlay`, whose scroll lock injects a `<style>` element that a strict Content-Security-Policy
 * blocks. Render it inside `Dialog.Portal`, which keeps it mounted while it animates out.
 */
export const ModalOverlay = React.forwardRef<HTMLDivElement, ModalOverlayProps>(function ModalOverlay(
  { open, ...props },
  forwardedRef,
) {
  const lockRef = useScrollLock<HTMLDivElement>();
  const ref = React.useCallback(
    (node: HTMLDivElement | null) => {
      lockRef(node);
      if (typeof forwardedRef === 'function') forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    },
    [lockRef, forwardedRef],
  );
  return <div data-state={open ? 'open' : 'closed'} {...props} ref={ref} />;
});
