import { z } from 'astro/zod';
import { text } from './refs';

/** Provenance: where in which document the case comes from, and what that document gets wrong. */
export const sourceSchema = z.strictObject({
  /** File name of the source document. */
  document: text('source.document'),
  /** Position of the report in the document, counting from 1. */
  report: z.number().int().positive({ error: 'source.report 须为正整数（报告在文档中的序号）' }),
  /** The heading the report carries in the document (which may be misnumbered). */
  heading: text('source.heading'),
  /** Title of the compilation the document presents itself as, kept apart from any dating. */
  compilationTitle: z.string().trim().optional(),
  /** What the source hides (names, numbers), in your own words. */
  withheld: z.array(text('source.withheld[]')).default([]),
  /** Known errors in the source: typos, garbled references, injected text. */
  errors: z.array(text('source.errors[]')).default([]),
});
