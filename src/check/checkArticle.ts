/**
 * Checks one article file and reports every problem in it, each at its real line and column.
 *
 * Rules, in order (a step whose input is broken is skipped, the others still run):
 * 1. The file: not empty, no byte-order mark, a frontmatter block between `---` lines.
 * 2. The YAML: syntax (one message, for the first mistake, worded by `explainYamlError`), keys
 *    written twice, names JavaScript reserves (`__proto__`, `constructor`); as warnings, text a
 *    `#` cuts short and list items read as one (`findSilentYamlSlips`).
 * 3. The schema: `articleSchema`, the collection's own (the dev server validates with it too).
 * 4. The engine: the same `tryResolveArticle` the pages use (ids, formulas, cycles, division by zero);
 *    when the schema failed, on the valid parts with stand-ins for the rest (`salvageArticleData`).
 * 5. The body: MDX syntax; `<Fig>` names a figure, `<FactBox>` a fact, `<Chart>` a chart; no
 *    code, no HTML outside a short list, no `javascript:` links (`bodyMarkupRules.ts`).
 * 6. Warnings: figures with no source, figures nothing uses, charts never shown, numbers in the
 *    prose that no figure backs (see `findProseNumbers`).
 * 7. Text `npm run new` writes for the editor to replace (`findTemplateText`): an error once the
 *    article is published, a warning in a draft.
 *
 * Before any of them reads it, the text is held to what it may be as text: NFC-normalised;
 * no control, bidi or invisible characters (`findForbiddenCharacters`); no field, formula, body or
 * frontmatter past its size, and no nesting past its depth (`limits.ts`, `siteConfig.limits`).
 * What is past a limit is reported "too long" or "too deep" and not read further, so the time a
 * check takes grows with the file's size and no more, and the call stack never overflows.
 *
 * An article with no errors comes back resolved, and as a collection entry: the pages use the data
 * checked here rather than reading the file a second time (`lib/loadArticles.ts`).
 *
 * The frontmatter is read twice only when needed: first by `readFrontmatterFast` (js-yaml, an eighth
 * of the time), and again by `yaml`, which places every node, as soon as that reading declines,
 * finds an error, or cannot place a warning. So every error is worded and placed by `yaml`, and a
 * clean article's result is the one `yaml` gives (`tests/check/readFrontmatterFast.test.ts`).
 */
import { createHash } from 'node:crypto';
import type { core } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { articleSchema, type ArticleData } from '../schema/article.ts';
import { siteConfig, type ContentLimits } from '../siteConfig.ts';
import { tryResolveArticle, type ResolvedArticle } from '../facts/resolveArticle.ts';
import { compareProblems, type CheckProblem } from './CheckProblem.ts';
import { describeIssue } from './describeIssue.ts';
import { fieldMeant, unknownFieldMessage } from './unknownFieldMessage.ts';
import { MAX_QUOTED } from './bodyMarkupRules.ts';
import { findFieldProblems } from './findFieldProblems.ts';
import { findForbiddenCharacters } from './findForbiddenCharacters.ts';
import { explainYamlError, findSilentYamlSlips, findUnresolvedAlias, mayHideYamlSlip } from './explainYamlError.ts';
import { findKeyProblems } from './findKeyProblems.ts';
import { LIMITS } from './limits.ts';
import { locateField, offsetInside, type FieldPath } from './locateField.ts';
import { componentProblem, declaredIds } from './checkComponentUses.ts';
import { evaluateClaim, mirroredSays, parseClaim } from '../facts/evaluateClaim.ts';
import { findFactChecks } from './findFactChecks.ts';
import { findTemplateText } from './findTemplateText.ts';
import { findWarnings } from './findWarnings.ts';
import { suggestChecks } from './suggestChecks.ts';
import { readBody, type BodyPosition, type BodyReading } from './readBody.ts';
import { readFrontmatterFast } from './readFrontmatterFast.ts';
import { dependsOnValues, salvageArticleData } from './salvageArticleData.ts';
import { splitFrontmatter } from './splitFrontmatter.ts';

export interface ArticleCheck {
  problems: CheckProblem[];
  /** The resolved article, when it has no errors. */
  article?: ResolvedArticle;
  /** The article as a collection entry (what Astro's store would keep), when it has no errors. */
  entry?: ArticleEntry;
  /** Where its `section` is written, when it has no errors: the folder's check may refuse it. */
  sectionAt?: { line: number; column: number };
}

