import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaSecurityPolicy } from '../../src/lib/metaSecurityPolicy.ts';
import { headersForPath, parseCsp, parseHeadersFile } from '../support/headersFile.ts';

/** What a `<meta http-equiv>` policy cannot carry: browsers ignore these there. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

describe('metaSecurityPolicy (the policy pages carry for hosts without _headers)', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const header = parseCsp(headersForPath(rules, '/articles/x/')['content-security-policy']!);
  const meta = parseCsp(metaSecurityPolicy);

  it("is public/_headers' policy, every directive and source, without what a meta tag cannot carry", () => {
    const expected = new Map([...header].filter(([name]) => !HEADER_ONLY.includes(name)));
    expect(meta).toEqual(expected);
    expect(header.has('frame-ancestors')).toBe(true);
  });

  it('allows no inline script but those listed by their hash', () => {
    expect(meta.get('script-src')).not.toContain("'unsafe-inline'");
    expect(meta.get('script-src')?.filter((source) => source.startsWith("'sha256-"))).toHaveLength(2);
  });
});
