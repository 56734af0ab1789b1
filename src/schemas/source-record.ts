import { z } from 'astro/zod';
import { isoDate, text } from './refs';

/** What kind of publisher put the document out: how far a reader may trust its provenance. */
export const PUBLISHERS = ['official', 'news', 'essay-site', 'repost', 'unverified'] as const;
/** How much of the document the archive holds. */
export const HOLDINGS = ['whole', 'opening', 'excerpt'] as const;

/**
 * The record beside a source document (`content/sources/<id>.yaml`): what the document is, where and
 * when it was obtained, who published it, how much of it is held, and its status. The text itself
 * is `content/sources/<id>.txt` when the repository keeps it (`kept: true`: the seed document, or a
 * unit's own report given with leave to keep it); a page published by others is not republished:
 * its text stays on the editor's machine (`content/sources/local/<id>.txt`, git-ignored) and the
 * repository keeps its fingerprint (`<id>.fingerprint.json`) instead.
 */
export const sourceRecordSchema = z.strictObject({
  /** The document's own title, as it presents itself. */
  title: text('title'),
  /** Where the document was obtained: a URL, or a description when the address was not recorded. */
  obtainedFrom: text('obtainedFrom'),
  /** The outlet that published it (黑龙江日报, 济宁市第一人民医院官网); for a repost, the original outlet the text names. */
  outlet: z.string().trim().min(1).optional(),
  /**
   * `official` (the unit itself or a government body), `news` (a newspaper or news site), `essay-site`
   * (a 范文 site), `repost` (a copy on an unrelated site; `outlet` names the original) or `unverified`
   * (the editors could not find out who runs the site or what kind of site it is; `note` says what is known).
   */
  publisher: z.enum(PUBLISHERS, {
    error:
      'publisher 须为 official（单位或政府机构自己发布）、news（报纸或新闻网站）、essay-site（范文网站）、repost（无关网站的转载）或 unverified（网站由谁主办、是什么性质，未能核实）',
  }),
  /** `whole` (the whole document), `opening` (only its opening: the page was cut) or `excerpt` (a part from within). */
  held: z.enum(HOLDINGS, { error: 'held 须为 whole（全文）、opening（只有开头部分）或 excerpt（节选）' }),
  /** Whether the repository keeps the text (`<id>.txt`); otherwise only its fingerprint. */
  kept: z.boolean({ error: 'kept 须为 true（代码库保存全文）或 false（只保存指纹，全文留在编辑者本机）' }),
  /** The page's own date, 'YYYY-MM-DD', when it states one: a publication date, not the report's date. */
  published: isoDate.optional(),
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