export interface ArticleEntry {
  /** The file, relative to the project (as in messages): Astro's `filePath`. */
  file: string;
  /** The frontmatter as `articleSchema` returned it. */
  data: ArticleData;
  /** The MDX after the frontmatter, trimmed. */
  body: string;
  /** Changes whenever the file does: Astro's `digest`. */
  digest: string;
}

export interface CheckOptions {
  /** The file's path as shown in messages. */
  file: string;
  /** The site locale, for the numbers the engine formats. */
  locale: string;
  /** `'yaml'`: read the frontmatter with `yaml` alone (the tests hold the fast reading to it). */
  reader?: 'fast' | 'yaml';
  /** The limits a site owner may raise; default `siteConfig.limits`. */
  limits?: ContentLimits;
}

/** What the check needs from a reading of the frontmatter. */
interface FrontmatterReading {
  /** Problems in the YAML itself, each at its offset: syntax, names written twice or reserved. */
  problems: { offset: number; field: string; message: string; severity?: CheckProblem['severity'] }[];
  raw?: { ok: true; data: Record<string, unknown> } | { ok: false; message: string };
  /** The offset of a field's name or value (and of character `index` inside it); undefined: not placed. */
  locate: (path: FieldPath, where: 'key' | 'value', index?: number) => number | undefined;
}

/** Thrown inside a fast check that must be redone with `yaml`. */
const DECLINED = Symbol('declined');

export function checkArticle(written: string, options: CheckOptions): ArticleCheck {
  // One way to write each accented letter, so two spellings of one name are one name.
  const source = written.normalize('NFC');
  if (options.reader !== 'yaml') {
    try {
      return checkWith(source, options, 'fast');
    } catch (error) {
      if (error !== DECLINED) throw error;
    }
  }
  return checkWith(source, options, 'yaml');
}

