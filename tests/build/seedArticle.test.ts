/**
 * The built seed article: its fact boxes show the computed numbers next to the stated ones.
 * Reads `dist/`, which the global setup builds once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SLUG = 'new-wave-of-mobilization-and-conscripting-prisoners-in-russia';
const html = readFileSync(`dist/articles/${SLUG}/index.html`, 'utf8');
/** The page's reading text: tags, scripts and closed figure cards (popovers) removed, whitespace collapsed. */
const text = html
  .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
  .replace(/<span popover[\s\S]*?Close<\/button><\/span>/g, '')
  .replace(/<[^>]+>/g, ' ')
  .replace(/&nbsp;|\s+/g, ' ')
  .replace(/ ([,.;:”)])/g, '$1');

function factBox(id: string): string {
  const match = new RegExp(`<aside[^>]*data-fact="${id}"[\\s\\S]*?</aside>`).exec(html);
  if (!match) throw new Error(`no fact box for ${id}`);
  return match[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the seed article page', () => {
  it('shows the facility quota, 100 × 210 = 21,000, next to the stated 20,000 and the gap', () => {
    const box = factBox('quota');
    expect(box).toContain('100 × 210 = 21,000');
    expect(box).toContain('The article states 20,000: 1,000 fewer, 4.8% below the computed 21,000.');
  });

  it('shows the 40 % target, 24,000, against the same 20,000', () => {
    const box = factBox('target');
    expect(box).toContain('40% × 60,000 = 24,000');
    expect(box).toContain('4,000 fewer, 16.7% below the computed 24,000');
  });

  it("shows the hundredfold gap between Putin's two rates, and that one input is an upper bound", () => {
    const box = factBox('recidivismGap');
    expect(box).toContain('up to 40% ÷ 0.4% = up to 100×');
    expect(box).toContain('up to 40%');
  });

  it('keeps the spaces around inline figures', () => {
    for (const phrase of [
      'incurred over 30,000 casualties in Ukraine',
      'conscript 40% of 60,000 prisoners',
      'More specifically, 100 people will be conscripted from each of 210 pre-trial detention facilities',
      'With an estimated 350,000 men already mobilized',
      'to over 1,500 kilometers',
      'when an estimated 1 million Russian men fled',
      'it goes up to 40%',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('shows the publication date at its real precision, with no invented day', () => {
    expect(html).toMatch(/<time datetime="2024-10"[^>]*>October 2024<\/time>/);
  });

  it('drops the photo captions and the previous/next lines of the source text', () => {
    expect(text).not.toMatch(/Photo: |Previous Previous|Next Next/);
  });

  it('lists the timeline with each date at its precision', () => {
    for (const date of ['February 2023', 'March 2023', '1 October 2024', '2 October 2024']) {
      expect(text).toContain(date);
    }
  });
});

describe('the front page and the archive', () => {
  it('lists the seed article in the archive, which the front page links only once it outgrows it', () => {
    const archive = readFileSync('dist/archive/index.html', 'utf8');
    expect(archive).toContain(`/articles/${SLUG}/`);
    const home = readFileSync('dist/index.html', 'utf8');
    // One article: it is the lead, nothing is left over for the archive link.
    expect(home).not.toContain('/archive/');
  });
});
