/**
 * The whole record one case gives search: its filter values (src/core/case-facts.ts), the fields
 * its result line shows, its practices as ranking reads them and its tags' other wordings. The
 * case page writes it for Pagefind (SearchMeta.astro) and the search page shows the same result
 * line at build time (SearchResult.astro), so the two cannot disagree.
 */
import type { CaseData } from '../schemas/case';
import {
  caseAliases,
  caseFilters,
  practiceMetas,
  storedPractices,
  type FacetKey,
  type PracticeMeta,
  type TagLookup,
} from '../core/case-facts';
import { formatCoveredLabelled, formatReported, plainName } from '../lib/format';

/** The unit and period a result shows under the case's title, as plain text. */
export function resultFields(d: CaseData): { unit: string; period: string } {
  return { unit: plainName(d.unit.name), period: `${formatReported(d.period)}，${formatCoveredLabelled(d.period)}` };
}

/** The one line under a result's title: unit and period. */
export function resultMeta(d: CaseData): string {
  const { unit, period } = resultFields(d);
  return [unit, period].filter(Boolean).join(' · ');
}

export interface SearchRecord {
  /** Stored as Pagefind metadata, returned with every result (`practices`: StoredPractice[] as JSON). */
  meta: { unit: string; period: string; summary: string; year: string; practices: string };
  filters: Record<FacetKey, string[]>;
  practices: PracticeMeta[];
  /** The case's own tags' other wordings, indexed hidden. */
  aliases: string[];
}

/** Everything the case page tells Pagefind about case `d`. */
export function searchRecord(d: CaseData, tagOf: TagLookup): SearchRecord {
  const { unit, period } = resultFields(d);
  const practices = practiceMetas(d, tagOf);
  return {
    meta: { unit, period, summary: d.summary, year: String(d.period.reported), practices: JSON.stringify(storedPractices(practices)) },
    filters: caseFilters(d, tagOf),
    practices,
    aliases: caseAliases(d, tagOf),
  };
}
