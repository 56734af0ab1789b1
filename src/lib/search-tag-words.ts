/**
 * The wordings of each tag (its label and aliases, from content/taxonomy/tags.yaml), which the
 * ranking matches a query against for every practice carrying the tag. They are the same on every
 * page, so the search page carries them once, in its configuration, instead of every case page's
 * search record repeating them for each practice (measured: 0.5–0.8 KB less per result fragment,
 * and the search page loads up to 30 fragments for its first search).
 */
import type { PracticeMeta } from './search';

/** Tag slug → its wordings, label first. */
export type TagWords = Record<string, string[]>;

export function tagWords(tags: readonly { slug: string; label: string; aliases: readonly string[] }[]): TagWords {
  return Object.fromEntries(tags.map((t) => [t.slug, [t.label, ...t.aliases]]));
}

/** The practices with `k` (their tags' wordings) filled in from `words`. */
export function withTagWords(practices: readonly PracticeMeta[], words: TagWords): PracticeMeta[] {
  return practices.map((p) => ({ ...p, k: p.t.flatMap((slug) => words[slug] ?? []) }));
}
