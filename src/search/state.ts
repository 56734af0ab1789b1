/**
 * The search page's state and its URL: the query, the selected filter values and the sort. The
 * URL is the state, so results can be shared and the back button works. Parameter names are
 * src/core/routes.ts's.
 */
import { FACET_KEYS, type FacetKey } from '../core/case-facts';
import { PARAM, paramValues, queryString } from '../core/routes';
import { SLUG_PATTERN } from '../core/slug';
import { normaliseQuery } from './terms';

export type { FacetKey };

/**
 * The filters, in the order the page shows them. `param` is the URL parameter name; `match` says
 * whether a case must carry all the chosen values (a case has several themes and tags) or any.
 */
export const FACETS = [
  { key: 'theme', param: PARAM.theme, match: 'all' },
  { key: 'tag', param: PARAM.tag, match: 'all' },
  { key: 'unitType', param: PARAM.unit, match: 'any' },
  { key: 'sector', param: PARAM.sector, match: 'any' },
  { key: 'honour', param: PARAM.honour, match: 'any' },
  { key: 'period', param: PARAM.period, match: 'any' },
] as const satisfies readonly { key: FacetKey; param: string; match: 'all' | 'any' }[];

export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
/** How the search page orders its results (list pages order theirs by ListSort). */
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchState {
  /** Normalised query; '' browses by filters alone. */
  q: string;
  /** Selected values per facet (slugs, or years for period). */
  filters: Record<FacetKey, string[]>;
  sort: SearchSort;
}

/** A filter value from the URL: a slug, or a year for period. Anything else is dropped, not reported. */
const FILTER_VALUE = SLUG_PATTERN;
const YEAR = /^\d{4}$/;
const MAX_VALUES_PER_FACET = 20;

export function emptyFilters(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACET_KEYS.map((k) => [k, []])) as unknown as Record<FacetKey, string[]>;
}

function isSearchSort(s: string | null): s is SearchSort {
  return (SEARCH_SORTS as readonly (string | null)[]).includes(s);
}

/** Reads the search state from a query string (`?q=游泳&tag=swimming`). Never throws. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const facet of FACETS) {
    const valid = facet.key === 'period' ? YEAR : FILTER_VALUE;
    const values = paramValues(params, facet.param).filter((v) => valid.test(v));
    filters[facet.key] = [...new Set(values)].slice(0, MAX_VALUES_PER_FACET);
  }
  const sort = params.get(PARAM.sort);
  return { q: normaliseQuery(params.get(PARAM.query)), filters, sort: isSearchSort(sort) ? sort : 'relevance' };
}

/** The query string for a state ('' for the empty state), in a stable parameter order. */
export function serialiseState(state: SearchState): string {
  return queryString([
    [PARAM.query, state.q],
    ...FACETS.flatMap((facet) => state.filters[facet.key].map((v) => [facet.param, v] as const)),
    [PARAM.sort, state.sort === 'relevance' ? '' : state.sort],
  ]);
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some((f) => state.filters[f.key].length > 0);
}
