// The React entry: components and hooks. It does not re-export the core's runtime;
// import that from 'one-on-one-kit/core'.

export { OneOnOneKitProvider } from './provider';
export type { OneOnOneKitMessages, OneOnOneKitProviderProps } from './provider';
