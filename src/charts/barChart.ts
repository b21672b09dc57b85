/**
 * Geometry for a horizontal bar chart, drawn by `Chart.astro` as SVG with no client script.
 *
 * Rules:
 * - Bars start at zero and are to scale: the largest value spans the full width.
 * - Horizontal positions are percentages of the chart's width, so the SVG stretches to its
 *   column while its text keeps the page's type size; vertical positions are pixels, so the
 *   height is known before the page paints (no layout shift).
 * - Each row has its label above the bar, wrapped to fit a phone; the value sits inside a long
 *   bar and just after a short one.
 * - Values must be zero or more, and every bar must count the same unit.
 */
import type { ResolvedChart } from '../facts/resolveArticle.ts';

export interface BarInput {
  id: string;
  label: string;
  value: number;
  /** The value as the article shows it ("an estimated 350,000"); never formatted here. */
  display: string;
  unit?: string;
  /** True for a number Tally computed rather than one the article states. */
  computed: boolean;
}

export interface BarRow extends BarInput {
  /** The label, broken into lines that fit a phone-width chart, each with its baseline in px. */
  labelLines: { text: string; y: number }[];
  /** Top of the bar, in px. */
  barY: number;
  /** The bar's length, as a percentage of the chart's width. */
  widthPercent: number;
  /** Whether the value is written inside the bar (true) or just after its end. */
  valueInside: boolean;
  /** Vertical centre of the bar, where the value text sits, in px. */
  valueY: number;
}

export interface BarChartLayout {
  rows: BarRow[];
  /** Total height, in px. */
  height: number;
  barHeight: number;
  /** The unit every bar counts, when they name one. */
  unit?: string;
}

/** Added to a computed bar's label, so the difference does not rest on colour alone. */
export const COMPUTED_MARK = '(computed by Tally)';
export const BAR_HEIGHT = 22;
/** Line height of a label line, in px (labels are set at 14 px). */
export const LABEL_LINE = 18;
const LABEL_TO_BAR = 6;
const ROW_GAP = 16;
/** About the characters of 14 px sans text that fit the 328 px column of a 360 px phone. */
export const LABEL_CHARACTERS = 40;
/** A bar at least this share of the width has room to carry its own value. */
export const INSIDE_THRESHOLD = 0.6;

function toPercent(fraction: number): number {
  return Math.round(fraction * 10_000) / 100;
}

/** Breaks a label at spaces into lines of at most `width` characters; a longer word keeps its own line. */
export function wrapLabel(label: string, width = LABEL_CHARACTERS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function layoutBarChart(bars: BarInput[]): BarChartLayout {
  if (bars.length === 0) throw new RangeError('a bar chart needs at least one value');
  const invalid = bars.find((bar) => !(bar.value >= 0) || !Number.isFinite(bar.value));
  if (invalid) {
    throw new RangeError(`bars start at zero, so "${invalid.id}" (${invalid.value}) cannot be drawn`);
  }
  const units = new Set(bars.map((bar) => bar.unit));
  if (units.size > 1) {
    const listed = bars.map((bar) => `${bar.id}: ${bar.unit ?? 'no unit'}`).join(', ');
    throw new RangeError(`the bars of one chart must count the same unit (found ${listed})`);
  }
  const largest = Math.max(...bars.map((bar) => bar.value));
  let top = 0;
  const rows = bars.map((bar): BarRow => {
    const fraction = largest === 0 ? 0 : bar.value / largest;
    const lines = wrapLabel(bar.computed ? `${bar.label} ${COMPUTED_MARK}` : bar.label);
    const barY = top + lines.length * LABEL_LINE + LABEL_TO_BAR;
    const row: BarRow = {
      ...bar,
      labelLines: lines.map((text, index) => ({ text, y: top + (index + 1) * LABEL_LINE - 4 })),
      barY,
      widthPercent: toPercent(fraction),
      valueInside: fraction >= INSIDE_THRESHOLD,
      valueY: barY + BAR_HEIGHT / 2,
    };
    top = barY + BAR_HEIGHT + ROW_GAP;
    return row;
  });
  return { rows, height: top - ROW_GAP, barHeight: BAR_HEIGHT, unit: bars[0]!.unit };
}

/** The chart's long description for screen readers: every bar, in order, as the text shows it. */
export function describeBarChart(bars: Pick<BarInput, 'label' | 'display'>[]): string {
  return `Horizontal bar chart, bars to scale from zero. ${bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ')}.`;
}

/** The bars of an article's chart: a stated figure by its label, a computed fact by its title. */
export function barsOfChart(chart: ResolvedChart): BarInput[] {
  return chart.figures.map((item) => ({
    id: item.id,
    label: item.kind === 'figure' ? item.label : item.title,
    value: item.value,
    display: item.display,
    unit: item.unit,
    computed: item.kind === 'fact',
  }));
}
