import { z } from 'astro/zod';
import { SOURCE_ID_PATTERN } from '../core/paragraphs';
import { paragraphs, text } from './refs';
import { isDraft } from '../core/draft';

/**
 * A value the source does not give. `blanked`: the paragraph holds a blank (`__`, `XX`, `某某` …,
 * the list in src/core/blanks.ts). `removed`: words seem cut without any marker ("党的、十七大");
 * `around` then quotes the source's words on either side of the gap, verbatim.
 */
export const withheldSchema = z
  .strictObject({
    /** `blanked` (the paragraph shows a blank) or `removed` (text cut without a marker). */
    kind: z.enum(['blanked', 'removed'], { error: 'kind 须为 blanked（原文留有空白记号）或 removed（疑似被删去、没有记号）' }),
    /** What is missing, in your own words (e.g. 党代会届次). */
    what: text('source.withheld[].what'),
    /** The paragraphs where the value is missing. */
    from: paragraphs('source.withheld[].from'),
    /** For `removed`: the source's words around the gap, verbatim (e.g. 党的、十七大). */
    around: z.string().trim().optional(),
  })
  .refine((w) => w.kind !== 'removed' || (w.around ?? '').length > 0, {
    error: '疑似被删去的内容（kind: removed）须在 around 中逐字引出缺口前后的原文，例如 around: 党的、十七大',
    path: ['around'],
  });

/**
 * An error of the source itself (a typo, a garbled passage, injected text) — never a tension in
 * the entry. `quote` is the source's words verbatim; `reading` is the editors' reading of them.
 */
export const sourceErrorSchema = z.strictObject({
  /** The erroneous words exactly as the source writes them. */
  quote: text('source.errors[].quote'),
  /** What the editors take the words to mean or what is wrong with them, in your own words. */
  reading: text('source.errors[].reading'),
  /** The paragraphs that hold the error. */
  from: paragraphs('source.errors[].from'),
});

/** Provenance: which document, which report in it, what it withholds and what it gets wrong. */
export const sourceSchema = z.strictObject({
  /** The source document's id: `content/sources/<id>.txt` holds its text, `<id>.yaml` its record. */
  id: z.string().refine((s) => isDraft(s) || SOURCE_ID_PATTERN.test(s), {
    error: 'source.id 须为 content/sources/ 里的文件名（不含 .txt），只用字母、数字、下划线和连字符',
  }),
  /** The report's paragraph range in the document, first and last paragraph inclusive: `[59, 71]`. */
  lines: z
    .tuple([z.number().int().positive(), z.number().int().positive()], {
      error: 'source.lines 须为报告的首段和末段段落号，例如 [59, 71]',
    })
    .refine(([a, b]) => a <= b, { error: 'source.lines 的首段不能在末段之后' }),
  /** Position of the report in the document, counting from 1. */
  report: z.number().int().positive({ error: 'source.report 须为正整数（报告在文档中的序号）' }),
  /** The heading the report carries in the document (which may be misnumbered). */
  heading: text('source.heading'),
  /** Title of the compilation the document presents itself as, kept apart from any dating. */
  compilationTitle: z.string().trim().optional(),
  /** Values the source does not give: blanked, or apparently removed. */
  withheld: z.array(withheldSchema).default([]),
  /** Errors of the source: typos, garbled references, injected text. */
  errors: z.array(sourceErrorSchema).default([]),
});
