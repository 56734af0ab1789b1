/**
 * What the search page asks Pagefind: its options, the filters and sort of a state, the terms of
 * a query and how many pages to load. The bench passes the same options, so it measures what
 * readers get.
 */
import { FACETS, type FacetKey, type SearchState } from './state';
import { compact, queryTerms } from './terms';

/**
 * Options the site passes to Pagefind. `noWorker`: at this index size a query takes milliseconds
 * on the main thread, and skipping the web worker saves its 43 KB script on a reader's first search.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 30, noWorker: true } as const;

/**
 * The order Pagefind should return pages in. Ranking re-sorts only the pages it has loaded, so when
 * results are listed by period (or browsed without a query, which lists newest first) Pagefind must
 * already sort the whole archive by the report year; otherwise an archive of thousands would show
 * the newest of the first batch, not the newest of all.
 */
export function pagefindSort(state: Pick<SearchState, 'q' | 'sort'>): Record<string, 'asc' | 'desc'> | undefined {
  if (state.sort === 'oldest') return { period: 'asc' };
  if (state.sort === 'newest' || !state.q) return { period: 'desc' };
  return undefined;
}

/** Candidate pages loaded per further "page" of results (the phrase search's first, then the loose one's). */
export const BATCH = 20;

/**
 * Pages to load at first, whether or not there is a query: one screen of results. Every candidate
 * costs its Pagefind fragment (≈ 6 KB, and Pagefind's excerpts over its whole text): 30 of them
 * were 185 of the 434 KB and most of the 1.3 s of a first search at 1,000 cases. Pages with the
 * exact phrase still come first (`searchPages`), and ranking orders what is loaded; "显示更多案例"
 * loads BATCH more and ranks them all again.
 */
export const FIRST_BATCH = 10;

type PagefindFilter = { any: string[] } | { all: string[] };

/** Pagefind's `filters` option for a state: AND within multi-valued facets, OR within single-valued ones. */
export function pagefindFilters(state: SearchState): Partial<Record<FacetKey, PagefindFilter>> {
  const out: Partial<Record<FacetKey, PagefindFilter>> = {};
  for (const facet of FACETS) {
    const values = state.filters[facet.key];
    if (values.length) out[facet.key] = facet.match === 'all' ? { all: [...values] } : { any: [...values] };
  }
  return out;
}

/**
 * The terms to hand Pagefind. Quotation marks are dropped from the loose search (a quoted phrase
 * that Pagefind segments differently returns nothing); the phrase is searched as well, quoted, so
 * pages with the exact phrase are among the candidates even when thousands match loosely.
 */
export function pagefindQueries(q: string): { loose: string; phrase: string | null } {
  const terms = queryTerms(q);
  const loose = terms.join(' ');
  const length = compact(loose).length;
  return { loose, phrase: length >= 2 && length <= 30 ? `"${loose}"` : null };
}

/**
 * The query searched again character by character when Pagefind found nothing: a Chinese query
 * the segmenter cut differently from the text (普法 inside 五五普法规划 became 普 / 法规). Null
 * when the query is not that kind (too long, or no two Chinese characters together).
 */
export function byCharacterQuery(loose: string): string | null {
  if (!/\p{Script=Han}{2}/u.test(loose) || Array.from(loose).length > 12) return null;
  return Array.from(loose.replace(/\s+/g, '')).join(' ');
}
