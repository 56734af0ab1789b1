/**
 * Pure logic of the search page: the state in the URL, and the ranking that puts the practice a
 * reader meant first. Pagefind finds candidate case pages; this module decides the order, because
 * Pagefind's Chinese segmentation matches words scattered anywhere on a page and splits the same
 * term differently in text and query (see docs/search.md). Exact matches of what was typed — in a
 * practice's name, its aliases, its tags or its text — are what ranks.
 */
import { compact, normaliseQuery, queryTerms } from './search-terms';

export { compact, normaliseQuery, queryTerms } from './search-terms';

/** The filters, in the order the page shows them. `param` is the URL parameter name. */
/**
 * Options the site passes to Pagefind (the bench passes the same, so it measures what readers get).
 * `noWorker`: at this index size a query takes milliseconds on the main thread, and skipping the
 * web worker saves its 43 KB script on a reader's first search.
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

/**
 * Pages to load at first: a query needs a wide first batch for phrase-first ranking; browsing
 * without one is already in final order (by period), so a short first page is enough.
 */
export function firstBatch(state: Pick<SearchState, 'q'>): number {
  return state.q ? BATCH : 10;
}

/** Candidate pages loaded per further "page" of results (the phrase search's first, then the loose one's). */
export const BATCH = 30;

export const FACETS = [
  { key: 'theme', param: 'theme', match: 'all' },
  { key: 'tag', param: 'tag', match: 'all' },
  { key: 'unitType', param: 'type', match: 'any' },
  { key: 'sector', param: 'sector', match: 'any' },
  { key: 'honour', param: 'honour', match: 'any' },
  { key: 'period', param: 'period', match: 'any' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortKey = (typeof SORTS)[number];

export interface SearchState {
  /** Normalised query; '' browses by filters alone. */
  q: string;
  /** Selected values per facet (slugs, or years for period). */
  filters: Record<FacetKey, string[]>;
  sort: SortKey;
}

/** A filter value from the URL: a slug, or a year for period. Anything else is dropped, not reported. */
const FILTER_VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR = /^\d{4}$/;
const MAX_VALUES_PER_FACET = 20;

export function emptyFilters(): Record<FacetKey, string[]> {
  return { theme: [], tag: [], unitType: [], sector: [], honour: [], period: [] };
}

/** Reads the search state from a query string (`?q=游泳&tag=swimming`). Never throws. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const facet of FACETS) {
    const values = params.getAll(facet.param).filter((v) => (facet.key === 'period' ? YEAR : FILTER_VALUE).test(v));
    filters[facet.key] = [...new Set(values)].slice(0, MAX_VALUES_PER_FACET);
  }
  const sort = params.get('sort');
  return {
    q: normaliseQuery(params.get('q')),
    filters,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'relevance',
  };
}

/** The query string for a state ('' for the empty state), in a stable parameter order. */
export function serialiseState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const v of state.filters[facet.key]) params.append(facet.param, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some((f) => state.filters[f.key].length > 0);
}

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
 * Runs inline right after the search page's filter panel: on a narrow screen the panel starts
 * folded so the results are not pushed below it, and folding it before the first paint means
 * nothing moves once the page shows. 48rem is where the page's layout becomes one column. A
 * constant, so its CSP hash (src/integrations/csp.ts) never changes.
 */
export const FOLD_FILTERS_SCRIPT =
  "if(matchMedia('(max-width: 48rem)').matches)document.querySelector('[data-search-filter-panel]').open=false";

// ── facets ───────────────────────────────────────────────────────────────

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
}

export interface FacetView {
  key: FacetKey;
  values: FacetValueView[];
}

type FacetCounts = Partial<Record<FacetKey, Record<string, number>>> | undefined;

/**
 * What the filter panel shows: for each facet, the values with results (and any selected value,
 * even at zero), most results first, then by label. The build renders it for the unfiltered page
 * and the browser re-renders it after each search, so both show the same panel.
 */
