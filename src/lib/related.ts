/**
 * Ranks the cases related to one case by what they have in common. Pure: takes plain summaries of
 * the cases, so the ranking is unit-tested without content collections.
 */
import { pinyin } from './browse';

export interface CaseProfile {
  slug: string;
  title: string;
  /** Year the report was written; the newer case wins a tie. */
  reported: number;
  /** Every tag on the case and on its practices. */
  tags: readonly string[];
  /** Primary and secondary themes. */
  themes: readonly string[];
}

export interface Related {
  slug: string;
  /** Tags both cases carry, in the order the other case lists them. */
  sharedTags: string[];
  /** Themes both cases are filed under. */
  sharedThemes: string[];
  score: number;
}

/**
 * A shared tag names one concrete practice both units used, which says far more than sharing one
 * of the dozen broad themes; so a tag weighs three themes.
 */
export const TAG_WEIGHT = 3;
export const THEME_WEIGHT = 1;
/** How many related cases a case page lists. */
export const RELATED_LIMIT = 5;

/**
 * The cases that share at least one tag or theme with `target`, best first: by score, then by
 * more shared tags, then newer report, then title in pinyin order (so the order is stable).
 */
export function rankRelated(target: CaseProfile, others: readonly CaseProfile[], limit = RELATED_LIMIT): Related[] {
  const tags = new Set(target.tags);
  const themes = new Set(target.themes);
  const byYear = new Map(others.map((o) => [o.slug, o]));
  const ranked: Related[] = [];
  for (const other of others) {
    if (other.slug === target.slug) continue;
    const sharedTags = [...new Set(other.tags)].filter((t) => tags.has(t));
    const sharedThemes = [...new Set(other.themes)].filter((t) => themes.has(t));
    const score = sharedTags.length * TAG_WEIGHT + sharedThemes.length * THEME_WEIGHT;
    if (score > 0) ranked.push({ slug: other.slug, sharedTags, sharedThemes, score });
  }
  ranked.sort((a, b) => {
    const oa = byYear.get(a.slug)!;
    const ob = byYear.get(b.slug)!;
    return (
      b.score - a.score ||
      b.sharedTags.length - a.sharedTags.length ||
      ob.reported - oa.reported ||
      pinyin.compare(oa.title, ob.title) ||
      a.slug.localeCompare(b.slug)
    );
  });
  return ranked.slice(0, limit);
}
