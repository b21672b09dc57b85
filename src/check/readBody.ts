/**
 * Reads an article's MDX body without compiling or running it: syntax errors with their position,
 * every Tally component used, the numbers written in the prose, and what the body may not hold
 * (code, elements, attributes and link targets outside `bodyMarkupRules.ts`, nesting too deep).
 *
 * Rules:
 * - The body is parsed by Sätteri (`mdxToMdast`), the compiler of `@astrojs/mdx` and of the article
 *   pages (`lib/articleBody.ts`), with the MDX grammar alone (no GFM, no smart punctuation, no
 *   frontmatter): what it accepts, the page compiles.
 * - A body Sätteri rejects is parsed again by `@mdx-js/mdx`'s parser (micromark), the reference
 *   for the grammar Sätteri implements, whose messages say what was expected where ("end of file
 *   before attribute name" rather than "unexpected character after `<`"); Sätteri's own message
 *   is reported only when micromark finds nothing wrong.
 * - Both parsers give the same reading of a valid body: over the 1,050 valid articles of the
 *   benchmark corpus, the seed and the fixtures, the same components, ids, numbers and positions
 *   (`tests/check/readBody.test.ts` holds the seed and the fixtures to it). Sätteri takes a fifth
 *   of the time.
 * - A body that would make either parser take time out of proportion to its size is not parsed
 *   (`findParserOverload`), and the tree is walked with a stack of its own, so no body overflows
 *   the call stack.
 */
import { createRequire } from 'node:module';
import { mdxToMdast } from 'satteri';
import {
  attributeProblem,
  codeProblem,
  COMPONENT_ATTRIBUTES,
  elementProblem,
  holdsWords,
  isAllowedElement,
  isTallyComponent,
  linkTargetProblem,
  type JsxAttribute,
} from './bodyMarkupRules.ts';
import { findForbiddenCharacters } from './findForbiddenCharacters.ts';
import { findProseNumbers, type ProseNumber } from './findProseNumbers.ts';
import { findParserOverload, tooDeepMessage } from './findParserOverload.ts';
import { LIMITS } from './limits.ts';

/** A position in the body: 1-based line and column, relative to the body's first line. */
export interface BodyPosition {
  line: number;
  column: number;
}

/** Where a number or component stands in the text: its paragraph, list or other block, counted from 0. */
export interface BlockPosition {
  block: number;
}

export interface ComponentUse extends BodyPosition, BlockPosition {
  /** The component name: `Fig`, `FactBox`, `Chart` or anything else capitalised. */
  name: string;
  /** The `id` attribute, when it is written as a plain string. */
  id?: string;
  /** Why the id could not be read, when it could not. */
  idProblem?: string;
  /** The text just before it, up to 32 characters, from the previous line when it starts one. */
  before?: string;
  /** `<Claim>`: the comparison its `says` makes, and the words between its tags. */
  says?: string;
  words?: string;
}

export interface BodyReading {
  /** Why the body could not be read: a syntax error, or nesting too deep to parse safely. */
  syntaxError?: BodyPosition & { message: string };
  components: ComponentUse[];
  numbers: (ProseNumber & BodyPosition & BlockPosition)[];
  /**
   * What the body may not hold (`bodyMarkupRules.ts`): code, elements, attributes, link targets,
   * nesting past `LIMITS.nesting`, characters that are not text written as references.
   */
  problems: (BodyPosition & { message: string })[];
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  title?: string | null;
  attributes?: JsxAttribute[];
  children?: MdastNode[];
  position?: { start: Point; end: Point };
}

/** Nodes whose text is not prose a reader reads as numbers. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']);

let processor: ReturnType<typeof import('@mdx-js/mdx').createProcessor> | undefined;

// micromark is loaded on first use: only a body Sätteri rejects needs it, and loading it took each
// checking thread about 0.15 s.
const require = createRequire(import.meta.url);

/** The two parsers: Sätteri for reading, micromark for messages and as the reference. */
const PARSERS = {
  satteri: (body: string) => mdxToMdast(body, { features: { gfm: false, frontmatter: false } }) as unknown as MdastNode,
  micromark: (body: string) => {
    processor ??= (require('@mdx-js/mdx') as typeof import('@mdx-js/mdx')).createProcessor();
    const { VFile } = require('vfile') as typeof import('vfile');
    return processor.parse(new VFile(body)) as unknown as MdastNode;
  },
};

type SyntaxError = NonNullable<BodyReading['syntaxError']>;

