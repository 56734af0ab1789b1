import { z } from 'astro/zod';
import { year } from './refs';

/**
 * When the report was written and which years it covers. Compilations often carry a misleading
 * year in their title; the period must come from evidence in the report itself.
 */
export const periodSchema = z
  .strictObject({
    /** Best-estimate year the report was written. */
    reported: year,
    /** Latest plausible year of writing, when only a range can be inferred. */
    reportedLatest: year.optional(),
    /** First year the described practices cover. */
    from: year,
    /** Last year the described practices cover. */
    to: year,
    /** Whether the date is stated in the report or inferred from references in it. */
    basis: z.enum(['stated', 'inferred'], { error: '取值须为 stated（原文写明）或 inferred（推断）' }),
    /** The dating evidence, in your own words (required when inferred). */
    clue: z.string().trim().optional(),
  })
  .superRefine((p, ctx) => {
    if (p.from > p.to) ctx.addIssue({ code: 'custom', path: ['from'], message: `起始年 ${p.from} 晚于结束年 ${p.to}` });
    if (p.reportedLatest !== undefined && p.reportedLatest < p.reported) {
      ctx.addIssue({ code: 'custom', path: ['reportedLatest'], message: `reportedLatest ${p.reportedLatest} 早于 reported ${p.reported}` });
    }
    if (p.basis === 'inferred' && !p.clue) {
      ctx.addIssue({ code: 'custom', path: ['clue'], message: '推断的年代（basis: inferred）须在 clue 中写明依据' });
    }
  });
