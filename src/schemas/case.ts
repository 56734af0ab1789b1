import { z } from 'astro/zod';
import type { Taxonomy } from './taxonomy';
import { dateOrderMessage, duplicateMessage } from '../text/messages';
import { CASE_TAGS, PRACTICES, SECONDARY_THEMES, repeats, updatedBeforeAdded } from '../core/rules';
import { isoDate, paragraphs, termRef, text } from './refs';
import { makeUnitSchema } from './unit';
import { makeHonourSchema, makeAwardSchema } from './honour';
import { periodSchema } from './period';
import { makePracticeSchema } from './practice';
import { figureSchema } from './figure';
import { sourceSchema } from './source';
import { joinCjkLines } from '../text/cjk';
// Chinese wording for zod's generic errors, in the build and in `npm run validate` alike.
import './errors';

/** Adds an issue for every value that repeats an earlier one. */
function uniqueBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  what: string,
  ctx: z.RefinementCtx,
  path: (i: number) => PropertyKey[],
) {
  for (const r of repeats(items, key)) {
    ctx.addIssue({ code: 'custom', path: path(r.index), message: duplicateMessage(what, r.value, r.first), input: r.value });
  }
}

/**
 * The frontmatter of a case entry (`content/cases/<slug>.mdx`). The MDX body below it is the
 * narrative, in the contributor's own words. The case's slug is its file name.
 */
export function makeCaseSchema(tax: Taxonomy) {
  const tag = termRef('tag', tax.tags);
  return z
    .strictObject({
      /** Title that leads with the unit's signature practice. */
      title: text('title'),
      /** One paragraph saying what the unit did and why it is worth reading, in your own words. */
      summary: text('summary'),
      /** The unit the report is about. */
      unit: makeUnitSchema(tax),
      /** The 文明单位 title level held or sought. */
      honour: makeHonourSchema(tax),
      /** When the report was written and what years it covers. */
      period: periodSchema,
      /** One primary theme and at most two more, from content/taxonomy/themes.yaml. */
      themes: z.strictObject({
        /** The theme the case is mainly about. */
        primary: termRef('theme', tax.themes),
        /** Up to two further themes. */
        secondary: z
          .array(termRef('theme', tax.themes))
          .max(SECONDARY_THEMES.max, { error: `次要主题最多 ${SECONDARY_THEMES.max} 个` })
          .default([]),
      }),
      /** The 2–12 tags that characterise the case as a whole. */
      tags: z
        .array(tag)
        .min(CASE_TAGS.min, { error: `案例至少要有 ${CASE_TAGS.min} 个标签` })
        .max(CASE_TAGS.max, { error: `案例最多 ${CASE_TAGS.max} 个标签` }),
      /** Every practice the report describes, in the order it describes them. */
      practices: z.array(makePracticeSchema(tax)).min(PRACTICES.min, { error: `至少要有 ${PRACTICES.min} 个做法（practices）` }),
      /** Every figure the report states, exactly as stated. */
      figures: z.array(figureSchema).default([]),
      /** Honours the unit, its sub-units or its people received. */
      honours: z.array(makeAwardSchema(tax)).default([]),
      /** Shortcomings the report itself admits (never ones the editors read into it), each with its paragraphs. */
      shortcomings: z
        .array(
          z.strictObject({
            /** The shortcoming, in your own words. */
            text: text('shortcomings[].text'),
            /** The paragraphs where the report admits it. */
            from: paragraphs('shortcomings[].from'),
          }),
        )
        .default([]),
      /**
       * What the editors infer rather than read in the report — dating reasoning, the likely
       * region, readings of unclear passages, computed comparisons — shown apart as 编者按.
       */
      editorsNote: z.string().trim().overwrite(joinCjkLines).optional(),
      /** Where the case comes from. */
      source: sourceSchema,
      /** Date the entry was added, 'YYYY-MM-DD'. */
      added: isoDate,
      /** Date the entry was last changed in substance, 'YYYY-MM-DD'. */
      updated: isoDate,
    })
    .superRefine((c, ctx) => {
      uniqueBy(
        c.practices,
        (p) => p.id,
        'practice id ',
        ctx,
        (i) => ['practices', i, 'id'],
      );
      uniqueBy(
        c.tags,
        (t) => t,
        '标签 ',
        ctx,
        (i) => ['tags', i],
      );
      uniqueBy(
        [c.themes.primary, ...c.themes.secondary],
        (t) => t,
        '主题 ',
        ctx,
        (i) => (i === 0 ? ['themes', 'primary'] : ['themes', 'secondary', i - 1]),
      );
      c.practices.forEach((p, pi) =>
        uniqueBy(
          p.tags,
          (t) => t,
          '标签 ',
          ctx,
          (i) => ['practices', pi, 'tags', i],
        ),
      );
      if (updatedBeforeAdded(c.added, c.updated)) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: dateOrderMessage(c.added, c.updated) });
      }
    });
}

export type CaseData = z.infer<ReturnType<typeof makeCaseSchema>>;
export type Practice = CaseData['practices'][number];
