/**
 * Reading what Pagefind returns: a result's data cut into practice sections, the practice records
 * the case page stores (SearchMeta.astro), and the candidate the ranking takes.
 */
import type { PracticeMeta, StoredPractice } from '../core/case-facts';
import type { Candidate, TagWordsOf } from './rank';

/** The data of one Pagefind result, as far as the search page uses it. */
export interface PagefindData {
  url: string;
  content: string;
  raw_content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  anchors?: PagefindAnchor[];
  weighted_locations?: PagefindLocation[];
}

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
 * Parses the practices JSON SearchMeta.astro embeds (StoredPractice[]) into what ranking reads:
 * each practice's tag wordings (`k`) come from `tagWords`, the taxonomy's label and aliases of each
 * of its tags, in the order the case page lists them. A tag the lookup does not know adds no
 * wordings. Bad data yields no practices, not an error.
 */
export function parsePracticeMeta(json: string | undefined, tagWords: TagWordsOf): PracticeMeta[] {
  if (!json) return [];
  try {
    const data: unknown = JSON.parse(json);
    if (!Array.isArray(data)) return [];
    return data
      .filter(
        (p): p is StoredPractice =>
          typeof p === 'object' &&
          p !== null &&
          typeof p.id === 'string' &&
          typeof p.n === 'string' &&
          Array.isArray(p.a) &&
          Array.isArray(p.t) &&
          typeof p.s === 'string',
      )
      .map((p) => ({ id: p.id, n: p.n, a: p.a, k: p.t.flatMap((slug) => tagWords(slug) ?? []), t: p.t, s: p.s }));
  } catch {
    return [];
  }
}

/** What a result shows beyond what ranking reads. */
export interface ResultExtra {
  /** Pagefind's excerpt: escaped text with <mark> around matches. */
  excerpt: string;
  unit: string;
  period: string;
}

/** A candidate for ranking (and the fields its result line shows) from one Pagefind result. */
export function toCandidate(data: PagefindData, pagefindScore: number, phraseHit: boolean, tagWords: TagWordsOf): Candidate & ResultExtra {
  const practices = parsePracticeMeta(data.meta.practices, tagWords);
  const { sections, weights } = practiceSections(
    data.raw_content ?? '',
    data.anchors ?? [],
    data.weighted_locations ?? [],
    practices.map((p) => p.id),
  );
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    summary: data.meta.summary ?? '',
    content: data.content,
    practices,
    sections,
    sectionWeights: weights,
    pagefindScore,
    phraseHit,
    year: Number(data.meta.year ?? 0),
    filters: data.filters ?? {},
    excerpt: data.excerpt,
    unit: data.meta.unit ?? '',
    period: data.meta.period ?? '',
  };
}

/**
 * Pagefind's excerpt (HTML-escaped text with <mark> around matches) as text pieces, marks as hits.
 * Only the marks survive as markup; everything else is text.
 */
export function excerptPieces(html: string): { text: string; hit: boolean }[] {
  const pieces: { text: string; hit: boolean }[] = [];
  html.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const hit = part.startsWith('<mark>');
    const text = decodeEntities((hit ? part.slice(6, -7) : part).replace(/<[^>]*>/g, ''));
    if (text) pieces.push({ text, hit });
  });
  return pieces;
}
