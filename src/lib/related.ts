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
  /** The 2–12 tags that characterise the case as a whole. */
  tags: readonly string[];
  /** Every tag on the case or any of its practices. */
  allTags: readonly string[];
  /** Primary and secondary themes. */
  themes: readonly string[];
}

export interface Related {
  slug: string;
  /** Case-level tags both cases carry, in the order the other case lists them. */
  sharedTags: string[];
  /** Further tags both cases use somewhere (on the case or a practice), not already in sharedTags. */
  sharedPracticeTags: string[];
  /** Themes both cases are filed under. */
  sharedThemes: string[];
  score: number;
}

/**
 * Weights. A case-level tag names what a case is about, so sharing one says most. Almost every
 * case has a study or role-model practice somewhere, so a tag shared only through practices says
 * least; a shared theme lies between.
 */
export const WEIGHTS = { caseTag: 4, theme: 2, practiceTag: 1 } as const;
/** How many related cases a case page lists. */
export const RELATED_LIMIT = 5;

/**
 * The cases that share at least one tag or theme with `target`, best first: by score, then by
 * more shared case-level tags, then newer report, then title in pinyin order (a stable order).
 */
export function rankRelated(target: CaseProfile, others: readonly CaseProfile[], limit = RELATED_LIMIT): Related[] {
  const tags = new Set(target.tags);
  const allTags = new Set(target.allTags);
  const themes = new Set(target.themes);
  const order = listOrder(others);
  const ranked: Related[] = [];
  for (const other of others) {
    if (other.slug === target.slug) continue;
    // Runs for every pair of cases, so no copies: repeats are dropped only among the matches.
    const sharedTags = other.tags.filter((t, i) => tags.has(t) && other.tags.indexOf(t) === i);
    const sharedPracticeTags = other.allTags.filter((t, i) => allTags.has(t) && !sharedTags.includes(t) && other.allTags.indexOf(t) === i);
    const sharedThemes = other.themes.filter((t, i) => themes.has(t) && other.themes.indexOf(t) === i);
    const score =
      sharedTags.length * WEIGHTS.caseTag + sharedThemes.length * WEIGHTS.theme + sharedPracticeTags.length * WEIGHTS.practiceTag;
    if (score > 0) ranked.push({ slug: other.slug, sharedTags, sharedPracticeTags, sharedThemes, score });
  }
  ranked.sort((a, b) => b.score - a.score || b.sharedTags.length - a.sharedTags.length || order.get(a.slug)! - order.get(b.slug)!);
  return ranked.slice(0, limit);
}

const listOrders = new WeakMap<readonly CaseProfile[], Map<string, number>>();

/**
 * Position of each case when sorted newer report first, then title in pinyin order, then slug.
 * Comparing titles with the pinyin collator is slow, and a case page ranks every other case, so
 * the order is worked out once per list of cases rather than inside every sort.
 */
function listOrder(others: readonly CaseProfile[]): Map<string, number> {
  let order = listOrders.get(others);
  if (!order) {
    const sorted = [...others].sort(
      (a, b) => b.reported - a.reported || pinyin.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
    );
    order = new Map(sorted.map((p, i) => [p.slug, i]));
    listOrders.set(others, order);
  }
  return order;
}
