/**
 * What an article body may hold besides prose: Tally's components and a short list of harmless
 * HTML elements, with attributes written as text. Nothing in a body is ever run as code.
 *
 * The checker reports everything else at its line (`readBody.ts`), and the page renderer removes
 * everything else before any code is made from the body (`lib/sanitizeBodyTree.ts`), so a body
 * that never went through the checker cannot run code or add markup either.
 *
 * Rules:
 * - No code: no `{…}` expressions, no `import`/`export` lines, no attribute written as an
 *   expression (`id={x}`), no spread attribute (`{...props}`).
 * - Components: `<Fig>`, `<FactBox>` and `<Chart>`, each with an `id` and nothing between its tags;
 *   `<Claim fact="…" says="…">words</Claim>`, which binds the words between its tags to a fact.
 * - HTML: the elements of `HTML_ELEMENTS`, with the attributes listed there and `lang`. No other
 *   element: neither those that run code or change the page (`script`, `style`, `iframe`, `meta`,
 *   `base`, `form` …) nor harmless ones outside the list (`div`), which Markdown already covers.
 * - Links and images written in Markdown follow the rules of a source's `url`
 *   (`webAddressProblem`): `http(s)` or a path on the site, never `javascript:` or `data:`.
 */
import { webAddressProblem } from '../schema/source.ts';

/** Tally's components, by what their `id` names. */
export const TALLY_COMPONENTS = { Fig: 'figure', FactBox: 'fact', Chart: 'chart', Claim: 'fact' } as const;

export type TallyComponent = keyof typeof TALLY_COMPONENTS;

/** The attribute that names what a component shows, and every attribute it takes. */
export const COMPONENT_ATTRIBUTES: Readonly<Record<TallyComponent, { names: string; takes: readonly string[] }>> = {
  Fig: { names: 'id', takes: ['id'] },
  FactBox: { names: 'id', takes: ['id'] },
  Chart: { names: 'id', takes: ['id'] },
  Claim: { names: 'fact', takes: ['fact', 'says'] },
};

/** Components with words of their own between their tags. */
export function holdsWords(name: TallyComponent): boolean {
  return name === 'Claim';
}

/** HTML elements a body may use, each with the attributes it may have besides `lang`. */
export const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  b: [],
  bdi: [],
  br: [],
  cite: [],
  code: [],
  del: [],
  dfn: ['title'],
  em: [],
  i: [],
  ins: [],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  samp: [],
  small: [],
  strong: [],
  sub: [],
  sup: [],
  time: ['datetime'],
  u: [],
  var: [],
  wbr: [],
};

const ANY_ELEMENT_ATTRIBUTES = ['lang'];

/** Why some elements are refused, in an editor's words. */
const REFUSED_BECAUSE: Readonly<Record<string, string>> = {
  script: 'it runs code',
  style: 'it restyles the whole page',
  link: 'it loads files from other sites into the page',
  meta: 'it can send readers to another address',
  base: 'it changes where every link on the page goes',
  iframe: 'it embeds another page',
  frame: 'it embeds another page',
  frameset: 'it embeds another page',
  object: 'it embeds another page or a plug-in',
  embed: 'it embeds another page or a plug-in',
  portal: 'it embeds another page',
  form: 'it sends what readers type to another address',
  input: 'it collects what readers type',
  button: 'it makes a control the page does not expect',
  textarea: 'it collects what readers type',
  select: 'it collects what readers choose',
  svg: 'it can carry scripts and links',
  math: 'it can carry scripts and links',
  template: 'it hides content from readers',
  noscript: 'it hides content from readers',
  a: 'write a link as [text](https://…)',
  img: 'write an image as ![what it shows](https://…)',
};

/** The attribute types of MDX's syntax tree (mdast and hast alike). */
export type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value?: string } }
  | { type: 'mdxJsxExpressionAttribute'; value?: string };

export function isTallyComponent(name: string | null | undefined): name is TallyComponent {
  return typeof name === 'string' && Object.hasOwn(TALLY_COMPONENTS, name);
}

