/**
 * Step 3: in Chromium, against the served build: the heaviest of a few case pages (what a cold
 * browser fetches), then search as a reader meets it — the first query from a page that has not
 * loaded Pagefind, and 20 more on the warm page.
 */
import { BROWSER_ARGS, findBrowser } from '../../browser.ts';
import { mergedPartDirs } from '../../../src/search/search-parts.ts';
import { SEARCH_SCRIPT } from '../../../src/core/routes.ts';
import { PAGEFIND_OPTIONS } from '../../../src/search/pagefind.ts';
import type { Browser } from 'playwright-core';
import type { BenchTaxonomy } from '../generate.ts';
import { measureSearchPage } from './search-page.ts';
import { measureQueries, type PagefindTarget } from './queries.ts';

export /** Real search terms: taxonomy labels and aliases, spread across the vocabulary. */
function queries(tax: BenchTaxonomy): string[] {
  const terms = tax.tags.flatMap((t) => [t.label, ...(t.aliases ?? [])]).filter((q) => q.length >= 2 && q.length <= 8);
  const step = Math.max(1, Math.floor(terms.length / 21));
  return Array.from({ length: 21 }, (_, i) => terms[(i * step) % terms.length]!);
}

/** The archive's Pagefind as its search page opens it: its options, and the parts merged in. */
export function archiveTarget(n: number, base: string, bytesSent: () => number): PagefindTarget {
  return {
    url: base,
    bundle: `${base}${SEARCH_SCRIPT}`,
    options: PAGEFIND_OPTIONS as unknown as Record<string, unknown>,
    parts: mergedPartDirs(n).map((dir) => `${base}${dir}/`),
    bytesSent,
  };
}

/** The Chromium the tests use, headless. */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const found = await findBrowser();
  return chromium.launch({ executablePath: found.path, headless: true, args: BROWSER_ARGS, env: { ...process.env, ...found.env } });
}

export async function measureBrowser(n: number, base: string, casePaths: string[], qs: string[], bytesSent: () => number) {
  const browser = await launchBrowser();
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
    // the warm page (steps/queries.ts, the same code the peer is measured with). (The /search/ page
    // may start loading Pagefind before the reader types; that hides part of this cost, so it is
    // not where the first query is measured.)
    const search = await measureQueries(browser, archiveTarget(n, base, bytesSent), qs);
    // What a reader of /search/ waits for: the page's own first search, ranking layer included.
    const searchPage = await measureSearchPage(browser, base, qs[0]!, bytesSent);
    return {
      ...searchPage,
      casePageKB: casePage.kb,
      casePageJsKB: casePage.jsKb,
      casePagePath: casePage.path,
      ...search,
    };
  } finally {
    await browser.close();
  }
}
