/**
 * The search page's own first search, as a reader waits for it: a cold `/search/`, a query typed
 * into the box and submitted, until the results are on the page (`data-state="ready"`). It costs
 * more than the bench's first query: the page also loads the filter index for the counts, runs the
 * quoted and the loose search together, and loads the ranking layer's candidate pages.
 */
import type { Browser } from 'playwright-core';
import { FIXED, PARAM } from '../../../src/core/routes.ts';

export interface SearchPageFirst {
  searchPageFirstKB: number;
  searchPageFirstMs: number;
}

export async function measureSearchPage(browser: Browser, base: string, query: string, bytesSent: () => number): Promise<SearchPageFirst> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}${FIXED.search}`, { waitUntil: 'networkidle' });
    // The page's script marks itself ready once it has set up; only then is a submit its own.
    // It runs in the page, so the query parameter's name goes in as an argument.
    const ready = ([q, param]: readonly [string, string]) => {
      const root = document.querySelector<HTMLElement>('[data-search-root]');
      return root?.dataset.state === 'ready' && (new URLSearchParams(location.search).get(param) ?? '') === q;
    };
    await page.waitForFunction(ready, ['', PARAM.query] as const, { timeout: 60_000 });
    // Counted at the server, as the bench's first query is; timed from the reader's first keystroke.
    const before = bytesSent();
    const t0 = performance.now();
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(ready, [query, PARAM.query] as const, { timeout: 60_000 });
    const ms = performance.now() - t0;
    await page.waitForTimeout(200);
    return { searchPageFirstKB: (bytesSent() - before) / 1024, searchPageFirstMs: ms };
  } finally {
    await context.close();
  }
}
