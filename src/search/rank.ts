/**
 * The ranking that puts the practice a reader meant first. Pagefind finds candidate case pages;
 * this module decides the order, because Pagefind's Chinese segmentation matches words scattered
 * anywhere on a page and splits the same term differently in text and query (see docs/search.md).
 * Exact matches of what was typed — in a practice's name, its aliases, its tags or its text — are
 * what ranks.
 */
import type { PracticeMeta } from '../core/case-facts';
import type { SearchSort } from './state';
import { compact, queryTerms } from './terms';

export type { PracticeMeta };

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
  /** The case's facet values (as its page tells Pagefind), for counting and applying filters over the matches. */
  filters?: Partial<Record<string, string[]>>;
}

/**
 * How a practice or case matches a query, strongest first (issue 23): a practice named (or aliased)
 * exactly as typed, then one that holds the query in its own words, then one found only through a
 * tag's wording, which the result says. Ranking sorts by this before any score.
 */
export type MatchVia = 'name' | 'own' | 'tag';
const VIA_ORDER: Record<MatchVia, number> = { name: 3, own: 2, tag: 1 };
export const viaRank = (v: MatchVia | undefined): number => (v ? VIA_ORDER[v] : 0);

export interface RankedPractice {
  meta: PracticeMeta;
  score: number;
  /** The query (or all its words) occurs literally in this practice. */
  exact: boolean;
  /** How it matches (absent when it does not, e.g. when browsing). */
  via?: MatchVia;
  /** When it matches only through tags: the labels of those tags. */
  tags?: string[];
}

export interface RankedCase {
  candidate: Candidate;
  score: number;
  practices: RankedPractice[];
  /** The case's strongest match; 'tag' when it matches only through tags. */
  via?: MatchVia;
  /** When the case matches only through tags: their labels (shown as 匹配标签：…). */
  tags?: string[];
}

/** A tag's wordings by slug, its label first then its aliases (the search page has them all). */
export type TagWordsOf = (slug: string) => readonly string[] | undefined;
const noTagWords: TagWordsOf = () => undefined;

/** `text` with every tag wording taken out: a tag chip on the page is not the practice's own words. */
function withoutWords(text: string, words: readonly string[]): string {
  let out = compact(text);
  for (const w of [...words]
    .map(compact)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length))
    out = out.split(w).join('|');
  return out;
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

/**
 * Scores one practice for a query. Zero means "not a match". `literalSomewhere`: whether any
 * candidate holds the query literally (rankCandidates knows); only where none does are scattered
 * matches ordered by how much of the query they hold.
 */
export function scorePractice(
  query: Query,
  meta: PracticeMeta,
  sectionText: string,
  sectionWeight: number,
  tagWords: TagWordsOf = noTagWords,
  literalSomewhere = true,
): RankedPractice {
  const { whole, terms } = query;
  if (!whole) return { meta, score: 0, exact: false };
  const via = matchVia(query, meta, sectionText);
  const tags =
    via === 'tag'
      ? meta.t
          .map((slug) => tagWords(slug) ?? [])
          .filter((words) => {
            const text = compact(words.join('|'));
            return words.length > 0 && (text.includes(whole) || terms.some((t) => text.includes(t)));
          })
          .map((words) => words[0]!)
      : undefined;
  const scored = scoreOnly(query, meta, sectionText, sectionWeight, literalSomewhere);
  // A practice Pagefind matched only with scattered segments has no `via`: it ranks below the rest.
  return scored.score > 0 && via ? { ...scored, via, ...(tags ? { tags } : {}) } : scored;
}

/**
 * How a practice matches, judged on literal occurrences: its name or an alias equal to the query;
 * the query (or every word of it) in its name, aliases or text with its tag wordings taken out; or
 * otherwise in those tag wordings. Undefined when none holds (a scattered Pagefind match).
 */
export function matchVia(query: Query, meta: PracticeMeta, sectionText: string): MatchVia | undefined {
  const { whole, terms } = query;
  if ([meta.n, ...meta.a].some((f) => compact(f) === whole)) return 'name';
  const own = [compact(meta.n), ...meta.a.map(compact), withoutWords(sectionText, meta.k)].join('|');
  if (own.includes(whole) || (terms.length > 0 && terms.every((t) => own.includes(t)))) return 'own';
  const all = `${own}|${compact(meta.k.join('|'))}`;
  if (all.includes(whole) || (terms.length > 0 && terms.every((t) => all.includes(t)))) return 'tag';
  return undefined;
}

