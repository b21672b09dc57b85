/**
 * Checks one article file and reports every problem in it, each at its real line and column.
 *
 * Rules, in order (a step whose input is broken is skipped, the others still run):
 * 1. The file: not empty, no byte-order mark, a frontmatter block between `---` lines.
 * 2. The YAML: syntax, keys written twice, `__proto__`.
 * 3. The schema: the same `articleSchema` Astro validates with.
 * 4. The engine: the same `tryResolveArticle` the pages use (ids, formulas, cycles, division by zero).
 * 5. The body: MDX syntax; `<Fig>` names a figure, `<FactBox>` a fact, `<Chart>` a chart.
 * 6. Warnings: figures with no source, figures nothing uses, charts never shown, numbers in the
 *    prose that no figure backs (see `findProseNumbers`).
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { articleSchema, type ArticleData } from '../schema/article.ts';
import { tryResolveArticle, type ResolvedArticle } from '../facts/resolveArticle.ts';
import { formulaIds, parseFormula } from '../facts/formula.ts';
import type { CheckProblem } from './CheckProblem.ts';
import { describeIssue } from './describeIssue.ts';
import { findKeyProblems } from './findKeyProblems.ts';
import { locateField, offsetInside, type FieldPath } from './locateField.ts';
import { readBody, type BodyReading } from './readBody.ts';
import { splitFrontmatter } from './splitFrontmatter.ts';

export interface ArticleCheck {
  problems: CheckProblem[];
  /** The resolved article, when it has no errors. */
  article?: ResolvedArticle;
}

export interface CheckOptions {
  /** The file's path as shown in messages. */
  file: string;
  /** The site locale, for the numbers the engine formats. */
  locale: string;
}

const COMPONENT_KINDS = { Fig: 'figure', FactBox: 'fact', Chart: 'chart' } as const;
type ComponentName = keyof typeof COMPONENT_KINDS;

export function checkArticle(source: string, { file, locale }: CheckOptions): ArticleCheck {
  const problems: CheckProblem[] = [];
  const report = (line: number, column: number, field: string, message: string, severity: CheckProblem['severity'] = 'error') =>
    problems.push({ file, line, column, field, message, severity });

  const split = splitFrontmatter(source);
  const hasByteOrderMark = split.ok ? split.article.hasByteOrderMark : split.hasByteOrderMark;
  if (hasByteOrderMark) {
    report(1, 1, 'file', 'the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM');
  }
  if (!split.ok) {
    report(split.line, 1, 'frontmatter', split.message);
    return { problems };
  }
  const { yaml, yamlLine, body, bodyLine } = split.article;

  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: yamlLine - 1 + line, column: col };
  };
  const reportAt = (offset: number, field: string, message: string, severity?: CheckProblem['severity']) => {
    const { line, column } = at(offset);
    report(line, column, field, message, severity);
  };
  const reportField = (path: FieldPath, message: string, where: 'key' | 'value', severity?: CheckProblem['severity'], index?: number) => {
    const location = locateField(document, path, where);
    const offset = index === undefined ? location.offset : offsetInside(location, index);
    reportAt(offset, path.join('.') || 'frontmatter', message, severity);
  };

  for (const error of document.errors) {
    const quote = error.code === 'MISSING_CHAR' ? openingQuoteBefore(yaml, error.pos[0]) : undefined;
    if (quote === undefined) reportAt(error.pos[0], 'frontmatter', `YAML syntax error: ${firstLine(error.message)}`);
    else reportAt(quote, 'frontmatter', 'YAML syntax error: this quote is never closed; end the text with the same quote mark');
  }
  for (const problem of findKeyProblems(document)) reportAt(problem.offset, problem.field, problem.message);

  const raw = document.errors.length === 0 ? toData(document) : undefined;
  if (raw && !raw.ok) reportAt(0, 'frontmatter', raw.message);
  const rawData = raw?.ok ? raw.data : undefined;

  let data: ArticleData | undefined;
  if (rawData) {
    const parsed = articleSchema.safeParse(rawData, { error: describeIssue });
    if (parsed.success) {
      data = parsed.data;
    } else {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            reportField([...issue.path.map(pathSegment), key], `unknown field "${key}" (EDITING.md lists every field)`, 'key');
          }
        } else if (issue.code === 'invalid_key') {
          reportField(issue.path.map(pathSegment), issue.issues[0]?.message ?? issue.message, 'key');
        } else {
          const path = issue.path.map(pathSegment);
          const missing = issue.code === 'invalid_type' && valueAt(rawData, path) === undefined;
          reportField(path, missing ? requiredMessage(issue.message) : issue.message, 'value');
        }
      }
    }
  }

  let article: ResolvedArticle | undefined;
  if (data) {
    const resolved = tryResolveArticle(data, { file, locale });
    article = resolved.article;
    for (const problem of resolved.problems) {
      reportField(problem.field.split('.'), problem.message, problem.field.split('.').length === 2 ? 'key' : 'value', 'error', problem.offset);
    }
  }

  const reading = readBody(body);
  const bodyAt = (line: number, column: number, message: string, severity?: CheckProblem['severity']) =>
    report(bodyLine - 1 + line, column, 'body', message, severity);
  if (reading.syntaxError) {
    bodyAt(reading.syntaxError.line, reading.syntaxError.column, reading.syntaxError.message);
  }

  const declared = declaredIds(rawData);
  for (const use of reading.components) {
    if (!rawData) {
      // Without readable frontmatter every id would look unknown; the frontmatter error says it all.
    } else if (!(use.name in COMPONENT_KINDS)) {
      bodyAt(use.line, use.column, `<${use.name}> is not a Tally component: use <Fig>, <FactBox> or <Chart>`);
    } else if (use.idProblem) {
      bodyAt(use.line, use.column, use.idProblem);
    } else {
      const problem = componentIdProblem(use.name as ComponentName, use.id!, declared);
      if (problem) bodyAt(use.line, use.column, problem);
    }
  }

  if (data) {
    for (const problem of warnings(data, reading)) {
      if (problem.body) bodyAt(problem.body.line, problem.body.column, problem.message, 'warning');
      else reportField(problem.path, problem.message, problem.where ?? 'key', 'warning');
    }
  }

  return problems.some((problem) => problem.severity === 'error') ? { problems } : { problems, article };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Where an unterminated quoted value starts: the last quote before `end` that its line never closes. */
