import * as React from 'react';

type PossibleRef<T> = React.Ref<T> | undefined;

function setRef<T>(ref: PossibleRef<T>, node: T | null) {
  if (typeof ref === 'function') ref(node);
  else if (ref) (ref as React.MutableRefObject<T | null>).current = node;
}

/**
 * One callback ref feeding the component's own ref and the host's forwarded one, stable while they
 * are. Works the same on React 18 and 19.
 */
export function useComposedRefs<T>(own: PossibleRef<T>, forwarded: PossibleRef<T>): React.RefCallback<T> {
  return React.useCallback(
    (node: T | null) => {
      setRef(own, node);
      setRef(forwarded, node);
    },
    [own, forwarded],
  );
}