/** micromark's account of what is wrong with `body`, or undefined when it parses. */
function micromarkSyntaxError(body: string): SyntaxError | undefined {
  try {
    PARSERS.micromark(body);
    return undefined;
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      line: place.line ?? 1,
      column: place.column ?? 1,
      message: `MDX syntax error: ${place.reason ?? place.message ?? String(error)}`,
    };
  }
}

/** Sätteri's message, "3:7: Unexpected … (rule)", as a position and a sentence. */
export function satteriSyntaxError(error: unknown): SyntaxError {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(text);
  return {
    line: match ? Number(match[1]) : 1,
    column: match ? Number(match[2]) : 1,
    message: `MDX syntax error: ${match ? match[3] : text}`,
  };
}

/**
 * Reads `body`. `parser: 'micromark'` reads with the reference parser alone: the tests hold
 * Sätteri's reading to it.
 */
export function readBody(body: string, { parser = 'satteri' }: { parser?: keyof typeof PARSERS } = {}): BodyReading {
  const overload = findParserOverload(body);
  if (overload) return { syntaxError: overload, components: [], numbers: [], problems: [] };
  let tree: MdastNode;
  try {
    tree = PARSERS[parser](body);
  } catch (error) {
    return {
      syntaxError: micromarkSyntaxError(body) ?? satteriSyntaxError(error),
      components: [],
      numbers: [],
      problems: [],
    };
  }
  const reading: BodyReading = { components: [], numbers: [], problems: [] };
  walk(tree, body, reading);
  const blocks = blockOfLines(body);
  for (const item of [...reading.components, ...reading.numbers]) item.block = blocks[item.line - 1] ?? 0;
  const lines = body.split('\n');
  for (const use of reading.components) use.before = textBefore(lines, use);
  return reading;
}

/** The text before a position, joined across one line break, as a reader reads it. */
function textBefore(lines: readonly string[], { line, column }: BodyPosition): string {
  let text = (lines[line - 1] ?? '').slice(0, column - 1);
  if (text.trim() === '' && line > 1) text = `${lines[line - 2] ?? ''} `;
  return text.slice(-32);
}

/** The block of each line: blocks are separated by blank lines, as Markdown's paragraphs are. */
function blockOfLines(body: string): number[] {
  let block = 0;
  let blank = true;
  return body.split('\n').map((line) => {
    const isBlank = line.trim() === '';
    if (blank && !isBlank) block += 1;
    blank = isBlank;
    return block;
  });
}

interface Visit {
  node: MdastNode;
  depth: number;
  /** Inside a component or code: not prose a reader reads as numbers. */
  inComponent: boolean;
}

/**
 * Walks the tree with a stack of its own, not by recursion, so no body can overflow the stack;
 * a node nested deeper than `LIMITS.nesting` is reported once and not entered.
 */
function walk(tree: MdastNode, body: string, reading: BodyReading): void {
  const stack: Visit[] = [{ node: tree, depth: 0, inComponent: false }];
  let tooDeepReported = false;
  while (stack.length > 0) {
    const { node, depth, inComponent } = stack.pop()!;
    if (depth > LIMITS.nesting) {
      if (!tooDeepReported) {
        reading.problems.push({ ...start(node), message: tooDeepMessage() });
        tooDeepReported = true;
      }
      continue;
    }
    const within = readNode(node, body, reading, inComponent);
    if (within === 'skip') continue;
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1) {
      stack.push({ node: children[index]!, depth: depth + 1, inComponent: within === 'component' });
    }
  }
}

/** Reads one node into `reading`; says whether its children are prose, inside a component, or not to be read. */
function readNode(
  node: MdastNode,
  body: string,
  reading: BodyReading,
  inComponent: boolean,
): 'prose' | 'component' | 'skip' {
  switch (node.type) {
    case 'mdxjsEsm':
      reading.problems.push({ ...start(node), message: codeProblem('esm', node.value ?? '') });
      return 'skip';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      reading.problems.push({ ...start(node), message: codeProblem('expression', node.value ?? '') });
      return 'skip';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return readElement(node, reading, inComponent);
    case 'link':
    case 'image':
    case 'definition': {
      const problem = linkTargetProblem(node.url ?? '', node.type === 'image' ? 'image' : 'link');
      if (problem) reading.problems.push({ ...start(node), message: problem });
      break;
    }
    case 'text':
      if (!inComponent && node.value) {
        const numbers = findProseNumbers(node.value);
        const positions = positionsInText(node, body, numbers);
        numbers.forEach((number, index) => reading.numbers.push({ ...number, ...positions[index]!, block: 0 }));
      }
      break;
  }
  readDecodedCharacters(node, body, reading);
  return NOT_PROSE.has(node.type) || inComponent ? 'component' : 'prose';
}

