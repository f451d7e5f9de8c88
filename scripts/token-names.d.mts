export const tokensCss: string;
export const tokenNamesFile: string;
export function renderTokenNames(css: string): string;
