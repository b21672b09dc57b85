/**
 * The Content-Security-Policy `public/_headers` sets for the pages, read from that file's text:
 * the built pages' meta tag (`metaSecurityPolicy.ts`) and the dev server's content-error page
 * (`integrations/liveContentServer.ts`) carry the same policy.
 */
/** Directives a `<meta http-equiv>` policy cannot carry: browsers ignore them there. */
const HEADER_ONLY = /^(?:frame-ancestors|report-uri|sandbox)\b/;

/** The pages' Content-Security-Policy in the text of `public/_headers`, as a meta tag may carry it. */
export function pagePolicyOf(file: string): string {
  const line = file.split('\n').find((candidate) => /^\s+Content-Security-Policy:/i.test(candidate));
  if (!line) throw new Error('public/_headers sets no Content-Security-Policy for the pages');
  return line
    .slice(line.indexOf(':') + 1)
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY.test(directive))
    .join('; ');
}
