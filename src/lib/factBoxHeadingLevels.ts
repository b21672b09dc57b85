/**
 * The heading level of each fact box the text places, so the page's headings go down one level at
 * a time: a box under the headline has an h2 title, a box in a "## Section" an h3, in a
 * "### Subsection" an h4.
 *
 * Rules:
 * - One level below the last heading before the box: ATX (`## …`) or setext (a line underlined
 *   with `===` or `---`); the page's h1 (the headline) when the text has none before it.
 * - Between 2 and 4, the levels `<FactBox>` takes.
 * - Tags and headings inside fenced code (```` ``` ```` or `~~~`) do not count.
 */
export type FactBoxLevel = 2 | 3 | 4;

const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const FACT_BOX = /<FactBox[\s/>]/g;

/** One level for each `<FactBox>` in `body`, in the order the text places them. */
export function factBoxHeadingLevels(body: string): FactBoxLevel[] {
  const levels: FactBoxLevel[] = [];
  let heading = 1;
  let fence: string | undefined;
  let previous = '';
  for (const line of body.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      previous = '';
      continue;
    }
    const atx = ATX.exec(line)?.[1];
    const setext = previous.trim() && !ATX.test(previous) ? SETEXT.exec(line)?.[1] : undefined;
    if (atx) heading = atx.length;
    else if (setext) heading = setext[0] === '=' ? 1 : 2;
    const boxes = line.match(FACT_BOX)?.length ?? 0;
    const level = Math.min(4, Math.max(2, heading + 1)) as FactBoxLevel;
    for (let box = 0; box < boxes; box += 1) levels.push(level);
    previous = line;
  }
  return levels;
}