function checkWith(
  source: string,
  { file, locale, limits = siteConfig.limits }: CheckOptions,
  reader: 'fast' | 'yaml',
): ArticleCheck {
  const problems: CheckProblem[] = [];
  const report = (
    line: number,
    column: number,
    field: string,
    message: string,
    severity: CheckProblem['severity'] = 'error',
  ) => {
    if (reader === 'fast' && severity === 'error') throw DECLINED;
    // A field's path holds its names as written, which may be as long as any text.
    const shownField = field.length > MAX_QUOTED ? `${Array.from(field).slice(0, MAX_QUOTED).join('')}…` : field;
    problems.push({ file, line, column, field: shownField, message: shortenQuotes(message), severity });
  };

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
  const frontmatterTooBig = frontmatterSizeProblem(yaml);
  if (frontmatterTooBig) report(yamlLine - 1 + frontmatterTooBig.line, 1, 'frontmatter', frontmatterTooBig.message);
  const frontmatter = frontmatterTooBig
    ? unreadFrontmatter()
    : reader === 'fast'
      ? fastReading(yaml, lineCounter)
      : yamlReading(yaml, lineCounter);
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: yamlLine - 1 + line, column: col };
  };
  const reportAt = (offset: number, field: string, message: string, severity?: CheckProblem['severity']) => {
    const { line, column } = at(offset);
    report(line, column, field, message, severity);
  };
  const reportField = (
    path: FieldPath,
    message: string,
    where: 'key' | 'value',
    severity?: CheckProblem['severity'],
    index?: number,
  ) => {
    const offset = frontmatter.locate(path, where, index);
    if (offset === undefined) throw DECLINED;
    reportAt(offset, path.join('.') || 'frontmatter', message, severity);
  };

  for (const problem of frontmatter.problems)
    reportAt(problem.offset, problem.field, problem.message, problem.severity);
  const raw = frontmatter.raw;
  if (raw && !raw.ok) reportAt(0, 'frontmatter', raw.message);
  const rawData = raw?.ok ? raw.data : undefined;

  // Text past its limits or holding characters that are not text is reported here, and kept from
  // the engine, which would otherwise read it.
  let textProblems = 0;
  if (rawData) {
    for (const problem of findFieldProblems(rawData)) {
      reportField(problem.path, problem.message, 'value', 'error', problem.index);
      textProblems += 1;
    }
    const tags = rawData.tags;
    if (Array.isArray(tags) && tags.length > limits.tagsPerArticle) {
      const count = tags.length.toLocaleString('en-GB');
      reportField(
        ['tags'],
        `too many tags: ${count}, at most ${limits.tagsPerArticle} (siteConfig.limits.tagsPerArticle in src/siteConfig.ts)`,
        'key',
      );
      textProblems += 1;
    }
  }

  let data: ArticleData | undefined;
  if (rawData) {
    const parsed = articleSchema.safeParse(rawData, { error: describeIssue });
    if (parsed.success) data = parsed.data;
    else {
      // A name already reported as reserved or repeated is one mistake, not two.
      const named = new Set(problems.map((problem) => problem.field));
      for (const problem of schemaProblems(parsed.error.issues, rawData)) {
        if (!named.has(problem.path.join('.'))) reportField(problem.path, problem.message, problem.where);
      }
    }
  }

  let article: ResolvedArticle | undefined;
  if (rawData && textProblems === 0) {
    // With schema errors, the valid parts (and stand-ins) still get their cross-references checked.
    const reported = problems.map((problem) => problem.field);
    const resolved = tryResolveArticle(data ?? salvageArticleData(rawData), { file, locale });
    article = resolved.article;
    for (const problem of resolved.problems) {
      if (!data && (dependsOnValues(problem.message) || isCovered(problem.field, reported))) continue;
      reportField(
        problem.field.split('.'),
        problem.message,
        problem.field.split('.').length === 2 ? 'key' : 'value',
        'error',
        problem.offset,
      );
    }
  }

  const bodyBytes = Buffer.byteLength(body, 'utf8');
  const reading: BodyReading =
    bodyBytes > limits.bodyBytes
      ? {
          syntaxError: {
            line: 1,
            column: 1,
            message: `too long: the text is ${bodyBytes.toLocaleString('en-GB')} bytes, at most ${limits.bodyBytes.toLocaleString('en-GB')} (siteConfig.limits.bodyBytes in src/siteConfig.ts)`,
          },
          components: [],
          numbers: [],
          problems: [],
        }
      : readBody(body);
  const bodyAt = (line: number, column: number, message: string, severity?: CheckProblem['severity']) =>
    report(bodyLine - 1 + line, column, 'body', message, severity);
  if (reading.syntaxError) {
    bodyAt(reading.syntaxError.line, reading.syntaxError.column, reading.syntaxError.message);
  } else {
    for (const found of forbiddenCharactersByLine(body)) bodyAt(found.line, found.column, found.message);
  }
  for (const problem of reading.problems) bodyAt(problem.line, problem.column, problem.message);

  // Without readable frontmatter every id would look unknown; the frontmatter error says it all.
  if (rawData) {
    const declared = declaredIds(rawData);
    for (const use of reading.components) {
      const problem = componentProblem(use, declared);
      if (problem) bodyAt(use.line, use.column, problem);
    }
  }

  if (rawData) {
    // Errors once published, warnings in a draft: the template itself is a draft.
    const draft = rawData.draft === true;
    for (const found of findTemplateText(rawData, body, draft)) {
      const severity = draft ? 'warning' : 'error';
      if (found.body) bodyAt(found.body.line, found.body.column, found.message, severity);
      else if (found.path) reportField(found.path, found.message, 'value', severity);
    }
  }

  if (data) {
    for (const problem of findWarnings(data, reading, article)) {
      if (problem.body) bodyAt(problem.body.line, problem.body.column, problem.message, 'warning');
      else reportField(problem.path, problem.message, problem.where ?? 'key', 'warning');
    }
  }
  if (data && article) {
    for (const use of reading.components) {
      const fact = use.name === 'Claim' && use.id !== undefined ? article.byId.get(use.id) : undefined;
      const claim = use.says === undefined ? undefined : parseClaim(use.says);
      if (fact?.kind !== 'fact' || !claim) continue;
      // "more than 40%" of a result that is no percentage would be judged as 0.4 of it.
      if (claim.share && fact.format !== 'percent' && fact.format !== 'points') {
        bodyAt(
          use.line,
          use.column,
          `says="${use.says}" is a percentage, but ${fact.id} is not one: Tally computes ${fact.display} (${fact.equation}); state it as the fact shows it, or bind the words to a fact that computes a percentage`,
        );
        continue;
      }
      const { verdict, summary } = evaluateClaim(fact, claim, use.words ?? '', locale);
      // "lost more than a quarter" of a fall is a change of less than -1/4.
      const mirrored = verdict === 'false' && mirroredSays(fact, use.says!, use.words ?? '', locale);
      if (mirrored) {
        bodyAt(
          use.line,
          use.column,
          `${summary} Of a fall, the words mean says="${mirrored}": a larger fall is a lower change.`,
        );
      } else if (verdict === 'false') bodyAt(use.line, use.column, summary);
      else if (verdict === 'uncertain') bodyAt(use.line, use.column, summary, 'warning');
    }
    for (const check of findFactChecks(data, article)) {
      const before = problems.length;
      reportField(check.path, check.message, check.where, check.severity);
      if (check.strict) for (const added of problems.slice(before)) added.strict = true;
    }
    for (const missing of suggestChecks(data, article))
      reportField(missing.path, missing.message, 'key', missing.severity);
  }

  problems.sort(compareProblems);
  if (problems.some((problem) => problem.severity === 'error') || !data) return { problems };
  const digest = createHash('sha256').update(source).digest('base64url');
  const sectionOffset = frontmatter.locate(['section'], 'value');
  const sectionAt = sectionOffset === undefined ? undefined : at(sectionOffset);
  // The body as `glob()` stores it: trimmed.
  return { problems, article, entry: { file, data, body: body.trim(), digest }, sectionAt };
}