function openingQuoteBefore(yaml: string, end: number): number | undefined {
  let found: number | undefined;
  for (const match of yaml.slice(0, end).matchAll(/(?<=:[ \t]+|^[ \t]*-[ \t]+)(["'])/gm)) {
    const lineEnd = yaml.indexOf('\n', match.index);
    const rest = yaml.slice(match.index + 1, lineEnd === -1 ? undefined : lineEnd);
    if (!rest.includes(match[1]!)) found = match.index;
  }
  return found;
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A missing field: "is required: expected a number" rather than "expected a number, found nothing". */
function requiredMessage(message: string): string {
  if (message.startsWith('is required')) return message;
  return `is required: ${message.replace(/, found (nothing|undefined)$/, '')}`;
}

function pathSegment(segment: PropertyKey): string | number {
  return typeof segment === 'symbol' ? String(segment) : segment;
}

/** The YAML as plain data; a frontmatter that is not a group of fields cannot be an article. */
function toData(document: Document): { ok: true; data: Record<string, unknown> } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, message: `the frontmatter cannot be read: ${(error as Error).message}` };
  }
  if (data === null || data === undefined) return { ok: false, message: 'the frontmatter is empty: an article needs at least title, dek, section and published' };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'the frontmatter must be fields written "name: value", one per line' };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

interface DeclaredIds {
  figures: Set<string>;
  facts: Set<string>;
  charts: Set<string>;
}

/** Ids the frontmatter declares, read defensively so body checks run even when the schema fails. */
function declaredIds(data: Record<string, unknown> | undefined): DeclaredIds {
  const keys = (value: unknown) => new Set(value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []);
  const charts = Array.isArray(data?.charts) ? data.charts : [];
  return {
    figures: keys(data?.figures),
    facts: keys(data?.facts),
    charts: new Set(
      charts.flatMap((chart: unknown) =>
        chart && typeof chart === 'object' && 'id' in chart && typeof chart.id === 'string' ? [chart.id] : [],
      ),
    ),
  };
}

function componentIdProblem(name: ComponentName, id: string, declared: DeclaredIds): string | undefined {
  const kind = COMPONENT_KINDS[name];
  const own = kind === 'figure' ? declared.figures : kind === 'fact' ? declared.facts : declared.charts;
  if (own.has(id)) return undefined;
  if (kind === 'figure' && declared.facts.has(id)) return `<Fig id="${id}" />: "${id}" is a fact, not a figure; use <FactBox id="${id}" />`;
  if (kind === 'fact' && declared.figures.has(id)) return `<FactBox id="${id}" />: "${id}" is a figure, not a fact; use <Fig id="${id}" />`;
  const list = own.size > 0 ? `known ${kind}s: ${[...own].join(', ')}` : `there are no ${kind}s`;
  return `<${name} id="${id}" />: unknown ${kind} id "${id}" (${list})`;
}

interface Warning {
  path: FieldPath;
  /** Where in the frontmatter to point; default the field's name. */
  where?: 'key' | 'value';
  body?: { line: number; column: number };
  message: string;
}

function warnings(data: ArticleData, reading: BodyReading): Warning[] {
  const found: Warning[] = [];
  const used = new Set<string>();
  const shownCharts = new Set<string>();
  for (const use of reading.components) {
    if (use.id === undefined) continue;
    if (use.name === 'Chart') shownCharts.add(use.id);
    else used.add(use.id);
  }
  for (const fact of Object.values(data.facts)) {
    if (fact.compareTo) used.add(fact.compareTo);
    try {
      for (const id of formulaIds(parseFormula(fact.formula))) used.add(id);
    } catch {
      // A formula that does not parse is already an error.
    }
  }
  for (const chart of data.charts) for (const id of chart.figures) used.add(id);

  for (const [id, figure] of Object.entries(data.figures)) {
    if (figure.source === undefined) {
      found.push({
        path: ['figures', id],
        message: `the figure "${id}" has no source: add source: <a source id>, or readers see it listed as unattributed`,
      });
    }
    if (!used.has(id)) {
      found.push({
        path: ['figures', id],
        message: `the figure "${id}" is not used: not in the text, a formula, a chart or a compareTo`,
      });
    }
  }
  data.charts.forEach((chart, index) => {
    if (!shownCharts.has(chart.id)) {
      found.push({ path: ['charts', index, 'id'], where: 'value', message: `the chart "${chart.id}" is never shown: add <Chart id="${chart.id}" /> to the text` });
    }
  });

  for (const number of reading.numbers) {
    const match = Object.entries(data.figures).find(([, figure]) => sameNumber(figure.value, number.value));
    const hint = match ? `use <Fig id="${match[0]}" /> if it is` : 'declare it under figures and write <Fig id="…" />';
    found.push({
      path: ['body'],
      body: number,
      message: `"${number.text}" in the text is not bound to a figure (${hint})`,
    });
  }
  return found;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
