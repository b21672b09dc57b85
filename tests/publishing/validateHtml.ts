/**
 * Checks built pages against the HTML standard with html-validate.
 *
 * Rules:
 * - Its `standard` and `document` presets: what the standard requires of elements, attributes,
 *   content models and whole documents.
 * - Three of their rules are eased, each for a reason: trailing whitespace is formatting, not
 *   validity (Astro's output has some); ARIA allows naming a list, which the article page does to
 *   tell a fact's inputs and each source's figures apart; and subresource integrity guards files
 *   from other origins, while every script and stylesheet here is the site's own.
 */
import { HtmlValidate } from 'html-validate';
import { listPages, readText } from './builtSite.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    'no-trailing-whitespace': 'off',
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    'require-sri': ['error', { target: 'crossorigin' }],
  },
});

/** Every problem html-validate finds in a page, as `file:line:column rule: message`. */
async function htmlProblems(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}

/** The pages of the site built into `root`, and every problem html-validate finds in them. */
export async function htmlProblemsInSite(root: string): Promise<{ pages: number; problems: string[] }> {
  const pages = await listPages(root);
  const problems: string[] = [];
  for (const file of pages) problems.push(...(await htmlProblems(await readText(root, file), file)));
  return { pages: pages.length, problems };
}
