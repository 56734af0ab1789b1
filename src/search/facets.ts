/**
 * The filter panel as data: for each facet, the values to show with their counts. The build
 * renders it for the unfiltered page and the browser re-renders it after each search, both through
 * render.ts, so both show the same panel.
 */
import { pinyin } from '../core/collate';
import { FACETS, type FacetKey } from './state';

/** Values a facet shows before its "show all" button. */
export const FACET_VISIBLE = 12;

export interface FacetValueView {
  value: string;
  label: string;
  /** Cases with this value among the current results. */
  count: number;
  checked: boolean;
  /** Behind the facet's "show all" button until it is pressed. */
  folded: boolean;
  /** Some case in the archive carries this value on the editors' inference (said beside it: 含编者推断). */
  inferred?: true;
}

export interface FacetView {
  key: FacetKey;
  values: FacetValueView[];
}

export type FacetCounts = Partial<Record<FacetKey, Record<string, number>>> | undefined;
export type FacetLabel = (facet: FacetKey, value: string) => string;
/** Taxonomy labels by facet and slug (period has none: a year is worded by `periodLabel`). */
export type FacetLabels = Partial<Record<FacetKey, Record<string, string>>>;
/** Per facet, the values some case carries on the editors' inference (core/case-facts.ts inferredFacetValues). */
export type FacetInferred = Partial<Record<FacetKey, readonly string[]>>;

/** The label of a facet value: the taxonomy's label, or the worded year for period. */
export function facetLabel(labels: FacetLabels, periodLabel: (year: string) => string): FacetLabel {
  return (facet, value) => (facet === 'period' ? periodLabel(value) : (labels[facet]?.[value] ?? value));
}

/**
 * What the filter panel shows: for each facet, the values with results (and any selected value,
 * even at zero), most results first, then by label; periods newest first. A value in `inferred`
 * is marked as resting, for some of its cases, on the editors' inference.
 */
export function facetViews(
  counts: FacetCounts,
  totals: FacetCounts,
  selected: Record<FacetKey, readonly string[]>,
  expanded: ReadonlySet<FacetKey>,
  label: FacetLabel,
  inferred: FacetInferred = {},
): FacetView[] {
  const views: FacetView[] = [];
  for (const { key } of FACETS) {
    const chosen = selected[key];
    const count = (v: string) => counts?.[key]?.[v] ?? 0;
    const values = Object.keys({ ...totals?.[key], ...counts?.[key] }).filter((v) => count(v) > 0 || chosen.includes(v));
    if (values.length === 0) continue;
    const byYear = (a: string, b: string) => Number(b) - Number(a);
    const byCount = (a: string, b: string) => count(b) - count(a) || pinyin.compare(label(key, a), label(key, b));
    values.sort(key === 'period' ? byYear : byCount);
    const shown = expanded.has(key) ? values.length : FACET_VISIBLE;
    views.push({
      key,
      values: values.map((value, i) => ({
        value,
        label: label(key, value),
        count: count(value),
        checked: chosen.includes(value),
        folded: i >= shown && !chosen.includes(value),
        ...(inferred[key]?.includes(value) ? { inferred: true as const } : {}),
      })),
    });
  }
  return views;
}

/** What counting and filtering over matches read of a case: its facet values. */
interface Filterable {
  filters?: Partial<Record<string, string[]>>;
}

/**
 * Cases with each facet value among `cases`. With a query the panel counts the cases the page
 * shows as matches, not every page Pagefind matched loosely (issue 23: a filter must never lead
 * to a case that does not match the query).
 */
export function countMatches(cases: readonly Filterable[]): Record<FacetKey, Record<string, number>> {
  const counts = Object.fromEntries(FACETS.map((f) => [f.key, {}])) as Record<FacetKey, Record<string, number>>;
  for (const c of cases) {
    for (const { key } of FACETS) for (const v of c.filters?.[key] ?? []) counts[key][v] = (counts[key][v] ?? 0) + 1;
  }
  return counts;
}

/** Whether a case carries the chosen values: all of them where FACETS says all, otherwise one (as Pagefind is asked). */
export function passesFilters(c: Filterable, selected: Record<FacetKey, readonly string[]>): boolean {
  return FACETS.every(({ key, match }) => {
    const chosen = selected[key];
    if (chosen.length === 0) return true;
    const has = c.filters?.[key] ?? [];
    return match === 'all' ? chosen.every((v) => has.includes(v)) : chosen.some((v) => has.includes(v));
  });
}