export function facetViews(
  counts: FacetCounts,
  totals: FacetCounts,
  selected: Record<FacetKey, readonly string[]>,
  expanded: ReadonlySet<FacetKey>,
  label: (facet: FacetKey, value: string) => string,
): FacetView[] {
  const views: FacetView[] = [];
  for (const { key } of FACETS) {
    const chosen = selected[key];
    const count = (v: string) => counts?.[key]?.[v] ?? 0;
    const values = Object.keys({ ...totals?.[key], ...counts?.[key] }).filter((v) => count(v) > 0 || chosen.includes(v));
    if (values.length === 0) continue;
    values.sort((a, b) =>
      key === 'period' ? Number(b) - Number(a) : count(b) - count(a) || label(key, a).localeCompare(label(key, b), 'zh-CN'),
    );
    const shown = expanded.has(key) ? values.length : FACET_VISIBLE;
    views.push({
      key,
      values: values.map((value, i) => ({
        value,
        label: label(key, value),
        count: count(value),
        checked: chosen.includes(value),
        folded: i >= shown && !chosen.includes(value),
      })),
    });
  }
  return views;
}

/** About `max` characters of `text`, starting shortly before the first of `terms` in it. */
export function clip(text: string, terms: readonly string[], max: number): string {
  if (text.length <= max) return text;
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), Infinity);
  const start = Number.isFinite(at) ? Math.max(0, Math.min(at - 20, text.length - max)) : 0;
  return `${start > 0 ? '…' : ''}${text.slice(start, start + max)}${start + max < text.length ? '…' : ''}`;
}

// ── ranking ──────────────────────────────────────────────────────────────

/** What the case page tells search about one practice (SearchMeta.astro writes it as JSON). */
export interface PracticeMeta {
  /** Anchor id on the case page. */
  id: string;
  /** Practice name. */
  n: string;
  /** The practice's own aliases. */
  a: string[];
  /** Labels and aliases of its tags (filled in by the search page, not stored per page). */
  k: string[];
  /** Tag slugs. */
  t: string[];
  /** Summary, shown under the practice in results. */
  s: string;
}

/** One candidate case page, as the search page assembles it from Pagefind's data. */
export interface Candidate {
  url: string;
  title: string;
  summary: string;
  /** Page text, for whole-page phrase matches. */
  content: string;
  practices: PracticeMeta[];
  /** Text of each practice's section, by practice id. */
  sections: Record<string, string>;
  /** Pagefind's match weight in each practice's section, 0–1 relative to the page's best. */
  sectionWeights: Record<string, number>;
  /** Pagefind's own score for the page. */
  pagefindScore: number;
  /** Whether the quoted (phrase) search returned this page. */
  phraseHit: boolean;
  /** Report year, for sorting by period. */
  year: number;
}

export interface RankedPractice {
  meta: PracticeMeta;
  score: number;
  /** The query (or all its words) occurs literally in this practice. */
  exact: boolean;
}

export interface RankedCase {
  candidate: Candidate;
  score: number;
  practices: RankedPractice[];
}

interface Query {
  whole: string;
  terms: string[];
}

export function prepareQuery(q: string): Query {
  const terms = queryTerms(q).map(compact).filter(Boolean);
  return { whole: terms.join(''), terms };
}

/** How well one field (a name, an alias) matches: exact, contains the query, or is contained in it. */
function fieldMatch(field: string, whole: string, exact: number, contains: number, contained: number): number {
  const f = compact(field);
  if (!f || !whole) return 0;
  if (f === whole) return exact;
  if (f.includes(whole)) return contains + Math.round((5 * whole.length) / f.length);
  // A field inside the query counts only when it is most of it: 问责 inside 首问责任制 is an accident.
  if (f.length >= 2 && f.length * 2 > whole.length && whole.includes(f)) return contained;
  return 0;
}

/** Scores one practice for a query. Zero means "not a match". */
export function scorePractice(query: Query, meta: PracticeMeta, sectionText: string, sectionWeight: number): RankedPractice {
  const { whole, terms } = query;
  if (!whole) return { meta, score: 0, exact: false };
  const field = Math.max(
    fieldMatch(meta.n, whole, 100, 70, 45),
    ...meta.a.map((a) => fieldMatch(a, whole, 90, 55, 40)),
    ...meta.k.map((k) => fieldMatch(k, whole, 50, 30, 22)),
  );
  const haystack = compact([meta.n, ...meta.a, ...meta.k, sectionText].join('|'));
  const inText = compact(sectionText).includes(whole) ? 40 : 0;
  const found = terms.filter((t) => haystack.includes(t)).length;
  const allTerms = terms.length > 0 && found === terms.length;
  const coverage = terms.length > 1 ? Math.round((35 * found) / terms.length) + (allTerms ? 10 : 0) : 0;
  // In a several-word query, a practice holding one real word of it (not a stray digit or sign)
  // is a weaker match, ranked below those that hold them all.
  const someTerm = terms.length > 1 && terms.some((t) => (HAN.test(t) || Array.from(t).length >= 2) && haystack.includes(t));
  const literal = field > 0 || inText > 0 || allTerms || someTerm;
  const loose = Math.round(15 * Math.max(0, Math.min(1, sectionWeight)));
  // A practice Pagefind only matched with scattered segments counts when the match is strong.
  const score = literal ? field + inText + coverage + loose : sectionWeight >= 0.5 && pairCoverage(whole, haystack) >= 0.5 ? loose : 0;
  return { meta, score, exact: literal };
}

