/**
 * Every XML file the build writes is well-formed to a strict parser (one that refuses control
 * characters, which fast-xml-parser's validator lets through), and every JSON file and JSON-LD
 * block survives a round trip. The checker keeps such characters out of articles; this holds the
 * outputs to it.
 */
import { describe, expect, it } from 'vitest';
import { listFiles, listPages, readText } from './builtSite.ts';
import { jsonProblems, xmlProblems } from './wellFormed.ts';

const DIST = 'dist';

describe('the strict XML check', () => {
  it.each([
    ['a NUL', '\u0000', 'U+0000 is not an XML character'],
    ['a vertical tab pasted from Word', '\u000B', 'U+000B is not an XML character'],
    ['a bell', '\u0007', 'U+0007 is not an XML character'],
    ['an escape sequence', '\u001B[31m', 'U+001B is not an XML character'],
    ['U+FFFF', '\uFFFF', 'U+FFFF is not an XML character'],
    ['half a surrogate pair', '\uD800', 'U+D800 is not an XML character'],
    ['an escape written as a reference', '&#x1B;', '&#x1B; refers to a character XML does not allow'],
    ['a NUL written as a reference', '&#0;', '&#0; refers to a character XML does not allow'],
  ])('refuses %s in a title, which the validator alone accepts', (_, character, problem) => {
    const feed = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n<title>A${character}B</title></channel></rss>`;
    expect(xmlProblems(feed)).toEqual([`line 3: ${problem}`]);
  });

  it('accepts text XML allows: tabs, line breaks, accents, emoji and references to them', () => {
    const feed = '<rss><channel><title>Café\t“quotes” &#x1F389; &amp; 🎉\r\nend</title></channel></rss>';
    expect(xmlProblems(feed)).toEqual([]);
  });

  it('refuses what the validator refuses', () => {
    expect(xmlProblems('<rss><title>A & B</title></rss>')).toEqual([expect.stringMatching(/^line 1: /)]);
  });
});

describe('the JSON round trip', () => {
  it('accepts JSON that comes back the same, and refuses half a surrogate pair or broken JSON', () => {
    expect(jsonProblems('{"a":["Café 🎉",1,null,{"b":"\\u001b"}]}')).toEqual([]);
    expect(jsonProblems('{"a":"\\ud800"}')).toEqual(['"\\ud800" holds half a surrogate pair']);
    expect(jsonProblems('{"a":')).toHaveLength(1);
  });
});

describe("the build's outputs", () => {
  it('writes only well-formed XML: the feed and the sitemaps', async () => {
    const files = (await listFiles(DIST)).filter((file) => file.endsWith('.xml'));
    expect(files).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml']));
    for (const file of files) expect(xmlProblems(await readText(DIST, file)), file).toEqual([]);
  });

  it('writes JSON files and JSON-LD blocks that survive a round trip', async () => {
    const files = (await listFiles(DIST)).filter((file) => file.endsWith('.json'));
    expect(files.some((file) => file.endsWith('/figures.json'))).toBe(true);
    for (const file of files) expect(jsonProblems(await readText(DIST, file)), file).toEqual([]);
    let blocks = 0;
    for (const page of await listPages(DIST)) {
      const html = await readText(DIST, page);
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        blocks += 1;
        expect(jsonProblems(json!), page).toEqual([]);
      }
    }
    expect(blocks).toBeGreaterThan(0);
  });
});
