import { z } from 'astro/zod';
import type { Taxonomy } from './taxonomy';
import { SLUG_PATTERN } from '../core/slug';
import { termRef, text } from './refs';

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
    tags: z.array(termRef('tag', tax.tags)).min(1, { error: '每个做法至少要有 1 个标签' }).max(8, { error: '每个做法最多 8 个标签' }),
    /** Other wordings a searcher might type for this practice (search finds them). */
    aliases: z.array(z.union([z.number(), text('aliases[]')]).transform(String)).default([]),
  });
}
