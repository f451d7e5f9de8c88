export const tokensCss: string;
export const tokenNamesFile: string;
export const tokensJsonFile: string;
export function renderTokenNames(css: string): string;
export function renderTokensJson(css: string): string;
