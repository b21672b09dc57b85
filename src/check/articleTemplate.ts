/**
 * The starting file `npm run new` writes: every part of an article once, commented, as a draft.
 * Its only problems are warnings at its placeholders (a test proves it).
 *
 * The placeholders (text an editor must replace) are defined here once, in `PLACEHOLDERS`, and the
 * template is written from them, so the checker's rule that a published article keeps none of
 * them (`findTemplateText`) cannot drift from what the template writes.
 */

/** Text the template writes for the editor to replace, and how to replace it. */
export interface Placeholder {
  text: string;
  /** What to do instead, as a message ends: "write the source's real address, or leave url out". */
  fix: string;
  /** `exact`: only a value that is this text and nothing else (a short word such as a tag). */
  exact?: true;
}

export const PLACEHOLDERS = {
  dek: { text: 'Replace this with one sentence that says what the article finds.', fix: 'write the dek' },
  tag: { text: 'example', fix: "write the article's topics", exact: true },
  publisher: { text: 'Ministry of Examples', fix: 'name who published the source' },
  url: {
    text: 'https://example.org/annual-report',
    fix: "copy the source's real address, or leave url out",
  },
  factNote: {
    text: 'Replace this with what a reader needs to know about the computation.',
    fix: 'write the note, or leave it out',
  },
  chartCaption: {
    text: 'Replace this with one sentence about what the chart shows.',
    fix: 'write the caption, or leave it out',
  },
  bodyExample: { text: 'The ministry says each region must send', fix: 'write the article' },
  bodyRest: { text: 'Write the rest of the article here.', fix: 'write the article' },
} as const satisfies Record<string, Placeholder>;

/** "Putin's New Law: 2024" → "putins-new-law-2024"; accents and apostrophes go. Empty if nothing usable is left. */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface TemplateOptions {
  title: string;
  /** Today, as `YYYY-MM-DD`: the template's publication and access date. */
  today: string;
}

export function articleTemplate({ title, today }: TemplateOptions): string {
  // JSON strings are valid YAML double-quoted strings, so any title is safe here.
  return `---
# Every field is explained in EDITING.md. Lines starting with # are comments.

# The headline.
title: ${JSON.stringify(title)}
# One sentence that says what the article finds.
dek: ${PLACEHOLDERS.dek.text}
# The section the article is filed under.
section: Analysis
# Topics, lower case, for tag pages.
tags: [${PLACEHOLDERS.tag.text}]
# Bylines. Leave this out to credit the publisher.
# authors: [Your Name]
# A draft shows only in npm run dev. Delete this line when the article is ready.
draft: true
# When it is published: YYYY, YYYY-MM or YYYY-MM-DD. A date in the future schedules it.
published: ${today}

# Where the numbers come from. Each source has an id (camelCase) that figures refer to.
sources:
  ministry:
    publisher: ${PLACEHOLDERS.publisher.text}
    title: Annual report
    # Only a real address, copied from the source; leave url out when there is none.
    url: ${PLACEHOLDERS.url.text}
    published: ${today.slice(0, 7)}
    accessed: ${today}

# Numbers the article states. Write each in the text as <Fig id="…" />.
figures:
  perRegion:
    value: 100
    # count, number, percent (0.4 is 40 %), points, compact, multiple, year or rank.
    format: count
    # A noun (people, km), a currency code (USD, EUR), or a rate written with / (people/region).
    unit: people/region
    label: People each region must send
    source: ministry
  regions:
    value: 12
    format: count
    unit: regions
    label: Regions taking part
    source: ministry
  statedTotal:
    value: 1250
    format: count
    unit: people
    # exact, about, over, under, up to or estimated.
    qualifier: about
    label: Total the ministry announced
    asOf: ${today.slice(0, 7)}
    source: ministry

# Numbers Tally computes from the figures, shown with their arithmetic: <FactBox id="…" />.
facts:
  total:
    title: Total implied by the quota
    formula: perRegion * regions
    format: count
    unit: people
    # The stated figure this computation checks, and how far (0.05 = 5 %) it may be off.
    compareTo: statedTotal
    tolerance: 0.05
    note: ${PLACEHOLDERS.factNote.text}

# Dated events, in any order; the page shows them oldest first.
timeline:
  - date: ${today}
    text: The ministry publishes its annual report.
    source: ministry

# Charts drawn from figures and facts: <Chart id="…" />.
charts:
  - id: totals
    title: Announced and computed totals
    figures: [statedTotal, total]
    caption: ${PLACEHOLDERS.chartCaption.text}
---

${PLACEHOLDERS.bodyExample.text} <Fig id="perRegion" /> people, and <Fig id="regions" /> regions take part. It puts the total at <Fig id="statedTotal" />.

<FactBox id="total" />

<Chart id="totals" />

${PLACEHOLDERS.bodyRest.text} Every number a reader sees should be a figure: declare it under figures and write \`<Fig id="…" />\` where it goes.
`;
}
