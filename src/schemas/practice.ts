import { z } from 'astro/zod';
import type { Taxonomy } from './taxonomy';
import { SLUG_PATTERN } from '../core/slug';
import { PRACTICE_TAGS } from '../core/rules';
import { paragraphs, termRef, text } from './refs';

/** The longest evidence quotation, in characters: a citation, never a reprint. */
export const EVIDENCE_MAX = 40;

/** One concrete thing a unit did: the archive's unit of reuse, with its own anchor on the page. */
export function makePracticeSchema(tax: Taxonomy) {
  return z.strictObject({
    /** Stable ASCII id, unique within the case; the practice's anchor (`/cases/<case>/#<id>`). */
    id: z.string().regex(SLUG_PATTERN, { error: 'practice id 须为小写 ASCII kebab-case，例如 first-inquiry-responsibility' }),
    /** Short Chinese name of the practice. */
    name: text('practices[].name'),
    /** One to three sentences in your own words: who did what, how often, with what result. */
    summary: text('practices[].summary'),
    /** One to eight tag slugs from content/taxonomy/tags.yaml. */
    tags: z
      .array(termRef('tag', tax.tags))
      .min(PRACTICE_TAGS.min, { error: `每个做法至少要有 ${PRACTICE_TAGS.min} 个标签` })
      .max(PRACTICE_TAGS.max, { error: `每个做法最多 ${PRACTICE_TAGS.max} 个标签` }),
    /**
     * Other wordings a searcher might type for this practice (search finds them): the source's
     * own names and the taxonomy's wording, never a term the source does not use.
     */
    aliases: z.array(z.union([z.number(), text('aliases[]')]).transform(String)).default([]),
    /** The paragraphs the practice is taken from, e.g. `[79, 81]`. */
    from: paragraphs('practices[].from'),
    /**
     * One short quotation (at most 40 characters) of the source's own words from one of the cited
     * paragraphs, verbatim, without quotation marks: shown as the source's words under the practice.
     */
    evidence: text('practices[].evidence').refine((s) => [...s].length <= EVIDENCE_MAX, {
      error: `evidence 最多 ${EVIDENCE_MAX} 个字：只引原文中最能说明这个做法的一小句`,
    }),
  });
}
