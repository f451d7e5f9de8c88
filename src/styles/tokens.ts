import type { tokenNames } from './token-names';

/**
 * The name of one design token, e.g. `'--ook-color-accent'`.
 * @example const accent: TokenName = '--ook-color-accent';
 */
export type TokenName = (typeof tokenNames)[number];

/**
 * A token as a CSS value, `var(--ook-…)`, with an optional fallback: for inline styles, also in
 * server components. The name is checked against the tokens the stylesheet defines.
 *
 * @example
 * <div style={{ borderColor: tokenVar('--ook-pillar-horizon') }} />
 */
export function tokenVar(name: TokenName, fallback?: string): string {
  return fallback === undefined ? `var(${name})` : `var(${name}, ${fallback})`;
}
