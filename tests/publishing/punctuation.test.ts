/**
 * No whitespace before punctuation on any built page (issue 21): a space before `.`, `,`, `;`,
 * `:` or `)` is a template's line break reaching the reader ("iStories (Important Stories) .").
 */
import { describe, expect, it } from 'vitest';
import { spacesBeforePunctuation } from '../support/spacesBeforePunctuation.ts';
import { listPages, readText } from './builtSite.ts';

const DIST = 'dist';

describe('whitespace before punctuation', () => {
  it('occurs in no text of any built page', async () => {
    const pages = await listPages(DIST);
    expect(pages.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const page of pages) {
      for (const place of spacesBeforePunctuation(await readText(DIST, page))) found.push(`${page}: ${place}`);
    }
    expect(found).toEqual([]);
  });

  it.each([
    ['a line break left after an inline element', '<li><span class="p">iStories</span>    \n. Note.</li>', 1],
    ['a space before a comma, after a tag', '<p><span>Putin</span> , <cite>Remarks</cite></p>', 1],
    ['a space inside a link before its closing tag', '<p>See <a href="#">the list </a>.</p>', 1],
    ['a date in brackets followed by a stray space', '<p>(<time>2023</time>)\n  \n. Next</p>', 1],
    ['a no-break space before a colon', '<p>states 20,000&nbsp;: 1,000 fewer</p>', 1],
    ['a space before a closing bracket', '<p>(claimed by Putin )</p>', 1],
    ['tidy text with inline elements', '<p>By <a href="#">Tally</a>, <span>2024</span>. Done: yes (no).</p>', 0],
    ['a block starting with punctuation after another block', '<p>One</p>\n<p>. starts here</p>', 0],
    ['script and style, which are no text', '<script>a = b ;</script><style>a , b {}</style><p>x</p>', 0],
    ['punctuation inside an attribute', '<p title="a , b">x</p>', 0],
  ])('catches %s', (_, html, count) => {
    expect(spacesBeforePunctuation(html)).toHaveLength(count);
  });
});
