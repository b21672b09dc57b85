import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/facts/slugify.ts';
import { WORDS_PER_MINUTE, readingTime } from '../../src/facts/readingTime.ts';
import { figureMentionId, mdxMentions } from '../../src/facts/mdxMentions.ts';
import { citeArticle } from '../../src/facts/citeArticle.ts';
import { keyFact } from '../../src/facts/keyFact.ts';
import type { ResolvedFact } from '../../src/facts/resolveArticle.ts';

describe('slugify', () => {
  it.each([
    ['Security', 'security'],
    ['ukraine war', 'ukraine-war'],
    ['  Human   Rights ', 'human-rights'],
    ['Démarche & Co.', 'demarche-co'],
    ['C++ / Rust', 'c-rust'],
    ['2024 Election', '2024-election'],
    ['Россия', 'россия'],
  ])('"%s" → "%s"', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('refuses a name with nothing to make a URL from', () => {
    expect(() => slugify(' -- ')).toThrow(/no letters or digits/);
  });
});

describe('readingTime', () => {
  it('counts prose words and an inline figure as one word', () => {
    expect(readingTime('Over <Fig id="x" /> people, said the report.').words).toBe(6);
  });

  it('does not read component tags or imports', () => {
    expect(readingTime('import X from "y";\n\n<FactBox id="quota" />\n\nTwo words.').words).toBe(2);
  });

  it.each([
    [0, 1],
    [1, 1],
    [WORDS_PER_MINUTE, 1],
    [WORDS_PER_MINUTE + 1, 2],
    [WORDS_PER_MINUTE * 5, 5],
  ])('%i words take %i minute(s)', (words, minutes) => {
    const time = readingTime('word '.repeat(words));
    expect(time.minutes).toBe(minutes);
    expect(time.display).toBe(`${minutes} min read`);
  });
});

describe('mdxMentions', () => {
  it('counts each figure and lists the fact boxes and charts the body places', () => {
    const mentions = mdxMentions(
      '<Fig id="a" /> and <Fig id="b"/> then <Fig id="a" />.\n\n<FactBox id="quota" level={4} />\n\n<Chart id=\'people\' />',
    );
    expect([...mentions.figures]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect([...mentions.factBoxes]).toEqual(['quota']);
    expect([...mentions.charts]).toEqual(['people']);
    expect(figureMentionId('a', 2)).toBe('fig-a-2');
  });
});

describe('citeArticle', () => {
  const base = {
    publisher: 'Tally',
    title: 'A title',
    siteName: 'Tally',
    published: 'October 2024',
    url: 'https://t.example/a/',
  };

  it('credits the publisher when there are no authors', () => {
    expect(citeArticle({ ...base, authors: [] })).toBe('Tally. “A title.” Tally, October 2024. https://t.example/a/');
  });

  it('names the authors and keeps a title’s own question mark', () => {
    expect(citeArticle({ ...base, authors: ['A. Writer', 'B. Editor'], title: 'Why?' })).toBe(
      'A. Writer, B. Editor. “Why?” Tally, October 2024. https://t.example/a/',
    );
  });
});

describe('keyFact', () => {
  const fact = (id: string, verdict?: 'matches' | 'differs', expect?: 'differs') =>
    ({ id, comparison: verdict && { verdict }, expect }) as unknown as ResolvedFact;

  it.each([
    [[fact('a'), fact('b', 'matches'), fact('c', 'differs', 'differs')], 'c'],
    // A difference no one acknowledged may be a slip: never the key number.
    [[fact('a'), fact('b', 'matches'), fact('c', 'differs')], 'b'],
    [[fact('c', 'differs'), fact('a')], 'a'],
    [[fact('a'), fact('b', 'matches')], 'b'],
    [[fact('a'), fact('b')], 'a'],
    [[], undefined],
  ])('picks the most newsworthy fact', (facts, id) => {
    expect(keyFact({ facts })?.id).toBe(id);
  });
});

describe('nextMentionNumber', () => {
  it('numbers each figure’s mentions within one render, and starts again for the next page', async () => {
    const { nextMentionNumber } = await import('../../src/lib/nextMentionNumber.ts');
    const page = {};
    expect([nextMentionNumber(page, 'a'), nextMentionNumber(page, 'b'), nextMentionNumber(page, 'a')]).toEqual([
      1, 1, 2,
    ]);
    expect(nextMentionNumber({}, 'a')).toBe(1);
  });
});
