/**
 * The search page's own first search, as a reader waits for it: a cold `/search/`, a query typed
 * into the box and submitted, until the results are on the page (`data-state="ready"`). It costs
 * more than the bench's first query: the page also loads the filter index for the counts, runs the
 * quoted and the loose search together, and loads the ranking layer's candidate pages.
 */
import type { Browser } from 'playwright-core';

export interface SearchPageFirst {
  searchPageFirstKB: number;
  searchPageFirstMs: number;
}

export async function measureSearchPage(browser: Browser, base: string, query: string, bytesSent: () => number): Promise<SearchPageFirst> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}search/`, { waitUntil: 'networkidle' });
    // Counted at the server, as the bench's first query is.
    const before = bytesSent();
    const ms = await page.evaluate(async (q) => {
      const root = document.querySelector<HTMLElement>('[data-search-root]')!;
      const input = document.querySelector<HTMLInputElement>('#search-q')!;
      const t0 = performance.now();
      // Focusing the box is what starts the page's Pagefind download for a reader, then they submit.
      input.focus();
      input.value = q;
      input.form!.requestSubmit();
      await new Promise<void>((done) => {
        const check = () => (root.dataset.state === 'ready' ? done() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      return performance.now() - t0;
    }, query);
    await page.waitForTimeout(200);
    return { searchPageFirstKB: (bytesSent() - before) / 1024, searchPageFirstMs: ms };
  } finally {
    await context.close();
  }
}
