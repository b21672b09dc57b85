/**
 * The Content-Security-Policy every built page carries in a `<meta http-equiv>` tag, for hosts
 * that do not send the headers in `public/_headers` (GitHub Pages, a plain file server).
 *
 * Rules:
 * - It is the `/*` policy of `public/_headers`, the policy of record, without `frame-ancestors`,
 *   which a meta tag cannot carry (browsers ignore it there). It is read from that file when the
 *   site is built, so a script's hash is written in one place only. Where the header is sent too, a page
 *   must satisfy both, which is the header's policy.
 * - Only the production build carries it: the dev server injects its own scripts, and serves no
 *   `_headers` either.
 * - The other headers (Strict-Transport-Security, X-Content-Type-Options, X-Frame-Options,
 *   Permissions-Policy, Cross-Origin-Opener-Policy) have no meta equivalent; the referrer policy
 *   the header sets is the browsers' default. See docs/DEPLOY.md.
 */
import headers from '../../public/_headers?raw';
import { pagePolicyOf } from './pagePolicyOf.ts';

export const metaSecurityPolicy = pagePolicyOf(headers);
