/**
 * Turns the `yaml` parser's errors into the one message an editor can act on, at the line where
 * the mistake is written.
 *
 * Why: one slip in the frontmatter makes the parser report several errors in its own terms
 * ("Nested mappings are not allowed in compact mappings"), often at a neighbouring line. The
 * editor needs the mistake and its fix: "put the title in quotes: a colon followed by a space
 * starts a new field".
 *
 * Rules:
 * - One problem for the whole block, for its first mistake: the errors after it are usually
 *   echoes of it, and the next check shows any that remain.
 * - The mistakes editors make, each recognised from the parser's error and the line it points
 *   at: a tab used for indentation; a quote never closed; a `[` or `{` never closed; a colon and
 *   a space inside an unquoted value; a line indented more or less than the fields of its group;
 *   no space after a colon (`title:Russia`); a value on the line after its name; text after a
 *   closing quote (an apostrophe inside single quotes); a value starting with `[`, `{`, `@`, `` ` ``,
 *   `%`, `&`, `*` or `!` without quotes.
 * - Anything else keeps the parser's own words, prefixed "YAML syntax error".
 * - Each message names the field written on that line, with its parents (`sources.ministry.url`).
 *
 * `findSilentYamlSlips` finds mistakes YAML reads without an error but not as meant: text cut at a
 * `#` (a comment) and a list item indented under the one before (read as one item).
 */
import { isAlias, isScalar, visit, type Document, type YAMLError } from 'yaml';

export interface YamlProblem {
  /** Offset in the YAML text. */
  offset: number;
  /** The field written on that line (`figures.perRegion.value`), or `frontmatter`. */
  field: string;
  message: string;
}

/** One line of the frontmatter, as far as a line can be read on its own. */
interface Line {
  /** Offset of the line's first character. */
  start: number;
  text: string;
  /** Columns of indentation, spaces only (a tab ends it). */
  indent: number;
  /** Offset of the `- ` of a list item, when the line is one. */
  dash?: number;
  /** The field name, when the line is `name: value` (or `- name: value`). */
  key?: string;
  /** Column (0-based) of the name. */
  keyColumn?: number;
  /** The text after `name:` and its spaces, comments included. */
  value?: string;
  /** Offset of the value. */
  valueAt?: number;
  /** Blank, a comment, or inside a block scalar: no structure. */
  inert: boolean;
  /** The field path of the line's name. */
  path: (string | number)[];
}

/** `name: value`: the name (plain or quoted), then the value after the colon and its spaces. */
const KEY = /^([A-Za-z_$][\w$-]*|"[^"]*"|'[^']*'):(?=[ \t]|$)[ \t]*(.*)$/;

