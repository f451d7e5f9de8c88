/**
 * Runs the consumer's handler first, then ours unless the consumer called `preventDefault()`,
 * so a host can always opt out of the kit's behaviour.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
) {
  return (event: E) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
