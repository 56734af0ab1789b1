import { z } from 'astro/zod';
import { YEARS } from '../core/rules';
import { joinCjkLines } from '../text/cjk';
import type { Vocabulary } from './taxonomy';
import type { Term } from './term';
import { unknownTermMessage, type TermKind } from '../text/messages';

/** A slug that must name a term of the given vocabulary; the error lists the nearest valid ones. */
export function termRef(kind: TermKind, vocab: Vocabulary<Term & { aliases?: string[] }>) {
  return z.string().superRefine((value, ctx) => {
    if (!vocab.bySlug.has(value)) {
      ctx.addIssue({ code: 'custom', message: unknownTermMessage(kind, value, vocab.list, vocab.file), input: value });
    }
  });
}

/**
 * A non-empty trimmed string (whitespace-only values are a contributor mistake), with the spaces
 * YAML puts into wrapped Chinese lines removed.
 */
export const text = (what = '此项') =>
  z
    .string()
    .trim()
    .min(1, { error: `${what}不能为空` })
    .overwrite(joinCjkLines);

/** A calendar date written 'YYYY-MM-DD' (quoted in YAML) that really exists. */
export const isoDate = z
  .string({ error: "日期须写成带引号的 'YYYY-MM-DD'，例如 '2026-11-26'" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "日期须写成 'YYYY-MM-DD'，例如 '2026-11-26'" })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: '日期不存在（请检查月份和日子）' },
  );

/** A plausible year for a report (the range is `YEARS` in src/core/rules.ts). */
export const year = z
  .number({ error: '年份须为数字，例如 2012' })
  .int({ error: '年份须为整数' })
  .min(YEARS.min, { error: `年份不能早于 ${YEARS.min}` })
  .max(YEARS.max, { error: `年份不能晚于 ${YEARS.max}` });

/**
 * The paragraphs a claim rests on: paragraph numbers of the entry's source document, where a
 * paragraph is one line of `content/sources/<id>.txt` counted from 1 (`¶79`). At least one; each
 * must lie inside the entry's report (`source.lines`), which `npm run validate` checks.
 */
export const paragraphs = (what = 'from') =>
  z
    .array(
      z
        .number({ error: `${what} 须是段落号（源文件的行号，从 1 数起）组成的列表，例如 [79, 81]` })
        .int({ error: '段落号须为整数' })
        .positive({ error: '段落号从 1 数起' }),
      { error: `${what} 须是段落号组成的列表，例如 [79, 81]` },
    )
    .min(1, { error: `${what} 至少要有 1 个段落号：写明这一项出自原文第几段` });
