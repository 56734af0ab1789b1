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
  /**
   * Where the site says it has answered the whole query (Starlight: "1,527 results for …"): when
   * the expected entry is not among the entries it shows, the time until that answer is the first
   * result's time instead, and the run records that the expected entry was not shown.
   */
  answered?: string;
  bytesSent: () => number;
}

export interface FirstResult {
  firstResultMs: number;
  firstResultKB: number;
  /** False when the site answered the whole query without showing the expected entry. */
  firstResultShown: boolean;
}

/** How long an answer without the expected entry is watched before it counts as the site's answer. */
export const SETTLE_MS = 10_000;
/** A site that neither shows the entry nor answers the whole query within this fails the run. */
const GIVE_UP_MS = 120_000;

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
      ([entries, answered, q]) => {
        const w = window as unknown as { __firstResult: { t0?: number; t1?: number; answeredAt?: number } };
        const state: { t0?: number; t1?: number; answeredAt?: number } = {};
        w.__firstResult = state;
        document.addEventListener('input', () => (state.t0 ??= performance.now()), { capture: true });
        const shows = (selector: string) =>
          [...document.querySelectorAll(selector)].some((el) => (el.textContent ?? '').includes(q) && el.checkVisibility());
        const look = () => {
          if (state.t0 !== undefined && answered && state.answeredAt === undefined && shows(answered)) state.answeredAt = performance.now();
          if (state.t0 !== undefined && shows(entries)) state.t1 = performance.now();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      },
      [site.entries, site.answered ?? '', query] as const,
    );
    await page.click(site.click);
    await page.waitForSelector(site.input, { state: 'visible' });
    await page.focus(site.input);
    // Watched while typing, from Node every 50 ms: the bytes are read when the result (or the
    // answer without it) shows, not when the typing ends.
    type State = { t0?: number; t1?: number; answeredAt?: number };
    const read = () => page.evaluate(() => ({ ...(window as unknown as { __firstResult: State }).__firstResult }));
    const watch = (async () => {
      const started = Date.now();
      let answeredBytes: number | undefined;
      let answeredSeen: number | undefined;
      for (;;) {
        const state = await read();
        if (state.t1 !== undefined && state.t0 !== undefined) return { ms: state.t1 - state.t0, bytes: site.bytesSent(), shown: true };
        if (state.answeredAt !== undefined && state.t0 !== undefined) {
          answeredBytes ??= site.bytesSent();
          answeredSeen ??= Date.now();
          if (Date.now() - answeredSeen > SETTLE_MS) return { ms: state.answeredAt - state.t0, bytes: answeredBytes, shown: false };
        }
        if (Date.now() - started > GIVE_UP_MS) {
          const seen = await page.evaluate(
            (sel) => [...document.querySelectorAll(sel)].map((el) => (el.textContent ?? '').trim().slice(0, 30)),
            site.entries,
          );
          throw new Error(
            `${site.url}: typing ${JSON.stringify(query)} showed neither it nor an answer to it in ${GIVE_UP_MS / 1000} s; the list held ${JSON.stringify(seen.slice(0, 10))}`,
          );
        }
        await page.waitForTimeout(50);
      }
    })();
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    const got = await watch;
    return { firstResultMs: got.ms, firstResultKB: (got.bytes - before) / 1024, firstResultShown: got.shown };
  } finally {
    await context.close();
  }
}