function readElement(node: MdastNode, reading: BodyReading, inComponent: boolean): 'component' | 'prose' | 'skip' {
  const at = start(node);
  const name = node.name ?? null;
  const problem = elementProblem(name);
  if (problem) reading.problems.push({ ...at, message: problem });
  if (name !== null && /^[A-Z]/.test(name))
    reading.components.push({ name, ...readId(node), ...readClaim(node), ...at, block: 0 });
  // A refused element goes with all it holds: what is inside it is not worth a message of its own.
  if (!isAllowedElement(name)) return 'skip';
  for (const attribute of node.attributes ?? []) {
    const attributeMessage = attributeProblem(name, attribute);
    if (attributeMessage) reading.problems.push({ ...at, message: attributeMessage });
  }
  if (!isTallyComponent(name)) return inComponent ? 'component' : 'prose';
  if (holdsWords(name)) {
    if (!readClaim(node).words)
      reading.problems.push({ ...at, message: `<${name}> binds words: write them between its tags` });
  } else if ((node.children ?? []).length > 0) {
    reading.problems.push({ ...at, message: `<${name}> takes nothing between its tags: write <${name} id="…" />` });
  }
  // A component's children are its own business: <Fig> renders the number itself.
  return 'component';
}

/**
 * Character references (`&#x202E;`, `&zwj;`) decode to characters the scan of the written text
 * cannot see; a decoded value holding a character that is not text is reported at its node.
 */
function readDecodedCharacters(node: MdastNode, body: string, reading: BodyReading): void {
  const values = [node.value, node.url, node.alt, node.title].filter(
    (value): value is string => typeof value === 'string',
  );
  for (const value of values) {
    const found = findForbiddenCharacters(value, 'body')[0];
    if (!found) continue;
    const offsets = node.position;
    const written =
      offsets?.start.offset === undefined || offsets.end.offset === undefined
        ? ''
        : body.slice(offsets.start.offset, offsets.end.offset);
    // Written as it is: the scan of the text reports it at its own column.
    if (written.includes(value[found.index]!)) continue;
    reading.problems.push({ ...start(node), message: `${found.message} (written here as a character reference, &…;)` });
    return;
  }
}

function readId(node: MdastNode): { id?: string; idProblem?: string } {
  const key = isTallyComponent(node.name) ? COMPONENT_ATTRIBUTES[node.name].names : 'id';
  const attribute = node.attributes?.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === key,
  );
  if (!attribute)
    return { idProblem: `<${node.name}> needs ${key === 'id' ? 'an id' : `a ${key}`}: <${node.name} ${key}="…" />` };
  if (typeof attribute.value === 'string') return { id: attribute.value };
  return { idProblem: `<${node.name}>'s ${key} must be written in quotes, ${key}="…", not as an expression` };
}

/** A `<Claim>`'s `says` and the plain words between its tags. */
function readClaim(node: MdastNode): { says?: string; words?: string } {
  if (node.name !== 'Claim') return {};
  const says = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'says');
  const words: string[] = [];
  const stack = [...(node.children ?? [])];
  while (stack.length > 0) {
    const child = stack.shift()!;
    if (typeof child.value === 'string') words.push(child.value);
    stack.unshift(...(child.children ?? []));
  }
  return {
    ...(typeof says?.value === 'string' && { says: says.value }),
    words: words.join('').replace(/\s+/g, ' ').trim(),
  };
}

function start(node: MdastNode): BodyPosition {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/**
 * Where characters of a text node are in the body (`found` in order of their index); exact unless
 * escapes made the text shorter. One pass over the node's text, however many there are.
 */
function positionsInText(node: MdastNode, body: string, found: readonly { index: number }[]): BodyPosition[] {
  const position = node.position;
  if (!position || position.start.offset === undefined || position.end.offset === undefined) {
    return found.map(() => start(node));
  }
  const source = body.slice(position.start.offset, position.end.offset);
  if (source !== node.value) return found.map(() => start(node));
  let line = position.start.line;
  let lineStart = -(position.start.column - 1);
  let next = source.indexOf('\n');
  return found.map(({ index }) => {
    while (next !== -1 && next < index) {
      line += 1;
      lineStart = next + 1;
      next = source.indexOf('\n', lineStart);
    }
    return { line, column: index - lineStart + 1 };
  });
}
