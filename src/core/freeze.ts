/**
 * Freezes `value` and everything inside it, so one module of a host app cannot change an exported
 * constant for every other module. For the core's own constants, which are trees of plain data.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
