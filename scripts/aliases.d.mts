export const alias: Record<string, string>;
