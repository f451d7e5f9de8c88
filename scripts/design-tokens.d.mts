/** One custom property of tokens.css, with its value in each mode that sets it. */
export interface CssToken {
  name: string;
  values: Partial<Record<TokenMode, string>> & { light: string };
}
export type TokenMode = 'light' | 'dark' | 'pointer-coarse' | 'reduced-motion';
export type DtcgType =
  'color' | 'dimension' | 'duration' | 'number' | 'fontWeight' | 'fontFamily' | 'cubicBezier' | 'shadow';
export const MODES: readonly TokenMode[];
export const CSS_ONLY_TOKENS: readonly string[];
export function readTokens(css: string): CssToken[];
export function tokenPath(name: string): string[];
export function aliasOf(value: string): string | null;
export function tokenType(token: CssToken, byName: Map<string, CssToken>): DtcgType | null;
export function toDtcgValue(value: string, type: DtcgType): unknown;
export function toCssValue(value: unknown, type: DtcgType, byPath: (reference: string) => string): string;
export function normaliseCssValue(value: string): string;
export function toDtcg(tokens: CssToken[]): Record<string, unknown>;
export function walkDtcg(
  document: Record<string, unknown>,
  path?: string[],
): {
  path: string[];
  token: { $type: DtcgType; $value: unknown; $extensions?: { mode?: Record<string, unknown> } };
}[];
export function cssNameOf(pathOrReference: string | string[]): string;
export function resolveToken(name: string, mode: TokenMode, byName: Map<string, CssToken>): string;
