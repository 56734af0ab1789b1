/**
 * How rendered case pages reach the search index while the build is still rendering.
 *
 * Pagefind used to start only once every page was written (Astro's `astro:build:done`), then read
 * them all back: 12–14 of a 1,000-case build's ≈ 35 seconds, most of it after the renderer had
 * finished, with one of the machine's two cores idle during the render. Now the Pagefind
 * integration opens an index when the build starts and offers it here; the site's middleware
 * (src/middleware.ts), which sees each page's HTML as it is rendered, hands the case pages over,
 * and Pagefind's own process reads them on the other core while Astro renders the rest. At the end
 * the integration checks that every case page was fed and writes the index
 * (src/integrations/pagefind.ts). Outside a build nothing is offered and the middleware does nothing.
 *
 * The two sides live in different module graphs (the integration is loaded with the config, the
 * middleware is bundled with the pages), so the offer is made on `globalThis` under a registered
 * symbol, the one channel both can see.
 */

/** Receives each rendered page during a build. */
export interface SearchFeed {
  /** A page rendered at `pathname` (with the base path) whose HTML is `html`. */
  page(pathname: string, html: string): void;
}

const KEY = Symbol.for('practice-archive.search-feed');

type WithFeed = typeof globalThis & { [KEY]?: SearchFeed };

/** The feed the build offers, or undefined (in dev, in preview, and when the index is built afterwards). */
export function searchFeed(): SearchFeed | undefined {
  return (globalThis as WithFeed)[KEY];
}

/** Offers `feed` to the middleware, or withdraws it (undefined). */
export function offerSearchFeed(feed: SearchFeed | undefined): void {
  if (feed) (globalThis as WithFeed)[KEY] = feed;
  else delete (globalThis as WithFeed)[KEY];
}
