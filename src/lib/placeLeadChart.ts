/**
 * Where the lead chart goes in an article's text: after the paragraph that first cites one of
 * the numbers it draws, so on a phone the story starts on the first screen and the chart comes
 * when the text reaches its numbers.
 *
 * Rules:
 * - A chart cites a figure with `<Fig id="…" />` and a computed fact with `<FactBox id="…" />`;
 *   the first block of the text holding either decides.
 * - A block is a run of lines between blank lines (a paragraph, a list, a quote, a fact box);
 *   the chart becomes a block of its own right after it.
 * - When the text cites none of the chart's numbers, the chart follows the first block.
 * - Tags and blank lines inside fenced code (```` ``` ```` or `~~~`) do not count.
 * - Every other line is returned as written.
 */
export interface LeadChart {
  /** The chart's id in the frontmatter. */
  id: string;
  /** The figures and facts it draws. */
  figures: readonly { id: string }[];
}

interface Block {
  /** The index of the blank line that ends the block, or the line count. */
  end: number;
  /** Its lines outside fenced code. */
  prose: string[];
}

const CITATION = /<(?:Fig|FactBox)\s[^>]*?\bid=["']([^"']+)["'][^>]*>/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** `body` with `<Chart id="…" />` inserted where the lead chart belongs. */
export function placeLeadChart(body: string, chart: LeadChart): string {
  const drawn = new Set(chart.figures.map((item) => item.id));
  const lines = body.split('\n');
  const blocks = blocksOf(lines);
  const cites = (line: string) => [...line.matchAll(CITATION)].some(([, id]) => drawn.has(id!));
  const citing = blocks.find((block) => block.prose.some(cites));
  const at = (citing ?? blocks[0])?.end ?? lines.length;
  return [...lines.slice(0, at), '', `<Chart id="${chart.id}" />`, ...lines.slice(at)].join('\n');
}

function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let fence: string | undefined;
  for (const [index, line] of lines.entries()) {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (line.trim() === '') {
      if (current) blocks.push({ ...current, end: index });
      current = undefined;
      continue;
    }
    current ??= { end: lines.length, prose: [] };
    if (marker) fence = marker;
    else current.prose.push(line);
  }
  if (current) blocks.push(current);
  return blocks;
}