const HAN = /\p{Script=Han}/u;

function searchableText(c: Candidate): string {
  return compact([c.title, c.content, ...c.practices.flatMap((p) => [p.n, ...p.a, ...p.k])].join('|'));
}

/** The candidates that contain the query, or every one of its words, literally. */
export function literalCandidates(query: Query, candidates: readonly Candidate[]): Candidate[] {
  if (!query.whole) return [...candidates];
  return candidates.filter((c) => {
    const text = searchableText(c);
    return text.includes(query.whole) || query.terms.every((t) => text.includes(t));
  });
}

/**
 * Drops the pages Pagefind matched only by accident. A page counts when the query, or every one of
 * its words, occurs in its text literally. Only when no page does (a wording the segmenter cut
 * differently, words in another order) do pages with scattered matches count, judged on the
 * query's Chinese words: a query with none (`<script>`) gets no scattered matches at all, since
 * Pagefind quietly skips words it does not know and would match every page containing "1".
 */
export function relevantCandidates(query: Query, candidates: readonly Candidate[]): Candidate[] {
  if (!query.whole) return [...candidates];
  const strict = literalCandidates(query, candidates);
  if (strict.length) return strict;
  const texts = candidates.map(searchableText);
  // Scattered matches are judged on the Chinese words; a Latin word or sign that occurs nowhere
  // (Pagefind skips words it does not know) neither rescues nor sinks a page.
  const han = query.terms.filter((t) => HAN.test(t));
  if (han.length === 0) return [];
  return candidates.filter((_, i) => han.every((t) => pairCoverage(t, texts[i]!) >= 0.5));
}

/**
 * Share of a term's adjacent character pairs that occur in `text` (for one character: whether it
 * occurs). 办结限时 keeps 办结 and 限时 of 限时办结, so it still counts as a scattered match; 火箭发射
 * against a text that merely has 火 and 射 somewhere does not.
 */
export function pairCoverage(term: string, text: string): number {
  const chars = Array.from(term);
  if (chars.length <= 1) return text.includes(term) ? 1 : 0;
  let found = 0;
  for (let i = 0; i + 1 < chars.length; i += 1) if (text.includes(chars[i]! + chars[i + 1]!)) found += 1;
  return found / (chars.length - 1);
}

/** Ranks candidate cases and their practices for a query; with no query, orders them for browsing. */
export function rankCandidates(
  q: string,
  candidates: readonly Candidate[],
  sort: SortKey,
  tagFilter: readonly string[] = [],
): RankedCase[] {
  const query = prepareQuery(q);
  const pool = relevantCandidates(query, candidates);
  const maxPf = Math.max(1e-9, ...pool.map((c) => c.pagefindScore));
  const ranked = pool.map((candidate, order): RankedCase & { order: number } => {
    let practices: RankedPractice[];
    if (query.whole) {
      practices = candidate.practices
        .map((p) => scorePractice(query, p, candidate.sections[p.id] ?? '', candidate.sectionWeights[p.id] ?? 0))
        .filter((p) => p.score > 0)
        .sort((a, b) => b.score - a.score);
    } else {
      // Browsing by tag: the practices that carry the chosen tags are what the reader is after.
      practices = tagFilter.length
        ? candidate.practices.filter((p) => tagFilter.some((t) => p.t.includes(t))).map((meta) => ({ meta, score: 0, exact: false }))
        : [];
    }
    const top = practices[0]?.score ?? 0;
    const second = practices[1]?.score ?? 0;
    const page =
      fieldMatch(candidate.title, query.whole, 40, 30, 10) +
      (query.whole && compact(candidate.summary).includes(query.whole) ? 12 : 0) +
      (query.whole && compact(candidate.content).includes(query.whole) ? 8 : 0) +
      (candidate.phraseHit ? 5 : 0) +
      10 * (candidate.pagefindScore / maxPf);
    return { candidate, practices, score: top + 0.2 * second + page, order };
  });
  const byScore = (a: { score: number; order: number }, b: { score: number; order: number }) => b.score - a.score || a.order - b.order;
  if (sort === 'newest' || (sort === 'relevance' && !query.whole)) {
    ranked.sort((a, b) => b.candidate.year - a.candidate.year || byScore(a, b));
  } else if (sort === 'oldest') {
    ranked.sort((a, b) => a.candidate.year - b.candidate.year || byScore(a, b));
  } else {
    ranked.sort(byScore);
  }
  return ranked.map(({ candidate, score, practices }) => ({ candidate, score, practices }));
}

