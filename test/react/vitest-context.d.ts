// Values the vitest projects hand to their tests with `provide` (vitest.config.ts).
declare module 'vitest' {
  export interface ProvidedContext {
    /** The React major version a react project runs on: 19 (`react`) or 18 (`react-18`). */
    reactMajor: 18 | 19;
  }
}
export {};
