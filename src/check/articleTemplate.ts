/**
 * The starting file `npm run new` writes: every part of an article once, commented, as a draft.
 * It passes the checker with no errors and no warnings (a test proves it).
 */

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
dek: Replace this with one sentence that says what the article finds.
# The section the article is filed under.
section: Analysis
# Topics, lower case, for tag pages.
tags: [example]
# Bylines. Leave this out to credit the publisher.
# authors: [Your Name]
# A draft shows only in npm run dev. Delete this line when the article is ready.
draft: true
# When it is published: YYYY, YYYY-MM or YYYY-MM-DD. A date in the future schedules it.
published: ${today}

# Where the numbers come from. Each source has an id (camelCase) that figures refer to.
sources:
  ministry:
    publisher: Ministry of Examples
    title: Annual report
    # Only a real address, copied from the source; leave url out when there is none.
    url: https://example.org/annual-report
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
    note: Replace this with what a reader needs to know about the computation.

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
    caption: Replace this with one sentence about what the chart shows.
---

The ministry says each region must send <Fig id="perRegion" /> people, and <Fig id="regions" /> regions take part. It puts the total at <Fig id="statedTotal" />.

<FactBox id="total" />

<Chart id="totals" />

Write the rest of the article here. Every number a reader sees should be a figure: declare it under figures and write \`<Fig id="…" />\` where it goes.
`;
}
