import { z } from 'astro/zod';
import { partialDateSchema } from './partialDate.ts';

/** Where a number comes from. A source is data, not a string: who, what, where and when. */
export const sourceSchema = z.strictObject({
  /** Who published it: an outlet, an agency, a person. */
  publisher: z.string().trim().min(1),
  /** The title of the document or report, when it has one. */
  title: z.string().trim().min(1).optional(),
  /** A web address (http or https only). Never invented: leave it out when the text gives none. */
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) web address' }).optional(),
  /** When the source was published, at its real precision. */
  published: partialDateSchema.optional(),
  /** When Tally last read it. */
  accessed: partialDateSchema.optional(),
  /** Anything a reader should know about the source. */
  note: z.string().trim().min(1).optional(),
});

export type SourceInput = z.output<typeof sourceSchema>;
