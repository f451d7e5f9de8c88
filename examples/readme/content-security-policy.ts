import type { RequestListener } from 'node:http';

/** The policy one-on-one-kit is tested under: scripts and styles from your own origin only, no inline styles. */
export const contentSecurityPolicy = "default-src 'self'; style-src 'self'";

/** Wraps a `node:http` request listener so that every response carries the policy. */
export function withContentSecurityPolicy(listener: RequestListener): RequestListener {
  return (request, response) => {
    response.setHeader('Content-Security-Policy', contentSecurityPolicy);
    listener(request, response);
  };
}
