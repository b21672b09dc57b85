/**
 * The Content-Security-Policy every built page carries in a `<meta http-equiv>` tag, for hosts
 * that do not send the headers in `public/_headers` (GitHub Pages, a plain file server).
 *
 * Rules:
 * - It is the `/*` policy of `public/_headers`, the policy of record, without `frame-ancestors`,
 *   which a meta tag cannot carry (browsers ignore it there); a test holds the two together, so a
 *   hash changed in one place must be changed in the other. Where the header is sent too, a page
 *   must satisfy both, which is the header's policy.
 * - Only the production build carries it: the dev server injects its own scripts, and serves no
 *   `_headers` either.
 * - The other headers (Strict-Transport-Security, X-Content-Type-Options, X-Frame-Options,
 *   Permissions-Policy, Cross-Origin-Opener-Policy) have no meta equivalent; the referrer policy
 *   the header sets is the browsers' default. See docs/DEPLOY.md.
 */
export const metaSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' 'sha256-0rmwZsD6xNBIBp+qtk8zLkmKcF6gFByAKNVad4KaUmo=' 'sha256-Jueaw8mr1Oscdv8Cruc5fuTOsTHLmGldDWynhQDkRKY='",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