/** The fast reading, or a throw of DECLINED when it cannot be sure to agree with `yaml`. */
function fastReading(yaml: string, lineCounter: LineCounter): FrontmatterReading {
  // What YAML reads silently but not as meant is for `yaml` to place (findSilentYamlSlips).
  if (mayHideYamlSlip(yaml)) throw DECLINED;
  const fast = readFrontmatterFast(yaml);
  if (!fast) throw DECLINED;
  // Line starts as `yaml`'s parser records them: the first, then after every line break.
  lineCounter.addNewLine(0);
  for (let offset = yaml.indexOf('\n'); offset !== -1; offset = yaml.indexOf('\n', offset + 1)) {
    lineCounter.addNewLine(offset + 1);
  }
  return {
    problems: [],
    raw: { ok: true, data: fast.data },
    // A character inside a value needs the scalar's style, which only `yaml` knows.
    locate: (path, where, index) => (index === undefined ? fast.locate(path, where) : undefined),
  };
}

/** The reading by `yaml`: every syntax error and name problem, every field placed. */
function yamlReading(yaml: string, lineCounter: LineCounter): FrontmatterReading {
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: false, prettyErrors: false });
  // One slip gives the parser several errors: the editor gets one message, saying what to do.
  const alias = document.errors.length > 0 ? undefined : findUnresolvedAlias(document, yaml);
  const problems: FrontmatterReading['problems'] =
    document.errors.length > 0
      ? [explainYamlError(yaml, document.errors)]
      : alias
        ? [alias]
        : findSilentYamlSlips(document, yaml).map((slip) => ({ ...slip, severity: 'warning' as const }));
  problems.push(...findKeyProblems(document));
  return {
    problems,
    raw: document.errors.length === 0 && !alias ? toData(document) : undefined,
    locate: (path, where, index) => {
      const location = locateField(document, path, where);
      return index === undefined ? location.offset : offsetInside(location, index);
    },
  };
}

/** A problem at `field` already reported there, or at a field that contains it. */
function isCovered(field: string, reported: readonly string[]): boolean {
  return reported.some((done) => field === done || field.startsWith(`${done}.`));
}

interface FieldProblem {
  path: FieldPath;
  message: string;
  where: 'key' | 'value';
}

/** Zod's issues as editor messages, each at the field's name (unknown fields, bad ids) or its value. */
function schemaProblems(issues: readonly core.$ZodIssue[], rawData: Record<string, unknown>): FieldProblem[] {
  // A required field written under another of its names (`label` on a fact, for `title`) is told
  // once, at the name written, not also as missing.
  const renamed = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) => {
            const path = issue.path.map(pathSegment);
            const meant = fieldMeant(key, path);
            return meant === undefined ? [] : [[...path, meant].join('.')];
          })
        : [],
    ),
  );
  return issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path.map(pathSegment);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          path: [...path, key],
          message: unknownFieldMessage(key, path),
          where: 'key',
        }));
      case 'invalid_key':
        return [{ path, message: issue.issues[0]?.message ?? issue.message, where: 'key' }];
      case 'invalid_type':
        if (valueAt(rawData, path) === undefined) {
          if (renamed.has(path.join('.'))) return [];
          return [{ path, message: requiredMessage(issue.message), where: 'value' }];
        }
        return [{ path, message: issue.message, where: 'value' }];
      default:
        return [{ path, message: issue.message, where: 'value' }];
    }
  });
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
  if (data === null || data === undefined)
    return {
      ok: false,
      message: 'the frontmatter is empty: an article needs at least title, dek, section and published',
    };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'the frontmatter must be fields written "name: value", one per line' };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

