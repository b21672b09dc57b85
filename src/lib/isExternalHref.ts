/**
 * Whether a link leaves the site: an absolute or protocol-relative http(s) address on another
 * origin than the site's. Relative links, fragments and the site's own origin stay internal.
 */
export function isExternalHref(href: string, siteOrigin: string): boolean {
  if (!/^(?:https?:)?\/\//i.test(href)) return false;
  return new URL(href, siteOrigin).origin !== new URL(siteOrigin).origin;
}

/** `rel` for a link: external ones also get `noopener noreferrer`, keeping any the author set. */
export function linkRel(href: string, siteOrigin: string, rel?: string): string | undefined {
  const tokens = (rel ?? '').split(/\s+/).filter(Boolean);
  if (isExternalHref(href, siteOrigin)) {
    for (const token of ['noopener', 'noreferrer']) if (!tokens.includes(token)) tokens.push(token);
  }
  return tokens.length > 0 ? tokens.join(' ') : undefined;
}
