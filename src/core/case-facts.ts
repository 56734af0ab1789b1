/**
 * What a case says about itself, derived once from its data: its themes and tags, the theme each
 * practice belongs to, and the record search stores for it. Browsing and search both read these
 * facts from here, so neither depends on the other. Pure: the shapes below are the parts of a
 * case (src/schemas/case.ts) these facts are made from, and tags are looked up through a function
 * the caller passes in.
 */
import { listSummary } from './list-summary';

/** The parts of a case the facts are made from (a case from src/schemas/case.ts has them all). */
export interface CaseShape {
  themes: { primary: string; secondary: readonly string[] };
  tags: readonly string[];
  unit: { type: string; sector: string; typeBasis?: string; sectorBasis?: string };
  honour: { level: string; levelBasis?: string };
  period: { reported: number };
  practices: readonly PracticeShape[];
}

export interface PracticeShape {
  id: string;
  name: string;
  aliases: readonly string[];
  tags: readonly string[];
  summary: string;
}

/** What a practice needs to know of a tag: its home theme and its wordings. */
export interface TagShape {
  theme: string;
  label: string;
  aliases: readonly string[];
}
export type TagLookup = (slug: string) => TagShape;

/** The facets a case is filtered by, in the order the search page shows them. */
export const FACET_KEYS = ['theme', 'tag', 'unitType', 'sector', 'honour', 'period'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The case's primary theme followed by its secondary ones. */
export function themesOf(d: Pick<CaseShape, 'themes'>): string[] {
  return [d.themes.primary, ...d.themes.secondary];
}

/** Every tag of a case: its own tags, then those only its practices carry. */
export function tagsOf(d: CaseShape): string[] {
  return [...new Set([...d.tags, ...d.practices.flatMap((p) => p.tags)])];
}

/**
 * Home themes of a practice's tags, in tag order without repeats. A practice has no theme of its
 * own; it belongs to every theme one of its tags belongs to.
 */
export function practiceThemes(p: Pick<PracticeShape, 'tags'>, tagOf: TagLookup): string[] {
  return [...new Set(p.tags.map((slug) => tagOf(slug).theme))];
}

/**
 * The themes a case is counted and filtered under: those at least one of its practices belongs to.
 * Counting by the case's declared themes instead made a theme show "0 cases" above practices that
 * all come from cases (issue 23), so every count and theme filter reads this one definition. The
 * declared themes that are reached come first, so a case's own emphasis keeps its order.
 */
export function reachedThemes(d: Pick<CaseShape, 'themes' | 'practices'>, tagOf: TagLookup): string[] {
  const reached = new Set(d.practices.flatMap((p) => practiceThemes(p, tagOf)));
  const declared = themesOf(d).filter((t) => reached.has(t));
  return [...new Set([...declared, ...reached])];
}

/** The case's value(s) for every facet: slugs, and the report year for period. */
export function caseFilters(d: CaseShape, tagOf: TagLookup): Record<FacetKey, string[]> {
  return {
    theme: reachedThemes(d, tagOf),
    // A case is found by a tag it carries itself or on any of its practices.
    tag: tagsOf(d),
    unitType: [d.unit.type],
    sector: [d.unit.sector],
    honour: [d.honour.level],
    period: [String(d.period.reported)],
  };
}

/** How many cases carry each value of each facet. */
export function countFacets(cases: readonly CaseShape[], tagOf: TagLookup): Record<FacetKey, Record<string, number>> {
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, {}])) as Record<FacetKey, Record<string, number>>;
  for (const d of cases) {
    for (const [key, values] of Object.entries(caseFilters(d, tagOf)) as [FacetKey, string[]][]) {
      for (const v of values) counts[key][v] = (counts[key][v] ?? 0) + 1;
    }
  }
  return counts;
}

/** The facets whose values a case may carry on the editors' inference (each has a basis field). */
export const BASIS_FACETS = ['unitType', 'sector', 'honour'] as const;
export type BasisFacet = (typeof BASIS_FACETS)[number];

/** Whether case `d`'s value for facet `key` is the editors' inference rather than the source's word. */
export function inferredIn(d: Pick<CaseShape, 'unit' | 'honour'>, key: BasisFacet): boolean {
  const basis = { unitType: d.unit.typeBasis, sector: d.unit.sectorBasis, honour: d.honour.levelBasis }[key];
  return basis === 'inferred';
}

/**
 * For each facet with a basis, the values that at least one case carries on the editors'
 * inference (sorted). The filters say so beside such a value (含编者推断), once, whatever the
 * current results: a filter gathers many cases, and each case in the list carries its own mark.
 */
export function inferredFacetValues(cases: readonly Pick<CaseShape, 'unit' | 'honour'>[]): Record<BasisFacet, string[]> {
  const values = (key: BasisFacet) => [...new Set(cases.filter((d) => inferredIn(d, key)).map((d) => caseFacetValue(d, key)))].sort();
  return { unitType: values('unitType'), sector: values('sector'), honour: values('honour') };
}

function caseFacetValue(d: Pick<CaseShape, 'unit' | 'honour'>, key: BasisFacet): string {
  return { unitType: d.unit.type, sector: d.unit.sector, honour: d.honour.level }[key];
}

/** One practice as search ranks it (short keys: the stored form, below, is kept once per case). */
export interface PracticeMeta {
  /** Anchor id on the case page. */
  id: string;
  /** Practice name. */
  n: string;
  /** The practice's own aliases. */
  a: string[];
  /** Labels and aliases of its tags. */
  k: string[];
  /** Tag slugs. */
  t: string[];
  /** Summary, shown under the practice in results. */
  s: string;
}

/**
 * What the case page stores for search about one practice: all of PracticeMeta but the tag
 * wordings (`k`), which the search page looks up from the slugs (`t`) in the taxonomy it carries.
 * Pagefind indexes every metadata value as words (since 1.5) and the wordings were the largest
 * field, each repeating what the page's hidden alias lists already index: left out, Pagefind reads
 * and writes less (docs/performance.md, issue 24, round 11) and the ranking reads the same lists.
 */
export type StoredPractice = Omit<PracticeMeta, 'k'>;

/** A case's practices in their stored form (StoredPractice). */
export function storedPractices(metas: readonly PracticeMeta[]): StoredPractice[] {
  return metas.map(({ k: _wordings, ...stored }) => stored);
}

/** The practices of a case as search ranks them. */
export function practiceMetas(d: Pick<CaseShape, 'practices'>, tagOf: TagLookup): PracticeMeta[] {
  return d.practices.map((p) => ({
    id: p.id,
    n: p.name,
    a: [...p.aliases],
    k: p.tags.flatMap((slug) => {
      const tag = tagOf(slug);
      return [tag.label, ...tag.aliases];
    }),
    t: [...p.tags],
    s: listSummary(p.summary),
  }));
}

/**
 * Other wordings of the case's own tags. They are indexed (hidden) so an alias finds the case
 * even when no single practice carries that tag.
 */
export function caseAliases(d: Pick<CaseShape, 'tags'>, tagOf: TagLookup): string[] {
  return [...new Set(d.tags.flatMap((slug) => tagOf(slug).aliases))];
}
