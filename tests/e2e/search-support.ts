/** Shared steps for the search browser tests: open the search page and read what it shows. */
import type { Page } from 'playwright-core';

/** Waits until the search page has finished its current search. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'ready', null, {
    timeout: 20_000,
  });
}

/** Opens /search/ with a query string (already encoded or not) and waits for results. */
export async function openSearch(page: Page, siteUrl: string, query: string | null, extra = ''): Promise<void> {
  const q = query === null ? '' : `?q=${encodeURIComponent(query)}`;
  await page.goto(`${siteUrl}search/${q}${extra}`);
  await settled(page);
}

/** The visible practice links, top to bottom, as "<case-slug>#<practice-id>". */
export async function practiceHits(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('[data-practice-hit]')]
      .filter((a) => a.checkVisibility())
      .map((a) => {
        const url = new URL(a.href);
        const slug = url.pathname.replace(/\/$/, '').split('/').pop();
        return `${slug}#${decodeURIComponent(url.hash.slice(1))}`;
      }),
  );
}

export async function statusText(page: Page): Promise<string> {
  return ((await page.textContent('[data-search-status]')) ?? '').trim();
}

/**
 * Ranking checks name the practice a query must bring first, by its anchor, not its case: a new
 * case with the same practice (or a copy of an entry) is an equally right first answer, so adding
 * a case never turns these red. Returns the first hit for further checks.
 */
export function expectFirstPractice(hits: string[], practiceId: string, query = ''): string {
  const first = hits[0] ?? '';
  if (!first.endsWith(`#${practiceId}`)) {
    throw new Error(`“${query}”: expected a #${practiceId} practice first; results: ${hits.slice(0, 5).join(', ') || '(none)'}`);
  }
  return first;
}

/** An expectation of the quality sets: a query, the practice it must bring, and how high. */
export interface RankExpectation {
  query: string | number;
  case: string;
  practice: string;
  maxRank: number;
  /**
   * Other practices ("case#practice") that are equally right answers to the query, e.g. a newer
   * case with the same practice. Ranked ahead of the expected one, they do not count against it.
   */
  also?: string[];
}

/** The expected practice's rank among the hits (1-based, 0 when missing), not counting `also` answers ahead of it. */
export function rankAllowingAlso(c: RankExpectation, hits: readonly string[]): number {
  const at = hits.indexOf(`${c.case}#${c.practice}`);
  if (at < 0) return 0;
  return at + 1 - hits.slice(0, at).filter((h) => c.also?.includes(h)).length;
}

/** What a contributor whose new case moved this query reads: how to update the set, if rightly. */
export function howToUpdate(c: RankExpectation, hits: readonly string[], file: string): string {
  return [
    `“${c.query}” should bring ${c.case}#${c.practice} to rank ≤ ${c.maxRank}; results: ${hits.slice(0, 8).join(', ') || '(none)'}.`,
    `If your new case is a legitimate answer to this query, say so in ${file} on this query's line:`,
    '  add its practice to the acceptable answers, also: [<your-case>#<practice-id>], or raise maxRank;',
    'if it is not (the new case only mentions the words in passing), improve the entry or the ranking instead (docs/search.md).',
  ].join('\n');
}