/**
 * The practices to show up front for a case: the strong ones (at least 40 % of the case's best),
 * at most `max`; the rest sit behind a "show all" button.
 */
export function splitShown(practices: readonly RankedPractice[], max = 5): { shown: RankedPractice[]; more: RankedPractice[] } {
  const best = practices[0]?.score ?? 0;
  const cut = practices.findIndex((p, i) => i >= max || (best > 0 && p.score < 0.4 * best));
  return cut === -1
    ? { shown: [...practices], more: [] }
    : { shown: practices.slice(0, Math.max(1, cut)), more: practices.slice(Math.max(1, cut)) };
}

// ── reading Pagefind's data ─────────────────────────────────────────────

/** Decodes the few entities Pagefind leaves in `raw_content`. */
export function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? _);
}

export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
}

export interface PagefindLocation {
  location: number;
  balanced_score: number;
}

/**
 * Cuts the page into practice sections. Pagefind's `raw_content` separates the words it indexed
 * (zero-width spaces between Chinese segments, spaces elsewhere), and `locations` count those
 * words, so the words from one practice's anchor to the next anchor are that practice's text, and
 * the matched locations in that range are its share of Pagefind's match.
 */
export function practiceSections(
  rawContent: string,
  anchors: readonly PagefindAnchor[],
  locations: readonly PagefindLocation[],
  practiceIds: readonly string[],
): { sections: Record<string, string>; weights: Record<string, number> } {
  const words = rawContent.split(/[\s\u200b]+/).filter(Boolean);
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const wanted = new Set(practiceIds);
  const sections: Record<string, string> = {};
  const raw: Record<string, number> = {};
  sorted.forEach((anchor, i) => {
    if (!wanted.has(anchor.id) || anchor.id in sections) return;
    const end = sorted.slice(i + 1).find((a) => a.location > anchor.location)?.location ?? words.length;
    sections[anchor.id] = decodeEntities(words.slice(anchor.location, end).join(''));
    raw[anchor.id] = locations
      .filter((l) => l.location >= anchor.location && l.location < end)
      .reduce((sum, l) => sum + l.balanced_score, 0);
  });
  const max = Math.max(0, ...Object.values(raw));
  const weights: Record<string, number> = {};
  for (const [id, w] of Object.entries(raw)) weights[id] = max > 0 ? w / max : 0;
  return { sections, weights };
}

/**
 * Parses the practices JSON SearchMeta.astro embeds; bad data yields no practices, not an error.
 * The page stores no tag wordings (`k` comes back empty; see src/lib/search-tag-words.ts).
 */
export function parsePracticeMeta(json: string | undefined): PracticeMeta[] {
  if (!json) return [];
  try {
    const data: unknown = JSON.parse(json);
    if (!Array.isArray(data)) return [];
    return data
      .filter(
        (p): p is PracticeMeta =>
          typeof p === 'object' &&
          p !== null &&
          typeof p.id === 'string' &&
          typeof p.n === 'string' &&
          Array.isArray(p.a) &&
          (p.k === undefined || Array.isArray(p.k)) &&
          Array.isArray(p.t) &&
          typeof p.s === 'string',
      )
      .map((p) => ({ ...p, k: p.k ?? [] }));
  } catch {
    return [];
  }
}

/** Link from a result to a practice, carrying the query so the case page can highlight it. */
export function practiceHref(pageUrl: string, practiceId: string, q: string): string {
  const base = pageUrl.split('#')[0]!.split('?')[0]!;
  const hl = q ? `?hl=${encodeURIComponent(q)}` : '';
  return `${base}${hl}#${encodeURIComponent(practiceId)}`;
}