function scoreOnly(
  query: Query,
  meta: PracticeMeta,
  sectionText: string,
  sectionWeight: number,
  literalSomewhere: boolean,
): RankedPractice {
  const { whole, terms } = query;
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
  if (literal) return { meta, score: field + inText + coverage + loose, exact: true };
  // A practice Pagefind only matched with scattered segments counts when the match is strong.
  const pairs = pairCoverage(whole, haystack);
  const strongScattered = sectionWeight >= 0.5 && pairs >= 0.5;
  if (!strongScattered) return { meta, score: 0, exact: false };
  if (literalSomewhere) return { meta, score: loose, exact: false };
  // Where nothing holds the query literally, the practice holding more of its character pairs in
  // its own words (not its tags' wordings) comes first: 安康杯安全竞赛 finds the practice that names the
  // 安康杯 before one that has only a tag whose alias is 安康杯竞赛, whatever Pagefind's weights for a
  // short page. Not where something does: beside a literal match the boost lifted scattered
  // practices over the share of the best that is shown unfolded, and they do not hold the query.
  const ownPairs = pairCoverage(whole, [compact(meta.n), ...meta.a.map(compact), withoutWords(sectionText, meta.k)].join('|'));
  return { meta, score: loose + Math.round(30 * ownPairs + 10 * pairs), exact: false };
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
  sort: SearchSort,
  tagFilter: readonly string[] = [],
  tagWords: TagWordsOf = noTagWords,
): RankedCase[] {
  const query = prepareQuery(q);
  const pool = relevantCandidates(query, candidates);
  const literal = !query.whole || literalCandidates(query, candidates).length > 0;
  const maxPf = Math.max(1e-9, ...pool.map((c) => c.pagefindScore));
  const ranked = pool.map((candidate, order): RankedCase & { order: number } => {
    let practices: RankedPractice[];
    if (query.whole) {
      practices = candidate.practices
        .map((p) => scorePractice(query, p, candidate.sections[p.id] ?? '', candidate.sectionWeights[p.id] ?? 0, tagWords, literal))
        .filter((p) => p.score > 0)
        .sort((a, b) => viaRank(b.via) - viaRank(a.via) || b.score - a.score);
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
      // Where no page holds the query literally, how much of it a page holds outweighs Pagefind's score.
      (literal ? 0 : 20 * pairCoverage(query.whole, ownText(candidate, tagWords))) +
      10 * (candidate.pagefindScore / maxPf);
    const via = query.whole ? caseVia(query, candidate, practices, tagWords) : undefined;
    const tags = via === 'tag' ? [...new Set(practices.flatMap((p) => p.tags ?? []))] : undefined;
    return { candidate, practices, score: top + 0.2 * second + page, order, ...(via ? { via } : {}), ...(tags?.length ? { tags } : {}) };
  });
  type Sortable = { score: number; order: number; via?: MatchVia };
  const byScore = (a: Sortable, b: Sortable) => viaRank(b.via) - viaRank(a.via) || b.score - a.score || a.order - b.order;
  if (sort === 'newest' || (sort === 'relevance' && !query.whole)) {
    ranked.sort((a, b) => b.candidate.year - a.candidate.year || byScore(a, b));
  } else if (sort === 'oldest') {
    ranked.sort((a, b) => a.candidate.year - b.candidate.year || byScore(a, b));
  } else {
    ranked.sort(byScore);
  }
  return ranked.map(({ order: _order, ...r }) => r);
}

/**
 * A case's strongest match: its best practice's, or 'own' when its own text (title, summary,
 * narrative, without tag wordings) holds the query; 'tag' when only tag wordings do; undefined for
 * a page Pagefind matched with scattered segments alone.
 */
/** The page's text without its tag chips and the hidden list of its tags' aliases: its own words. */
function ownText(c: Candidate, tagWords: TagWordsOf): string {
  const words = [...c.practices.flatMap((p) => p.k), ...(c.filters?.tag ?? []).flatMap((slug) => tagWords(slug) ?? [])];
  return `${compact(c.title)}|${compact(c.summary)}|${withoutWords(c.content, words)}`;
}

function caseVia(query: Query, c: Candidate, practices: readonly RankedPractice[], tagWords: TagWordsOf): MatchVia | undefined {
  const best = practices.reduce<MatchVia | undefined>((v, p) => (viaRank(p.via) > viaRank(v) ? p.via : v), undefined);
  if (best === 'name' || best === 'own') return best;
  const own = ownText(c, tagWords);
  if (own.includes(query.whole) || query.terms.every((t) => own.includes(t))) return 'own';
  return best;
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
