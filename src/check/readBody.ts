/**
 * Reads an article's MDX body without compiling or running it: syntax errors with their position,
 * every Tally component used, and the numbers written in the prose.
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
 */
import { createRequire } from 'node:module';
import { mdxToMdast } from 'satteri';
import { findProseNumbers, type ProseNumber } from './findProseNumbers.ts';

/** A position in the body: 1-based line and column, relative to the body's first line. */
export interface BodyPosition {
  line: number;
  column: number;
}

export interface ComponentUse extends BodyPosition {
  /** The component name: `Fig`, `FactBox`, `Chart` or anything else capitalised. */
  name: string;
  /** The `id` attribute, when it is written as a plain string. */
  id?: string;
  /** Why the id could not be read, when it could not. */
  idProblem?: string;
}

export interface BodyReading {
  syntaxError?: BodyPosition & { message: string };
  components: ComponentUse[];
  numbers: (ProseNumber & BodyPosition)[];
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
  attributes?: { type: string; name?: string; value?: unknown }[];
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
  let tree: MdastNode;
  try {
    tree = PARSERS[parser](body);
  } catch (error) {
    return { syntaxError: micromarkSyntaxError(body) ?? satteriSyntaxError(error), components: [], numbers: [] };
  }
  const reading: BodyReading = { components: [], numbers: [] };
  visit(tree, body, reading);
  return reading;
}

function visit(node: MdastNode, body: string, reading: BodyReading): void {
  if (NOT_PROSE.has(node.type)) return;
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    node.name &&
    /^[A-Z]/.test(node.name)
  ) {
    reading.components.push({ name: node.name, ...readId(node), ...start(node) });
    // A component's children are its own business: <Fig> renders the number itself.
    return;
  }
  if (node.type === 'text' && node.value) {
    for (const number of findProseNumbers(node.value)) {
      reading.numbers.push({ ...number, ...positionInText(node, body, number.index) });
    }
  }
  for (const child of node.children ?? []) visit(child, body, reading);
}

function readId(node: MdastNode): { id?: string; idProblem?: string } {
  const attribute = node.attributes?.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'id',
  );
  if (!attribute) return { idProblem: `<${node.name}> needs an id: <${node.name} id="…" />` };
  if (typeof attribute.value === 'string') return { id: attribute.value };
  return { idProblem: `<${node.name}>'s id must be written in quotes, id="…", not as an expression` };
}

function start(node: MdastNode): BodyPosition {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Where a character of a text node is in the body; exact unless escapes made the text shorter. */
function positionInText(node: MdastNode, body: string, index: number): BodyPosition {
  const position = node.position;
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return start(node);
  const source = body.slice(position.start.offset, position.end.offset);
  if (source !== node.value) return start(node);
  const before = source.slice(0, index);
  const newlines = before.split('\n');
  return newlines.length === 1
    ? { line: position.start.line, column: position.start.column + index }
    : { line: position.start.line + newlines.length - 1, column: newlines.at(-1)!.length + 1 };
}
