/**
 * The first result as a reader meets it: a page loaded and left idle for two seconds, a click into
 * the search box (on a site whose box opens a dialog, the click that opens it), then the query typed
 * one character every 150 ms. Measured: the time from the first character until the expected
 * practice (or a case named after it) is visible in the list under the box, and the bytes the
 * browser fetched from the page's load event until then. Both sites are measured by this one code;
 * what differs is where the box is and what the list's entries are (`FirstResultTarget`).
 */
import type { Browser } from 'playwright-core';

export interface FirstResultTarget {
  /** The page the reader starts from. */
  url: string;
  /** What the reader clicks: the box itself, or the button that opens a search dialog. */
  click: string;
  /** The box typed into (focused after the click). */
  input: string;
  /** The entries of the list that answers; one whose text holds the query is the expected result. */
  entries: string;
  bytesSent: () => number;
}

export interface FirstResult {
  firstResultMs: number;
  firstResultKB: number;
}

/** Idle time after the page's load event, and the delay between typed characters. */
export const IDLE_MS = 2000;
export const KEY_DELAY_MS = 150;

export async function measureFirstResult(browser: Browser, site: FirstResultTarget, query: string): Promise<FirstResult> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    const before = site.bytesSent();
    await page.waitForTimeout(IDLE_MS);
    // Timed inside the page, on its own clock: the first `input` event (typed CJK reaches the page
    // as text input, not as key presses) until a frame shows an expected entry.
    await page.evaluate(
      ([entries, q]) => {
        const w = window as unknown as { __firstResult: { t0?: number; t1?: number } };
        const state: { t0?: number; t1?: number } = {};
        w.__firstResult = state;
        document.addEventListener('input', () => (state.t0 ??= performance.now()), { capture: true });
        const look = () => {
          const hit = [...document.querySelectorAll(entries)].some((el) => (el.textContent ?? '').includes(q) && el.checkVisibility());
          if (hit && state.t0 !== undefined) state.t1 = performance.now();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      },
      [site.entries, query] as const,
    );
    await page.click(site.click);
    await page.waitForSelector(site.input, { state: 'visible' });
    await page.focus(site.input);
    // Watched while typing: the bytes are read when the result shows, not when the typing ends.
    const shown = page
      .waitForFunction(() => (window as unknown as { __firstResult: { t1?: number } }).__firstResult.t1 !== undefined, undefined, {
        timeout: 60_000,
        polling: 50,
      })
      .then(() => site.bytesSent());
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    const kb = ((await shown) - before) / 1024;
    const ms = await page.evaluate(() => {
      const s = (window as unknown as { __firstResult: { t0: number; t1: number } }).__firstResult;
      return s.t1 - s.t0;
    });
    return { firstResultMs: ms, firstResultKB: kb };
  } finally {
    await context.close();
  }
}