/** The frontmatter's lines with their names, values, indentation and field paths. */
function readLines(yaml: string): Line[] {
  const lines: Line[] = [];
  // The names and list items open above the current line, outermost first.
  const open: { column: number; segment: string | number; list: boolean }[] = [];
  let blockScalarIndent: number | undefined;
  let start = 0;
  for (const text of yaml.split('\n')) {
    const line = text.replace(/\r$/, '');
    const indent = /^ */.exec(line)![0].length;
    const entry: Line = { start, text: line, indent, inert: false, path: [] };
    start += text.length + 1;
    const trimmed = line.slice(indent);
    if (blockScalarIndent !== undefined && (trimmed === '' || indent > blockScalarIndent)) {
      lines.push({ ...entry, inert: true });
      continue;
    }
    blockScalarIndent = undefined;
    if (trimmed === '' || trimmed.startsWith('#')) {
      lines.push({ ...entry, inert: true });
      continue;
    }
    let column = indent;
    let rest = trimmed;
    const dash = /^-(?:[ \t]+|$)/.exec(rest);
    if (dash) {
      entry.dash = entry.start + indent;
      while (open.length > 0 && open.at(-1)!.column > indent) open.pop();
      const top = open.at(-1);
      if (top?.list && top.column === indent) top.segment = (top.segment as number) + 1;
      else open.push({ column: indent, segment: 0, list: true });
      column += dash[0].length;
      rest = rest.slice(dash[0].length);
    }
    const match = KEY.exec(rest);
    if (match) {
      const key = match[1]!.replace(/^["']|["']$/g, '');
      while (open.length > 0 && open.at(-1)!.column >= column) open.pop();
      open.push({ column, segment: key, list: false });
      entry.key = key;
      entry.keyColumn = column;
      entry.value = match[2]!;
      entry.valueAt = entry.start + line.length - match[2]!.length;
      if (/^[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(entry.value)) blockScalarIndent = indent;
    } else if (!dash) {
      while (open.length > 0 && open.at(-1)!.column >= column) open.pop();
    }
    entry.path = open.map((item) => item.segment);
    lines.push(entry);
  }
  return lines;
}

/** The line holding `offset`. */
function lineAt(lines: readonly Line[], offset: number): Line {
  let found = lines[0]!;
  for (const line of lines) {
    if (line.start > offset) break;
    found = line;
  }
  return found;
}

function fieldOf(line: Line | undefined): string {
  return line && line.path.length > 0 ? line.path.join('.') : 'frontmatter';
}

/** "the title", "the publisher": how a message names the value of a line. */
function theValue(line: Line): string {
  return line.key ? `the ${line.key}` : 'the value';
}

/** The value with quotes put round it, as it should be written. */
function quoted(value: string): string {
  const text = value.replace(/[ \t]+#.*$/, '').trim();
  return text.includes('"') && !text.includes("'") ? `'${text}'` : JSON.stringify(text);
}

/** Where a quoted value starts whose line never closes it: the last such quote before `end`. */
export function openingQuoteBefore(yaml: string, end: number): number | undefined {
  let found: number | undefined;
  for (const match of yaml.slice(0, end).matchAll(/(?<=:[ \t]+|^[ \t]*-[ \t]+)(["'])/gm)) {
    const lineEnd = yaml.indexOf('\n', match.index);
    const rest = yaml.slice(match.index + 1, lineEnd === -1 ? undefined : lineEnd);
    if (!rest.includes(match[1]!)) found = match.index;
  }
  return found;
}

/**
 * A line out of step with its group: indented more than the line above when that line already
 * has a value, to a column no field above it uses, or, first in a group, by a step other than
 * the one the rest of the frontmatter uses. Only lines from offset `from` to `to` are reported.
 */
function misIndented(lines: readonly Line[], from: number, to: number): YamlProblem | undefined {
  const live = lines.filter((line) => !line.inert);
  // The indentation step of the first group: usually two spaces.
  const firstNested = live.find((line) => line.indent > 0);
  const step = firstNested?.indent ?? 2;
  const columns: number[] = [0];
  let previous: Line | undefined;
  for (const line of live) {
    const column = line.indent;
    const top = columns.at(-1)!;
    let problem: string | undefined;
    let meant = column;
    if (previous && column > top) {
      if (!opensGroup(previous)) {
        meant = top;
        problem = `indented more than the line above, which already has a value: indent it ${spaces(top)}, like the other fields of its group`;
      } else if (column - top !== step && previous.key) {
        meant = top + step;
        problem = `indented ${spaces(column)}: the fields inside "${previous.key}" are indented ${top + step}, ${step} more than "${previous.key}"`;
      }
    } else if (column < top) {
      const deeper = columns.filter((each) => each > column);
      while (columns.length > 1 && columns.at(-1)! > column) columns.pop();
      const lower = columns.at(-1)!;
      if (lower !== column) {
        const upper = deeper[0]!;
        // A name that opens a group is more likely meant one level out, a value one level in.
        meant = opensGroup(line) ? lower : upper;
        const other = meant === upper ? lower : upper;
        problem = `indented ${spaces(column)}, which lines up with no line above it: indent it ${spaces(meant)}, or ${other}, like the other lines of its group`;
      }
    }
    if (problem && line.start >= from && line.start <= to) {
      return { offset: line.start + column, field: fieldOf(reindented(lines, line, meant)), message: problem };
    }
    if (column > columns.at(-1)!) columns.push(column);
    if (line.dash !== undefined && line.keyColumn !== undefined) columns.push(line.keyColumn);
    previous = line;
  }
  return undefined;
}

function spaces(count: number): string {
  return count === 1 ? '1 space' : `${count} spaces`;
}

/** The line as it reads when indented `column` spaces, for its field path as the editor meant it. */
function reindented(lines: readonly Line[], line: Line, column: number): Line | undefined {
  const index = lines.indexOf(line);
  const text = [...lines.slice(0, index).map((each) => each.text), ' '.repeat(column) + line.text.trimStart()];
  return readLines(text.join('\n')).at(-1);
}

/** A line whose value is on the lines below it: `figures:`, or a bare `-`. */
function opensGroup(line: Line): boolean {
  if (line.key !== undefined) return line.value!.replace(/^#.*$/, '').trim() === '';
  return line.dash !== undefined && line.text.trim() === '-';
}

/** The `[` or `{` that opens a list or group never closed, last before `end`. */
function unclosedBracket(lines: readonly Line[], end: number): { line: Line; at: number } | undefined {
  let found: { line: Line; at: number } | undefined;
  for (const line of lines) {
    if (line.start > end) break;
    const value = line.value ?? (line.dash !== undefined ? line.text.slice(line.dash - line.start + 1).trim() : '');
    if (line.valueAt === undefined || !/^[[{]/.test(value)) continue;
    let depth = 0;
    let quote: string | undefined;
    for (const character of value) {
      if (quote) {
        if (character === quote) quote = undefined;
      } else if (character === '"' || character === "'") quote = character;
      else if (character === '[' || character === '{') depth += 1;
      else if (character === ']' || character === '}') depth -= 1;
    }
    if (depth > 0) found = { line, at: line.valueAt };
  }
  return found;
}

/** The one message for a frontmatter the parser refused. */
export function explainYamlError(yaml: string, errors: readonly YAMLError[]): YamlProblem {
  const lines = readLines(yaml);
  const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0]!;
  const offset = first.pos[0];
  const line = lineAt(lines, offset);
  const at = (where: number, problemLine: Line | undefined, message: string): YamlProblem => ({
    offset: where,
    field: fieldOf(problemLine),
    message,
  });

  if (errors.some((error) => error.code === 'TAB_AS_INDENT')) {
    const tabbed = lines.find((candidate) => /^ *\t/.test(candidate.text) && !candidate.inert) ?? line;
    // Read as the editor meant it: in line with the field above, or inside it when that opens a group.
    const above = lineBefore(lines, tabbed);
    const column = above ? (above.keyColumn ?? above.indent) : 0;
    const meant = reindented(lines, tabbed, above && opensGroup(above) ? column + 2 : column);
    return at(
      tabbed.start + tabbed.text.indexOf('\t'),
      meant ?? tabbed,
      'a tab is used to indent this line: indent with spaces only (two for each level)',
    );
  }

  const quoteError = errors.find((error) => error.code === 'MISSING_CHAR' && /quote/.test(error.message));
  if (quoteError) {
    const quote = openingQuoteBefore(yaml, quoteError.pos[0]);
    if (quote !== undefined) {
      const quoteLine = lineAt(lines, quote);
      const mark = yaml[quote]!;
      return at(
        quote,
        quoteLine,
        `this quote is never closed: end ${theValue(quoteLine)} with the same quote mark (${mark}) on the same line`,
      );
    }
  }

  const flow = /end with an? ([\]}])/.exec(first.message);
  if (first.code === 'BAD_INDENT' && flow) {
    const open = unclosedBracket(lines, offset);
    if (open) {
      const what = flow[1] === ']' ? 'list opened with [' : 'group opened with {';
      return at(open.at, open.line, `this ${what} is never closed: end it with ${flow[1]} on the same line`);
    }
  }

  const value = line.value?.replace(/[ \t]+#.*$/, '') ?? '';
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' && line.key && /:(?:[ \t]|$)/.test(value) && !/^["'[{]/.test(value)) {
    return at(
      line.valueAt!,
      line,
      `put ${theValue(line)} in quotes: a colon followed by a space starts a new field (${line.key}: ${quoted(value)})`,
    );
  }

  const indentation = misIndented(lines, line.start, lineAfter(lines, line).start);
  if (indentation) return indentation;

  if (first.code === 'MULTILINE_IMPLICIT_KEY' || (first.code === 'MISSING_CHAR' && !line.key)) {
    const noSpace = /^(- +)?([A-Za-z_$][\w$-]*):(\S.*)$/.exec(line.text.slice(line.indent));
    if (noSpace) {
      const name = noSpace[2]!;
      const nameAt = line.start + line.indent + (noSpace[1]?.length ?? 0);
      return {
        offset: nameAt + name.length + 1,
        field: [...line.path, name].join('.'),
        message: `put a space after the colon: ${name}: ${noSpace[3]}`,
      };
    }
    const above = lineBefore(lines, line);
    if (!line.key && above?.key && above.value === '' && line.indent <= above.indent) {
      return at(
        line.start + line.indent,
        above,
        `write the value on the same line as its name (${above.key}: ${line.text.trim()}), or indent it under ${above.key}`,
      );
    }
    if (!line.key) {
      return at(
        line.start + line.indent,
        line,
        'this line is not a field: write it as name: value, with a colon and a space after the name',
      );
    }
  }

  if (first.code === 'UNEXPECTED_TOKEN' && line.key && line.valueAt !== undefined) {
    const mark = value[0];
    if (mark === '"' || mark === "'") {
      const close = value.indexOf(mark, 1);
      const apostrophe = mark === "'" && /\p{L}/u.test(value[close - 1] ?? '') && /\p{L}/u.test(value[close + 1] ?? '');
      return at(
        line.valueAt,
        line,
        apostrophe
          ? `the apostrophe closes the quote that ${theValue(line)} starts with: write it twice ('') or put ${theValue(line)} in double quotes (${line.key}: ${JSON.stringify(value.slice(1, -1))})`
          : `${theValue(line)} goes on after its closing quote: put all of it in quotes (${line.key}: ${quoted(value)})`,
      );
    }
    if (mark === '[' || mark === '{') {
      return at(
        line.valueAt,
        line,
        `a value starting with ${mark} is read as a ${mark === '[' ? 'list' : 'group of fields'}: put ${theValue(line)} in quotes (${line.key}: ${quoted(value)})`,
      );
    }
  }

  if (
    (first.code === 'BAD_SCALAR_START' ||
      first.code === 'BAD_ALIAS' ||
      (first.code === 'UNEXPECTED_TOKEN' && /^[*&!@`%]/.test(value))) &&
    line.key &&
    line.valueAt !== undefined
  ) {
    return at(
      line.valueAt,
      line,
      `a value cannot start with ${value[0]} unquoted: put ${theValue(line)} in quotes (${line.key}: ${quoted(value)})`,
    );
  }

  return at(offset, line, `YAML syntax error: ${firstLine(first.message)}`);
}

function lineAfter(lines: readonly Line[], line: Line): Line {
  const index = lines.indexOf(line);
  return lines.slice(index + 1).find((candidate) => !candidate.inert) ?? line;
}

function lineBefore(lines: readonly Line[], line: Line): Line | undefined {
  const index = lines.indexOf(line);
  return lines
    .slice(0, index)
    .reverse()
    .find((candidate) => !candidate.inert);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * A value starting with `*` that YAML reads as a reference to an anchor (`&name`) written nowhere:
 * `title: *Exclusive* figures`. The parser takes it for one, and fails only when reading the data.
 */
export function findUnresolvedAlias(document: Document, yaml: string): YamlProblem | undefined {
  let found: YamlProblem | undefined;
  visit(document, {
    Alias(_key, node) {
      if (!isAlias(node) || node.resolve(document) !== undefined || !node.range) return;
      const lines = readLines(yaml);
      const line = lineAt(lines, node.range[0]);
      const value = line.valueAt === undefined ? '' : line.text.slice(line.valueAt - line.start);
      found = {
        offset: node.range[0],
        field: fieldOf(line),
        message: `a value cannot start with * unquoted: put ${theValue(line)} in quotes (${line.key ?? 'name'}: ${quoted(value)})`,
      };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Mistakes YAML reads without complaint but not as the editor meant, as warnings: `#` after a
 * space starts a comment, so `title: We are #1 in it` is the title "We are"; and a `- ` item
 * indented under the item above joins its text ("russia - prisons") instead of starting a new one.
 */
export function findSilentYamlSlips(document: Document, yaml: string): YamlProblem[] {
  const slips: YamlProblem[] = [];
  const lines = readLines(yaml);
  visit(document, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== 'PLAIN' || !node.range) return;
      const [start, , end] = node.range;
      const line = lineAt(lines, start);
      const after = yaml.slice(node.range[1], end);
      // A comment written straight after its # (`#1`, `#hashtag`) is text the editor meant.
      const comment = /^[ \t]+#(\S)/.exec(after);
      if (comment && line.start === lineAt(lines, node.range[1]).start) {
        slips.push({
          offset: node.range[1] + comment[0].length - 2,
          field: fieldOf(line),
          message: `the text from # on is a comment, left out of ${theValue(line)}: put ${theValue(line)} in quotes to keep it (${line.key ?? 'name'}: ${JSON.stringify(line.text.slice(line.valueAt! - line.start).trim())})`,
        });
      }
      const text = yaml.slice(start, node.range[1]);
      const joined = /\n[ \t]*- /.exec(text);
      if (joined) {
        slips.push({
          offset: start + joined.index + joined[0].length - 2,
          field: fieldOf(line),
          message: `this list item is indented under the one above, so both are read as one item ("${String(node.value)}"): start every item of a list in the same column`,
        });
      }
    },
  });
  return slips;
}

/**
 * Whether the text may hold a slip `findSilentYamlSlips` looks for: a `#` straight after a space
 * and before more text, or a `- ` line indented under a `- ` line above it. Cheap, and may say yes
 * when there is none; the checker then reads the frontmatter with `yaml` to be sure.
 */
export function mayHideYamlSlip(yaml: string): boolean {
  if (/[ \t]#\S/.test(yaml)) return true;
  let itemIndent: number | undefined;
  for (const line of yaml.split('\n')) {
    const item = /^( *)- /.exec(line);
    if (item && itemIndent !== undefined && item[1]!.length > itemIndent) return true;
    itemIndent = item && !/^ *- +[^\s:#][^:#]*:(?:\s|$)/.test(line) ? item[1]!.length : undefined;
  }
  return false;
}
