/**
 * The search page's use of Pagefind in the browser: loading the index (merging a large archive's
 * parts), and one search turned into candidates for ranking.
 */
import { PAGEFIND_OPTIONS, byCharacterQuery, pagefindFilters, pagefindQueries, pagefindSort } from '../../search/pagefind';
import { toCandidate, type PagefindData, type ResultExtra } from '../../search/payload';
import { literalCandidates, prepareQuery, type Candidate, type TagWordsOf } from '../../search/rank';
import type { SearchState } from '../../search/state';
import { PAGEFIND_SCRIPT } from '../../core/routes';

// ── Pagefind's browser API, as far as this page uses it ──
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string, o?: Record<string, unknown>) => Promise<void>;
}

/**
 * The filter index each loaded Pagefind is fetching. Searches need it for their facet counts, but
 * it need not hold up the query's own index chunks: both are fetched at once (`searchPages`).
 */
const filtersLoading = new WeakMap<Pagefind, Promise<unknown>>();

/** Where the index is: the bundle, the further parts to merge into it, and the site's base. */
export interface IndexLocation {
  bundle: string;
  parts: string[];
  base: string;
}

export async function loadPagefind(where: IndexLocation): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ `${where.bundle}${PAGEFIND_SCRIPT}`)) as Pagefind;
  await pf.options({ ...PAGEFIND_OPTIONS, baseUrl: where.base });
  for (const part of where.parts) await pf.mergeIndex(part, { baseUrl: where.base });
  await pf.init();
  // The filter index: without it searches come back without facet counts.
  filtersLoading.set(pf, pf.filters());
  return pf;
}

export interface SearchOutcome {
  /** The first `limit` pages as candidates, phrase matches first. */
  candidates: (Candidate & ResultExtra)[];
  /** Pages found in all. */
  total: number;
  /** Facet counts among the results, and over the whole archive. */
  filters: PagefindResponse['filters'];
  totalFilters: PagefindResponse['totalFilters'];
}

/**
 * Pages loaded for a query, whatever the filters: the matches the filter panel counts. Each costs
 * its Pagefind fragment; at this archive's size every match fits, and at a thousand cases a broad
 * query counts its first MATCH_POOL matches (phrase matches first), the rest coming with "显示更多案例".
 */
export const MATCH_POOL = 40;

const NOTHING: PagefindResponse = { results: [], filters: {}, totalFilters: {} };

/**
 * Searches for a state and loads the first `limit` pages, their practices' tag wordings looked up in
 * `tagWords`. A query Pagefind cannot handle finds nothing.
 *
 * With a query, Pagefind is asked without the filters and at least MATCH_POOL pages are loaded:
 * which pages really match is decided here (rank.ts), not by Pagefind's loose matching, so the
 * filter counts and the filtering itself are done over those matches (search-page.ts). Filtered
 * in Pagefind, a filter could leave only pages it matched by accident, which were then shown.
 */
export async function searchPages(pf: Pagefind, state: SearchState, limit: number, tagWords: TagWordsOf): Promise<SearchOutcome> {
  if (state.q) limit = Math.max(limit, MATCH_POOL);
  const filters = state.q ? {} : pagefindFilters(state);
  const sort = pagefindSort(state);
  const options = sort ? { filters, sort } : { filters };
  const { loose, phrase } = pagefindQueries(state.q);
  // The query's index chunks are fetched while the filter index finishes loading, not after it.
  await Promise.all([filtersLoading.get(pf), loose ? pf.preload(loose, options) : null]).catch(() => undefined);
  const [main, exact] = await Promise.all([pf.search(loose || null, options), phrase ? pf.search(phrase, options) : null]).catch(
    () => [NOTHING, null] as const,
  );
  // Nothing at all for a Chinese query usually means the segmenter cut the text differently from
  // the query; its characters searched one by one find those pages.
  const perCharacter = main.results.length === 0 ? byCharacterQuery(loose) : null;
  const found = perCharacter === null ? main : await pf.search(perCharacter, options).catch(() => main);
  const byCharacter = found !== main;
  // Phrase matches first, so they are loaded even when thousands of pages match loosely.
  const phraseIds = new Set(exact?.results.map((r) => r.id) ?? []);
  const ordered = [...(exact?.results ?? []), ...found.results.filter((r) => !phraseIds.has(r.id))];
  const batch = ordered.slice(0, limit);
  let candidates = await Promise.all(batch.map(async (r) => toCandidate(await r.data(), r.score, phraseIds.has(r.id), tagWords)));
  // Characters found one by one are only worth showing where they stand together.
  if (byCharacter) candidates = literalCandidates(prepareQuery(state.q), candidates) as typeof candidates;
  return { candidates, total: ordered.length, filters: found.filters, totalFilters: found.totalFilters };
}