function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name);
}

/**
 * Why the element `<name>` may not be in a body, or undefined when it may. A capitalised name is
 * a component: `checkComponentUses.ts` says which ones exist, so they are not judged here.
 */
export function elementProblem(name: string | null | undefined): string | undefined {
  if (name === null || name === undefined || name === '') {
    return 'an empty tag <>…</> is not allowed: remove it and keep what is inside';
  }
  if (isComponentName(name)) return undefined;
  if (Object.hasOwn(HTML_ELEMENTS, name)) return undefined;
  const reason = Object.hasOwn(REFUSED_BECAUSE, name.toLowerCase())
    ? REFUSED_BECAUSE[name.toLowerCase()]
    : `the HTML an article may use is ${Object.keys(HTML_ELEMENTS).join(', ')}`;
  return `<${name}> is not allowed in an article: ${reason}`;
}

/** Whether the element `<name>` may be rendered: a Tally component or an allowed HTML element. */
export function isAllowedElement(name: string | null | undefined): name is string {
  return isTallyComponent(name) || (typeof name === 'string' && Object.hasOwn(HTML_ELEMENTS, name));
}

/**
 * Why `attribute` may not be on `<element>`, an allowed element, or undefined when it may. A Tally
 * component's `id` is always accepted here: `readBody.ts` reads it and says what is wrong with it.
 */
export function attributeProblem(element: string, attribute: JsxAttribute): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return `${quoteCode(attribute.value ?? '', '{', '}')} is code, which an article cannot run: write each attribute as name="…"`;
  }
  const name = attribute.name;
  const value = attribute.value;
  const isExpression = value !== null && typeof value === 'object';
  if (isTallyComponent(element)) {
    const { takes } = COMPONENT_ATTRIBUTES[element];
    if (!takes.includes(name)) {
      return `<${element}> takes only ${takes.length === 1 ? `an ${takes[0]}` : takes.join(' and ')}: remove ${name}`;
    }
    // An attribute it takes, written as code, is reported where it is read (`readBody.ts`).
    return undefined;
  }
  if (/^on/i.test(name)) return `${name} is an event handler, which runs code: remove it`;
  const allowed = [...(HTML_ELEMENTS[element] ?? []), ...ANY_ELEMENT_ATTRIBUTES];
  if (!allowed.includes(name)) {
    return `<${element}> takes only ${allowed.join(' or ')}: remove ${name}`;
  }
  if (isExpression) return `${name}={…} is code, which an article cannot run: write ${name}="…"`;
  return undefined;
}

/** What an `{…}` expression or an `import`/`export` line in the body is told. */
export function codeProblem(kind: 'expression' | 'esm', code: string): string {
  if (kind === 'esm') {
    return 'import and export lines are code, which an article cannot run: <Fig>, <FactBox> and <Chart> need no import';
  }
  return `${quoteCode(code, '{', '}')} is code, which an article cannot run: to show a brace, write \\{`;
}

/** Why a Markdown link's or image's target is refused, or undefined when it is accepted. */
export function linkTargetProblem(url: string, kind: 'link' | 'image'): string | undefined {
  const problem = webAddressProblem(url, { relative: true, mailto: kind === 'link' });
  return problem && `the ${kind} target ${quoteText(url)} is refused: ${problem}`;
}

/** At most this many characters of an editor's text are quoted in a message. */
export const MAX_QUOTED = 200;

/** `text` in quotes for a message: at most `MAX_QUOTED` characters, with `…` when cut. */
export function quoteText(text: string): string {
  return `"${cut(text)}"`;
}

function quoteCode(code: string, open: string, close: string): string {
  return `${open}${cut(code.trim())}${close}`;
}

function cut(text: string): string {
  const characters = Array.from(text.length > MAX_QUOTED * 2 ? text.slice(0, MAX_QUOTED * 2) : text);
  return characters.length > MAX_QUOTED ? `${characters.slice(0, MAX_QUOTED).join('')}…` : text;
}
