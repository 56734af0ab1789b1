/**
 * Search as the bench measures it on any site built with Pagefind (the archive or its peer): the
 * first query on a cold page that has not loaded Pagefind — its script, WASM, index chunks and the
 * top ten results' fragments — then 20 further, different queries on the warm page. The same code
 * runs against both sites, so only the index and the options differ.
 */
import type { Browser } from 'playwright-core';
import { median } from '../budgets.ts';

/** Where a site's Pagefind is and how it is opened. */
export interface PagefindTarget {
  /** The site's root URL (ends with /). */
  url: string;
  /** Absolute URL of pagefind.js. */
  bundle: string;
  /** Passed to Pagefind's options() before the first search. */
  options: Record<string, unknown>;
  /** Further index parts to merge (the archive past PAGEFIND_PART_SIZE cases). */
  parts: string[];
  /** Response bytes the site's server has sent so far. */
  bytesSent: () => number;
}

export interface QueryFigures {
  firstQueryKB: number;
  firstQueryMs: number;
  firstQueryHits: number;
  medianQueryMs: number;
  worstQueryMs: number;
  queriesWithoutHits: number;
}

export async function measureQueries(browser: Browser, site: PagefindTarget, qs: string[]): Promise<QueryFigures> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'networkidle' });
    // Counted at the server, so the requests Pagefind's web worker makes are included too.
    const before = site.bytesSent();
    const run = (q: string, importFirst: boolean) =>
      page.evaluate(
        async ([q, bundle, importFirst, options, parts]) => {
          const t0 = performance.now();
          type Pf = {
            options: (o: object) => Promise<void>;
            mergeIndex: (path: string) => Promise<void>;
            search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
          };
          const w = window as unknown as { __pf?: Pf };
          if (importFirst || !w.__pf) {
            w.__pf = (await import(/* @vite-ignore */ bundle as string)) as Pf;
            await w.__pf.options(options as object);
            // A large archive's index is in parts; the search page merges them before searching.
            for (const part of parts as string[]) await w.__pf.mergeIndex(part);
          }
          const found = await w.__pf!.search(q as string);
          await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
          return { ms: performance.now() - t0, hits: found.results.length };
        },
        [q, site.bundle, importFirst, site.options, site.parts] as const,
      );
    const first = await run(qs[0]!, true);
    await page.waitForTimeout(200);
    const firstBytes = site.bytesSent() - before;
    const times: number[] = [];
    let noHits = 0;
    for (const q of qs.slice(1, 21)) {
      const r = await run(q, false);
      times.push(r.ms);
      if (r.hits === 0) noHits++;
    }
    return {
      firstQueryKB: firstBytes / 1024,
      firstQueryMs: first.ms,
      firstQueryHits: first.hits,
      medianQueryMs: median(times),
      worstQueryMs: Math.max(...times),
      queriesWithoutHits: noHits,
    };
  } finally {
    await context.close();
  }
}
