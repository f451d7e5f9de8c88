import * as React from 'react';

// useLayoutEffect warns during server rendering in React 18; there is nothing to sync on the server anyway.
const useCommittedEffect = typeof window === 'undefined' ? React.useEffect : React.useLayoutEffect;

interface UseControllableStateParams<T> {
  prop?: T | undefined;
  defaultProp: T;
  onChange?: ((value: T) => void) | undefined;
}

/**
 * The `value`/`defaultValue`/`onValueChange` pattern: controlled when `prop` is defined, otherwise
 * holds its own state. `onChange` fires only for real changes.
 */
export function useControllableState<T>({ prop, defaultProp, onChange }: UseControllableStateParams<T>) {
  const [uncontrolled, setUncontrolled] = React.useState(defaultProp);
  const isControlled = prop !== undefined;
  const value = isControlled ? prop : uncontrolled;
  const valueRef = React.useRef(value);
  const onChangeRef = React.useRef(onChange);
  // Synced after each commit, before any event can run, so handlers read what was rendered.
  useCommittedEffect(() => {
    valueRef.current = value;
    onChangeRef.current = onChange;
  });

  const setValue = React.useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(valueRef.current) : next;
      if (Object.is(resolved, valueRef.current)) return;
      // Keep the ref current so several updates in one event build on each other.
      valueRef.current = resolved;
      if (!isControlled) setUncontrolled(resolved);
      onChangeRef.current?.(resolved);
    },
    [isControlled],
  );

  return [value, setValue] as const;
}