/** An unread frontmatter: nothing in it can be placed or checked. */
function unreadFrontmatter(): FrontmatterReading {
  return { problems: [], raw: undefined, locate: () => undefined };
}

/**
 * A quote or a bracket opens a value only where a value starts: `[1]` inside a title is text.
 * (A function of its own, not a closure made for each character: that closure was 8 % of the
 * check's time, most of it garbage collection; measured 7 December 2026.)
 */
function startsValue(yaml: string, index: number): boolean {
  return /(?:^|[\n:\-[{,])[ \t]*$/.test(yaml.slice(Math.max(0, index - 8), index));
}

/**
 * A frontmatter too big or nested too deep to parse in time in proportion to its size: its bytes,
 * then its flow brackets (`[[[…`), indentation and `- - -` markers, read in one pass. Line 1 is
 * the frontmatter's first line.
 */
function frontmatterSizeProblem(yaml: string): { line: number; message: string } | undefined {
  const bytes = Buffer.byteLength(yaml, 'utf8');
  if (bytes > LIMITS.frontmatterBytes) {
    return {
      line: 1,
      message: `too long: the frontmatter is ${bytes.toLocaleString('en-GB')} bytes, at most ${LIMITS.frontmatterBytes.toLocaleString('en-GB')}`,
    };
  }
  const tooDeep = (line: number) => ({
    line,
    message: `too deep: the frontmatter nests more than ${LIMITS.frontmatterNesting} levels here; no field is that deep`,
  });
  let line = 1;
  let brackets = 0;
  let atLineStart = true;
  let indent = 0;
  let quote: string | undefined;
  for (let index = 0; index < yaml.length; index += 1) {
    const char = yaml[index]!;
    if (char === '\n') {
      line += 1;
      atLineStart = true;
      indent = 0;
      quote = undefined; // a quote left open is YAML's own error to report
      continue;
    }
    if (atLineStart) {
      if (char === ' ' || char === '-') {
        indent += char === '-' ? 2 : 1;
        if (indent > LIMITS.frontmatterNesting * 8) return tooDeep(line);
        continue;
      }
      atLineStart = false;
    }
    if (quote) {
      if (char === quote) quote = undefined;
    } else if ((char === '"' || char === "'") && startsValue(yaml, index)) {
      quote = char;
    } else if (char === '#') {
      const end = yaml.indexOf('\n', index);
      index = (end === -1 ? yaml.length : end) - 1;
    } else if ((char === '[' || char === '{') && startsValue(yaml, index)) {
      brackets += 1;
      if (brackets > LIMITS.frontmatterNesting) return tooDeep(line);
    } else if (char === ']' || char === '}') {
      brackets = Math.max(0, brackets - 1);
    }
  }
  return undefined;
}

/** At most this many lines of a body are reported for characters that are not text. */
const MAX_CHARACTER_LINES = 100;

/** The first character that is not text on each line of the body, with its line and column. */
function forbiddenCharactersByLine(body: string): (BodyPosition & { message: string })[] {
  const found: (BodyPosition & { message: string })[] = [];
  let line = 1;
  let lineStart = 0;
  let nextBreak = body.indexOf('\n');
  let reportedLine = 0;
  let more = 0;
  for (const character of findForbiddenCharacters(body, 'body')) {
    while (nextBreak !== -1 && nextBreak < character.index) {
      line += 1;
      lineStart = nextBreak + 1;
      nextBreak = body.indexOf('\n', lineStart);
    }
    if (line === reportedLine) continue;
    reportedLine = line;
    if (found.length < MAX_CHARACTER_LINES) {
      found.push({ line, column: character.index - lineStart + 1, message: character.message });
    } else {
      more += 1;
    }
  }
  if (more > 0) {
    found.push({
      ...found.at(-1)!,
      message: `${more} more lines hold characters that are not text; only the first ${MAX_CHARACTER_LINES} are listed`,
    });
  }
  return found;
}

/** Longest a message may be; a list of known ids can be longer, and is cut. */
const MAX_MESSAGE = 1_000;

/**
 * Quoted text in a message cut to `MAX_QUOTED` characters: messages quote what the editor wrote,
 * which may be megabytes long.
 */
export function shortenQuotes(message: string): string {
  const shortened = message.replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) => {
    const characters = Array.from(inner);
    return characters.length > MAX_QUOTED ? `"${characters.slice(0, MAX_QUOTED).join('')}…"` : quoted;
  });
  return shortened.length > MAX_MESSAGE ? `${shortened.slice(0, MAX_MESSAGE)}…` : shortened;
}
