/**
 * Finds the text `npm run new` writes for the editor to replace ("Replace this with one
 * sentence…", "Ministry of Examples", `https://example.org/annual-report`) still in an article.
 *
 * Why: the template checks clean, so without this rule a template article could be published as
 * it is once `draft: true` is deleted.
 *
 * Rules:
 * - The placeholders are `PLACEHOLDERS` in `articleTemplate.ts`, which the template is written
 *   from: the rule and the template cannot drift apart.
 * - A frontmatter value holding a placeholder's text is reported at the field (a short word such
 *   as the tag `example` only when it is the whole value); a body line holding one, at its column.
 * - The checker makes them errors in a published article and warnings in a draft.
 */
import { PLACEHOLDERS, type Placeholder } from './articleTemplate.ts';
import type { FieldPath } from './locateField.ts';

export interface TemplateText {
  /** The field holding it, or undefined for the body. */
  path?: FieldPath;
  /** 1-based line and column in the body. */
  body?: { line: number; column: number };
  message: string;
}

const ALL: readonly Placeholder[] = Object.values(PLACEHOLDERS);

function message(placeholder: Placeholder, draft: boolean): string {
  const quoted = placeholder.text.length > 40 ? `${placeholder.text.slice(0, 40)}…` : placeholder.text;
  return draft
    ? `template text from npm run new ("${quoted}"): before publishing, ${placeholder.fix}`
    : `template text from npm run new ("${quoted}") cannot be published: ${placeholder.fix}`;
}

function holds(value: string, placeholder: Placeholder): boolean {
  return placeholder.exact ? value.trim() === placeholder.text : value.includes(placeholder.text);
}

/** `draft`: the article is a draft, and the messages say what to do before publishing. */
export function findTemplateText(data: Record<string, unknown>, body: string, draft: boolean): TemplateText[] {
  const found: TemplateText[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const placeholder = ALL.find((candidate) => holds(value, candidate));
      if (placeholder) found.push({ path, message: message(placeholder, draft) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  for (const [index, line] of body.split('\n').entries()) {
    for (const placeholder of ALL) {
      const column = placeholder.exact ? -1 : line.indexOf(placeholder.text);
      if (column !== -1)
        found.push({ body: { line: index + 1, column: column + 1 }, message: message(placeholder, draft) });
    }
  }
  return found;
}
