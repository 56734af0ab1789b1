import { z } from 'astro/zod';
import { paragraphs, text, year } from './refs';

/** One piece of dating evidence: what the report says, in your own words, and where. */
export const datingClueSchema = z.strictObject({
  /** The clue in your own words (e.g. 结尾说要向党的十六大献礼). The reasoning from it goes in editorsNote. */
  text: text('period.clues[].text'),
  /** The paragraphs that hold the clue. */
  from: paragraphs('period.clues[].from'),
});

/**
 * When the report was written and which years it covers. Compilations often carry a misleading
 * year in their title; the period must come from evidence in the report itself.
 */
export const periodSchema = z
  .strictObject({
    /** Year the report was written: the best estimate, or the earliest plausible year when `reportedLatest` gives a range. */
    reported: year,
    /** Latest plausible year of writing, when only a range can be inferred. */
    reportedLatest: year.optional(),
    /** First year the described practices cover. */
    from: year,
    /** Last year the described practices cover. */
    to: year,
    /** Whether the date is stated in the report or inferred from references in it. */
    basis: z.enum(['stated', 'inferred'], { error: '取值须为 stated（原文写明）或 inferred（推断）' }),
    /** The dating evidence, each clue with its paragraphs (at least one when inferred). */
    clues: z.array(datingClueSchema).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.from > p.to) ctx.addIssue({ code: 'custom', path: ['from'], message: `起始年 ${p.from} 晚于结束年 ${p.to}` });
    if (p.reportedLatest !== undefined && p.reportedLatest < p.reported) {
      ctx.addIssue({ code: 'custom', path: ['reportedLatest'], message: `reportedLatest ${p.reportedLatest} 早于 reported ${p.reported}` });
    }
    if (p.basis === 'inferred' && p.clues.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['clues'], message: '推断的年代（basis: inferred）须在 clues 中列出依据，每条写明段落号' });
    }
  });
