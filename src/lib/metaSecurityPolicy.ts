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

/** Directives a `<meta http-equiv>` policy cannot carry: browsers ignore them there. */
const HEADER_ONLY = /^(?:frame-ancestors|report-uri|sandbox)\b/;

function policyOf(file: string): string {
  const line = file.split('\n').find((candidate) => /^\s+Content-Security-Policy:/i.test(candidate));
  if (!line) throw new Error('public/_headers sets no Content-Security-Policy for the pages');
  return line
    .slice(line.indexOf(':') + 1)
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY.test(directive))
    .join('; ');
}

export const metaSecurityPolicy = policyOf(headers);
