import { z } from 'astro/zod';
import { isoDate, text } from './refs';

/**
 * The record beside a source document (`content/sources/<id>.yaml`): what the document is, where and
 * when it was obtained, and its status. The text itself is `content/sources/<id>.txt`.
 */
export const sourceRecordSchema = z.strictObject({
  /** The document's own title, as it presents itself. */
  title: text('title'),
  /** Where the document was obtained: a URL, or a description when the address was not recorded. */
  obtainedFrom: text('obtainedFrom'),
  /** When it was obtained, 'YYYY-MM-DD', or `unknown`. */
  obtainedOn: z.union([isoDate, z.literal('unknown')]),
  /** Language, as a BCP 47 code (`zh`). */
  language: text('language'),
  /** Script of the text: `Hans` (simplified) or `Hant` (traditional). */
  script: z.enum(['Hans', 'Hant'], { error: 'script 须为 Hans（简体）或 Hant（繁体）' }),
  /** The encoding the document arrived in (`UTF-8`, `GB18030` …); the stored `.txt` is always UTF-8. */
  originalEncoding: text('originalEncoding'),
  /** Its status: a third-party text, not covered by the project's licences, not republished. */
  status: text('status'),
  /** For a compilation: each report's paragraph range and heading, in document order. */
  reports: z
    .array(
      z.strictObject({
        /** First and last paragraph of the report, inclusive. */
        lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
        /** The heading the report carries in the document. */
        heading: text('heading'),
      }),
    )
    .default([]),
  /** Anything else a reader of the record should know (junk lines, the compiler's additions). */
  note: z.string().trim().optional(),
});

export type SourceRecord = z.infer<typeof sourceRecordSchema>;
