import * as React from 'react';

// A menu for the menu button pattern: a list of `menuitem`s that arrow keys move through (Home, End,
// and the first letter too), that closes on Escape, on Tab, or on a click outside, and hands focus
// back as the caller decides. Only the open menu exists, so a thousand rows cost nothing until one is
// opened. The trigger is the caller's button, with `aria-haspopup="menu"` and `aria-expanded`.

/** Why a menu closed: the caller puts focus back on its button for `escape`, not for `tab` or `outside`. */
export type MenuCloseReason = 'escape' | 'tab' | 'outside';

interface MenuProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'role'> {
  /** Which item takes focus when the menu opens: the first (Enter, Space, ArrowDown) or the last (ArrowUp). */
  initialFocus?: 'first' | 'last';
  /** The element that opened the menu: a click on it is the caller's to handle, not an outside click. */
  triggerRef?: React.RefObject<HTMLElement | null>;
  onClose: (reason: MenuCloseReason) => void;
}

const ITEM = '[role="menuitem"]:not([aria-disabled="true"])';

export const Menu = React.forwardRef<HTMLDivElement, MenuProps>(function Menu(props, forwardedRef) {
  const {
    initialFocus = 'first',
    triggerRef,
    onClose,
    className,
    onKeyDown,
    onBlur,
    children,
    ...rest
  } = props;
  const ref = React.useRef<HTMLDivElement | null>(null);
  const onCloseRef = React.useRef(onClose);
  React.useEffect(() => {
    onCloseRef.current = onClose;
  });

  const items = () => Array.from(ref.current?.querySelectorAll<HTMLElement>(ITEM) ?? []);

  React.useEffect(() => {
    const list = items();
    (initialFocus === 'last' ? list[list.length - 1] : list[0])?.focus();
    // Only on open: later renders keep focus where the user put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  React.useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!target || ref.current?.contains(target) || triggerRef?.current?.contains(target)) return;
      onCloseRef.current('outside');
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [triggerRef]);

  const setRefs = React.useCallback(
    (node: HTMLDivElement | null) => {
      ref.current = node;
      if (typeof forwardedRef === 'function') forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    },
    [forwardedRef],
  );

  return (
    <div
      role="menu"
      tabIndex={-1}
      className={className ? `ook-menu ${className}` : 'ook-menu'}
      {...rest}
      ref={setRefs}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.defaultPrevented) return;
        const list = items();
        const at = list.indexOf(document.activeElement as HTMLElement);
        const focus = (index: number) => list[(index + list.length) % list.length]?.focus();
        if (event.key === 'ArrowDown') focus(at + 1);
        else if (event.key === 'ArrowUp') focus(at < 0 ? -1 : at - 1);
        else if (event.key === 'Home') focus(0);
        else if (event.key === 'End') focus(-1);
        else if (event.key === 'Escape') onCloseRef.current('escape');
        else if (event.key === 'Tab') {
          onCloseRef.current('tab');
          return;
        } else if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey) {
          // Type-ahead: the next item whose words start with the letter typed.
          const letter = event.key.toLocaleLowerCase();
          const next = [...list.slice(at + 1), ...list.slice(0, at + 1)].find((item) =>
            item.textContent?.trim().toLocaleLowerCase().startsWith(letter),
          );
          if (!next) return;
          next.focus();
        } else return;
        event.preventDefault();
        event.stopPropagation();
      }}
      onBlur={(event) => {
        onBlur?.(event);
        const next = event.relatedTarget;
        // Focus left for somewhere else on the page (not the trigger, whose click decides itself).
        if (next instanceof Node && !ref.current?.contains(next) && !triggerRef?.current?.contains(next)) {
          onCloseRef.current('tab');
        }
      }}
    >
      {children}
    </div>
  );
});
Menu.displayName = 'Menu';

interface MenuItemProps extends Omit<React.ComponentPropsWithoutRef<'button'>, 'role' | 'type'> {
  icon?: React.ReactNode;
  /** `danger` for an action that removes something. */
  tone?: 'default' | 'danger';
}

/** One action in a `Menu`: a button reached by arrow keys, not by Tab. */
export function MenuItem({ icon, tone = 'default', className, children, ...rest }: MenuItemProps) {
  const classes = ['ook-menu__item', tone === 'danger' ? 'ook-menu__item--danger' : null, className];
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={classes.filter(Boolean).join(' ')}
      {...rest}
    >
      {icon}
      <span>{children}</span>
    </button>
  );
}

/** A labelled set of items in a `Menu`, e.g. "Move to" and the pillars. */
export function MenuGroup({ label, children }: { label: string; children: React.ReactNode }) {
  const id = React.useId();
  return (
    <div role="group" aria-labelledby={id}>
      <div id={id} role="presentation" className="ook-menu__label">
        {label}
      </div>
      {children}
    </div>
  );
}

export function MenuSeparator() {
  return <div role="separator" className="ook-menu__separator" />;
}
