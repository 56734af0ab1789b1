/**
 * Ranks the cases related to one case by what they have in common. Pure: takes plain summaries of
 * the cases, so the ranking is unit-tested without content collections.
 */
import { pinyin } from '../core/collate';

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
 *
 * Every case page ranks every other case, so this runs N times over N cases. Comparing each pair
 * made the build quadratic (about 50 CPU-seconds of 229 at 5,000 cases); instead the scores are counted from
 * an index of which cases carry each tag and theme, and the shared terms are listed only for the
 * few cases that make the cut.
 */
export function rankRelated(target: CaseProfile, others: readonly CaseProfile[], limit = RELATED_LIMIT): Related[] {
  const index = relatedIndex(others);
  const tags = new Set(target.tags);
  const allTags = new Set(target.allTags);
  const themes = new Set(target.themes);
  const caseTagCount = new Int32Array(others.length);
  const score = new Int32Array(others.length);
  const touched: number[] = [];
  const add = (i: number, points: number) => {
    if (score[i] === 0) touched.push(i);
    score[i] = score[i]! + points;
  };
  for (const t of tags) {
    for (const i of index.tags.get(t) ?? []) {
      caseTagCount[i]!++;
      add(i, WEIGHTS.caseTag);
    }
  }
  for (const t of themes) for (const i of index.themes.get(t) ?? []) add(i, WEIGHTS.theme);
  // A tag both cases carry at case level counts once, as a case tag, not again here.
  for (const t of allTags) {
    for (const i of index.allTags.get(t) ?? []) if (!(tags.has(t) && index.tagSets[i]!.has(t))) add(i, WEIGHTS.practiceTag);
  }
  const better = (a: number, b: number) =>
    score[b]! - score[a]! || caseTagCount[b]! - caseTagCount[a]! || index.order[a]! - index.order[b]!;
  // The best `limit` in order, kept by insertion: limit is small, the candidates are many.
  const best: number[] = [];
  for (const i of touched) {
    if (others[i]!.slug === target.slug) continue;
    if (best.length === limit && better(i, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && better(i, best[at - 1]!) < 0) at--;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return best.map((i) => {
    const other = others[i]!;
    const sharedTags = other.tags.filter((t, j) => tags.has(t) && other.tags.indexOf(t) === j);
    const sharedPracticeTags = other.allTags.filter((t, j) => allTags.has(t) && !sharedTags.includes(t) && other.allTags.indexOf(t) === j);
    const sharedThemes = other.themes.filter((t, j) => themes.has(t) && other.themes.indexOf(t) === j);
    return { slug: other.slug, sharedTags, sharedPracticeTags, sharedThemes, score: score[i]! };
  });
}

interface RelatedIndex {
  /** For each term, the positions (in the list of cases) of the cases that carry it, once each. */
  tags: Map<string, number[]>;
  allTags: Map<string, number[]>;
  themes: Map<string, number[]>;
  /** Each case's case-level tags. */
  tagSets: Set<string>[];
  /** Each case's place in the tie-break order (see listOrder). */
  order: Int32Array;
}

const relatedIndexes = new WeakMap<readonly CaseProfile[], RelatedIndex>();

function relatedIndex(others: readonly CaseProfile[]): RelatedIndex {
  let index = relatedIndexes.get(others);
  if (!index) {
    const postings = (terms: (p: CaseProfile) => readonly string[]) => {
      const map = new Map<string, number[]>();
      others.forEach((p, i) => {
        for (const t of new Set(terms(p))) {
          const list = map.get(t);
          if (list) list.push(i);
          else map.set(t, [i]);
        }
      });
      return map;
    };
    const order = listOrder(others);
    index = {
      tags: postings((p) => p.tags),
      allTags: postings((p) => p.allTags),
      themes: postings((p) => p.themes),
      tagSets: others.map((p) => new Set(p.tags)),
      order: Int32Array.from(others, (p) => order.get(p.slug)!),
    };
    relatedIndexes.set(others, index);
  }
  return index;
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
