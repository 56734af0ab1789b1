/**
 * What one case tells search: its filter values and the fields its result line shows. The case
 * page writes them for Pagefind (SearchMeta.astro) and the search page counts them at build time
 * for the panel it shows before any search, so the two cannot disagree.
 */
import type { CaseData } from '../schemas/case';
import { formatCovered, formatReported, plainName } from './format';
import { FACETS, type FacetKey } from './search';

/** The case's value(s) for every facet: slugs, and the report year for period. */
export function caseFilters(d: CaseData): Record<FacetKey, string[]> {
  return {
    theme: [d.themes.primary, ...d.themes.secondary],
    // A case is found by a tag it carries itself or on any of its practices.
    tag: [...new Set([...d.tags, ...d.practices.flatMap((p) => p.tags)])],
    unitType: [d.unit.type],
    sector: [d.unit.sector],
    honour: [d.honour.level],
    period: [String(d.period.reported)],
  };
}

/** How many cases carry each value of each facet. */
export function countFacets(cases: readonly CaseData[]): Record<FacetKey, Record<string, number>> {
  const counts = Object.fromEntries(FACETS.map((f) => [f.key, {}])) as Record<FacetKey, Record<string, number>>;
  for (const d of cases) {
    for (const [key, values] of Object.entries(caseFilters(d)) as [FacetKey, string[]][]) {
      for (const v of values) counts[key][v] = (counts[key][v] ?? 0) + 1;
    }
  }
  return counts;
}

/** The unit and period a result shows under the case's title, as plain text. */
export function resultFields(d: CaseData): { unit: string; period: string } {
  return { unit: plainName(d.unit.name), period: `${formatReported(d.period)}，${formatCovered(d.period)}` };
}
