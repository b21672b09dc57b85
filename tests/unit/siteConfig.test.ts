/**
 * The owner's settings: a site address or a locale Tally cannot honour stops every command with a
 * message naming the setting and what it takes, never a silently wrong site.
 */
import { describe, expect, it } from 'vitest';
import { proseLocale, siteOrigin } from '../../src/siteConfig.ts';
import { runScript } from '../support/runScript.ts';

describe('siteOrigin', () => {
  it.each([
    ['https://news.example.org', 'https://news.example.org'],
    ['https://news.example.org/', 'https://news.example.org'],
    ['HTTPS://News.Example.org', 'https://news.example.org'],
    ['http://localhost:4321', 'http://localhost:4321'],
  ])('takes %s as the origin %s', (site, origin) => {
    expect(siteOrigin(site)).toBe(origin);
  });

  it.each([
    ['news.example.org', /TALLY_SITE must be the site's origin.*found "news\.example\.org"$/],
    ['ftp://example.org', /found "ftp:\/\/example\.org", which is not an http\(s\) address/],
    [
      'https://example.org/tally',
      /found "https:\/\/example\.org\/tally"; a sub-path goes in TALLY_BASE \(TALLY_BASE=\/tally\/\)/,
    ],
    ['https://example.org/a/b/', /TALLY_BASE=\/a\/b\//],
    ['https://example.org/?page=1', /no path, user, query or fragment: found/],
    ['https://editor@example.org', /no path, user, query or fragment: found/],
  ])('refuses %s', (site, message) => {
    expect(() => siteOrigin(site)).toThrow(message);
  });
});

describe('proseLocale', () => {
  it.each(['en-GB', 'en-US', 'en-AU', 'en'])('takes %s, which writes 1,234,567.5', (locale) => {
    expect(proseLocale(locale)).toBe(locale);
  });

  it.each([
    ['de-DE', '1.234.567,5'],
    ['fr-FR', '1\u202f234\u202f567,5'],
    ['en-IN', '12,34,567.5'],
    ['en-ZA', '1\u00a0234\u00a0567,5'],
  ])('refuses %s, which writes the number as %s', (locale, written) => {
    expect(() => proseLocale(locale)).toThrow(`src/siteConfig.ts: locale "${locale}" writes 1234567.5 as "${written}"`);
  });

  it('refuses a tag that is not BCP 47', () => {
    expect(() => proseLocale('en_GB')).toThrow(/is not a BCP 47 language tag/);
  });
});

describe('npm run check with a setting it cannot honour', () => {
  it('prints the setting and what it takes, no stack, and exits 1', () => {
    const run = runScript('check.ts', [], { TALLY_SITE: 'https://example.org/tally' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      'TALLY_SITE must be the site\'s origin, such as https://news.example.org, with no path: found "https://example.org/tally"; a sub-path goes in TALLY_BASE (TALLY_BASE=/tally/)',
    );
  });
});
