/**
 * Step 3: in Chromium, against the served build: the heaviest of a few case pages (what a cold
 * browser fetches), then search as a reader meets it — the first query from a page that has not
 * loaded Pagefind, and 20 more on the warm page.
 */
import { BROWSER_ARGS, findBrowser } from '../../browser.ts';
import { mergedPartDirs } from '../../../src/search/search-parts.ts';
import { SEARCH_SCRIPT } from '../../../src/core/routes.ts';
import { PAGEFIND_OPTIONS } from '../../../src/search/pagefind.ts';
import type { BenchTaxonomy } from '../generate.ts';
import { median } from '../budgets.ts';
import { measureSearchPage } from './search-page.ts';

export /** Real search terms: taxonomy labels and aliases, spread across the vocabulary. */
function queries(tax: BenchTaxonomy): string[] {
  const terms = tax.tags.flatMap((t) => [t.label, ...(t.aliases ?? [])]).filter((q) => q.length >= 2 && q.length <= 8);
  const step = Math.max(1, Math.floor(terms.length / 21));
  return Array.from({ length: 21 }, (_, i) => terms[(i * step) % terms.length]!);
}

export async function measureBrowser(n: number, base: string, casePaths: string[], qs: string[], bytesSent: () => number) {
  const parts = mergedPartDirs(n).map((dir) => `${base}${dir}/`);
  const { chromium } = await import('playwright-core');
  const found = await findBrowser();
  const browser = await chromium.launch({
    executablePath: found.path,
    headless: true,
    args: BROWSER_ARGS,
    env: { ...process.env, ...found.env },
  });
  try {
    // Case page weight: what a cold browser fetches for the page (HTML, CSS, JS), uncompressed.
    let casePage = { kb: 0, jsKb: 0, path: '' };
    for (const path of casePaths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<{ type: string; bytes: number }>[] = [];
      page.on('requestfinished', (req) => sizes.push(req.sizes().then((s) => ({ type: req.resourceType(), bytes: s.responseBodySize }))));
      await page.goto(base + path.slice(1), { waitUntil: 'networkidle' });
      const inlineJs = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')].reduce((s, el) => s + new Blob([el.textContent ?? '']).size, 0),
      );
      const got = await Promise.all(sizes);
      const by = (t: string) => got.filter((g) => g.type === t).reduce((s, g) => s + g.bytes, 0);
      const kb = (by('document') + by('stylesheet') + by('script')) / 1024;
      // Inline scripts are part of the HTML already; they count again as JavaScript the page runs.
      const jsKb = (by('script') + inlineJs) / 1024;
      if (kb > casePage.kb) casePage = { kb, jsKb, path };
      await context.close();
    }

    // Search: a cold page that has not loaded Pagefind (the home page), then the first query —
    // Pagefind's script, its WASM, the index chunks and the top 10 results' fragments, everything
    // a reader's first search needs whatever page it starts from — then 20 different queries on
    // the warm page. (The /search/ page may start loading Pagefind before the reader types; that
    // hides part of this cost, so it is not where the first query is measured.)
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base, { waitUntil: 'networkidle' });
    // Counted at the server, so the requests Pagefind's web worker makes are included too.
    const before = bytesSent();
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
        [q, `${base}${SEARCH_SCRIPT}`, importFirst, PAGEFIND_OPTIONS, parts] as const,
      );
    const first = await run(qs[0]!, true);
    await page.waitForTimeout(200);
    const firstBytes = bytesSent() - before;
    const times: number[] = [];
    let noHits = 0;
    for (const q of qs.slice(1, 21)) {
      const r = await run(q, false);
      times.push(r.ms);
      if (r.hits === 0) noHits++;
    }
    await context.close();
    // What a reader of /search/ waits for: the page's own first search, ranking layer included.
    const searchPage = await measureSearchPage(browser, base, qs[0]!, bytesSent);
    return {
      ...searchPage,
      casePageKB: casePage.kb,
      casePageJsKB: casePage.jsKb,
      casePagePath: casePage.path,
      firstQueryKB: firstBytes / 1024,
      firstQueryMs: first.ms,
      firstQueryHits: first.hits,
      medianQueryMs: median(times),
      worstQueryMs: Math.max(...times),
      queriesWithoutHits: noHits,
    };
  } finally {
    await browser.close();
  }
}
