import { z } from 'astro/zod';
import { partialDateSchema } from './partialDate.ts';

/**
 * What is wrong with a web address written in an article, or undefined when nothing is.
 *
 * Rules (the same for a source's `url` and for links and images in the text):
 * - `http:` or `https:` only: `javascript:`, `data:`, `file:` and the rest can run code or read
 *   files. Read as a browser reads it, so `JaVaScRiPt:` or a tab inside the scheme do not slip by.
 * - No user name or password (`https://user:secret@host/`): they would be published with the page.
 * - `relative: true` (links and images in the text) also accepts an address with no scheme, which
 *   stays on the site (`/articles/x/`, `#sources`), and `mailto:` for a link.
 */
export function webAddressProblem(
  address: string,
  { relative = false, mailto = false }: { relative?: boolean; mailto?: boolean } = {},
): string | undefined {
  const url = URL.parse(address, relative ? 'https://tally.invalid/' : undefined);
  if (!url) return 'expected an http(s) web address';
  if (mailto && url.protocol === 'mailto:') return undefined;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return relative
      ? 'expected a web address starting https:// or http://, or a path on this site starting /'
      : 'expected an http(s) web address';
  }
  if (url.username !== '' || url.password !== '') {
    return 'the address holds a user name or password, which would be published: remove the part before @';
  }
  return undefined;
}

/** Where a number comes from. A source is data, not a string: who, what, where and when. */
export const sourceSchema = z.strictObject({
  publisher: z.string().trim().min(1).describe('Who published it: an outlet, an agency, a person.'),
  title: z.string().trim().min(1).optional().describe('The title of the document or report, when it has one.'),
  url: z
    .string()
    .check((ctx) => {
      const problem = webAddressProblem(ctx.value);
      if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
    })
    .optional()
    .describe(
      'A web address (http or https only, with no user name or password). Never invented: leave it out when the text gives none.',
    ),
  published: partialDateSchema.optional().describe('When the source was published, at its real precision.'),
  accessed: partialDateSchema.optional().describe('When Tally last read it.'),
  note: z.string().trim().min(1).optional().describe('Anything a reader should know about the source.'),
});

export type SourceInput = z.output<typeof sourceSchema>;
