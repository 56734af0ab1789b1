/**
 * What a result shows, as data for the renderer (render.ts): from a ranked candidate in the
 * browser, or from a case at build time (the page as it stands before any search).
 */
import { practiceHref, splitLink } from '../core/routes';
import { keyText } from '../core/routes';
import type { ResultExtra } from './payload';
import type { Candidate, RankedCase } from './rank';
import { splitShown } from './rank';
import type { ResultView } from './render';
import { excerptPieces } from './payload';
import { highlightPieces, queryTerms } from './terms';

/** Characters of summary a result shows under its title, and under each practice. */
const RESULT_SUMMARY = 120;
const PRACTICE_SUMMARY = 90;

/** About `max` characters of `text`, starting shortly before the first of `terms` in it. */
export function clip(text: string, terms: readonly string[], max: number): string {
  if (text.length <= max) return text;
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), Infinity);
  const start = Number.isFinite(at) ? Math.max(0, Math.min(at - 20, text.length - max)) : 0;
  return `${start > 0 ? '…' : ''}${text.slice(start, start + max)}${start + max < text.length ? '…' : ''}`;
}

/** The result line of a case as the build lists it: its title, unit and period, and summary. */
export function caseResultView(c: { href: string; title: string; meta: string; summary: string }): ResultView {
  // Whitespace as Pagefind stores the summary, so the line reads the same once the script redraws it.
  const excerpt = clip(c.summary.replace(/\s+/g, ' ').trim(), [], RESULT_SUMMARY);
  return {
    href: c.href,
    title: [{ text: c.title, hit: false }],
    meta: c.meta,
    excerpt: [{ text: excerpt, hit: false }],
    hitsId: '',
    practices: [],
  };
}

/** The result line of a ranked case for query `q`, its words marked. */
export function rankedResultView(r: RankedCase, q: string): ResultView {
  const c = r.candidate as Candidate & ResultExtra;
  const terms = q ? [q, ...queryTerms(q)] : [];
  const mark = (text: string, max?: number) => highlightPieces(max ? clip(text, terms, max) : text, terms);
  // Pagefind's excerpt is the densest match on the page, which for a practice hit is often the
  // hidden list of alias wordings; the practices below show that context better. It is used when
  // the match is in the narrative alone.
  const useExcerpt = Boolean(q && c.excerpt && r.practices.length === 0);
  const { shown, more } = splitShown(r.practices);
  // The case's slug: the last segment of its page's path (/cases/<case>/ under the base path).
  const caseSlug = splitLink(c.url).path.split('/').filter(Boolean).pop() ?? '';
  const hit = (p: (typeof shown)[number], hidden: boolean) => ({
    id: p.meta.id,
    href: practiceHref(c.url, p.meta.id, q),
    name: mark(p.meta.n),
    summary: mark(p.meta.s, PRACTICE_SUMMARY),
    hidden,
    basket: keyText({ c: caseSlug, p: p.meta.id }),
    ...(p.via === 'tag' && p.tags?.length ? { viaTags: p.tags } : {}),
  });
  return {
    href: practiceHref(c.url, '', q),
    title: mark(c.title),
    meta: [c.unit, c.period].filter(Boolean).join(' · '),
    excerpt: useExcerpt ? excerptPieces(c.excerpt) : mark(c.summary, RESULT_SUMMARY),
    hitsId: `hits-${c.url.replace(/[^a-z0-9-]/gi, '')}`,
    // Said once: under each practice when practices are listed, otherwise under the case.
    ...(r.via === 'tag' && r.tags?.length && r.practices.length === 0 ? { viaTags: r.tags } : {}),
    practices: [...shown.map((p) => hit(p, false)), ...more.map((p) => hit(p, true))],
  };
}
