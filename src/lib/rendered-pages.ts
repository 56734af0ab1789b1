/**
 * How build steps see each page as it is rendered, instead of reading every page back from disk
 * once the build has written them all.
 *
 * Two steps used to run only after Astro had written the last page: the search index (Pagefind read
 * every case page back: 12–14 s of a 1,000-case build's ≈ 35, with one of the two cores idle while
 * Astro rendered) and the CSP step (read and rewrote all 1,280 pages to move the policy's meta tag
 * up: ≈ 1.5 s of the main thread). Now each opens an observer when the build starts; the site's
 * middleware (src/middleware.ts), which sees every page's HTML as it is rendered, passes the page
 * to each observer in turn, and an observer may return the page changed (the CSP step hoists its
 * meta tag there). Pagefind reads the case pages in its own process while Astro renders the rest.
 * At the end each integration checks that it saw every page (src/integrations/pagefind.ts,
 * csp-headers.ts) and falls back to reading the written pages if it did not. Outside a build
 * nothing observes, and the middleware passes pages through untouched.
 *
 * The two sides live in different module graphs (integrations are loaded with the config, the
 * middleware is bundled with the pages), so observers are registered on `globalThis` under a
 * registered symbol, the one channel both can see.
 */

/** Sees each page rendered during a build; may return the page's HTML changed. */
export interface PageObserver {
  /** A page rendered at `pathname` (with the base path) whose HTML is `html`. */
  page(pathname: string, html: string): string | void;
}

const KEY = Symbol.for('practice-archive.rendered-pages');

type WithObservers = typeof globalThis & { [KEY]?: Map<string, PageObserver> };

/** The observers open now, in the order they were opened (none in dev and preview). */
export function pageObservers(): PageObserver[] {
  return [...((globalThis as WithObservers)[KEY]?.values() ?? [])];
}

/** Opens (or, with undefined, closes) the observer called `name`. */
export function observeRenderedPages(name: string, observer: PageObserver | undefined): void {
  const g = globalThis as WithObservers;
  const map = (g[KEY] ??= new Map());
  if (observer) map.set(name, observer);
  else map.delete(name);
}
