/**
 * Every URL of the site, built and parsed in one place: the shape of each route, the names of the
 * URL parameters, the data files, the search index's folders and the base path. Pure: the base
 * path comes in as an argument (src/lib/urls.ts binds it to the build's BASE_URL), so the build,
 * the browser scripts, the validator and the bench all agree on one spelling.
 */

/** URL parameter names. Lists and search share them, so a filter reads the same everywhere. */
export const PARAM = {
  query: 'q',
  /** Carries the query from a search result to the case page it opens, which marks its words. */
  highlight: 'hl',
  theme: 'theme',
  tag: 'tag',
  /** The unit type. Search called it `type` before; that name still works (UNIT_ALIAS). */
  unit: 'unit',
  sector: 'sector',
  honour: 'honour',
  period: 'period',
  sort: 'sort',
  /**
   * The practices a basket share link carries (`case~practice,case~practice`, src/basket/basket.ts).
   * One letter, so a shared basket of many practices still makes a link short enough to paste.
   */
  share: 'p',
} as const;

/** The old name of the unit-type parameter on search, still read so shared links keep working. */
export const UNIT_ALIAS = 'type';

/** Every value of parameter `name` in `params`, with its aliases' values after its own. */
export function paramValues(params: URLSearchParams, name: string): string[] {
  return name === PARAM.unit ? [...params.getAll(name), ...params.getAll(UNIT_ALIAS)] : params.getAll(name);
}

/** The first value of parameter `name` (or an alias of it), or null. */
export function paramValue(params: URLSearchParams, name: string): string | null {
  return paramValues(params, name)[0] ?? null;
}

/** Site-relative paths (no leading slash) of the pages that exist whatever the content. */
export const FIXED = {
  home: '',
  cases: 'cases/',
  themes: 'themes/',
  tags: 'tags/',
  practices: 'practices/',
  search: 'search/',
  about: 'about/',
} as const;
export type FixedPage = keyof typeof FIXED;

/** The open data files, site-relative. */
export const DATA_FILES = {
  casesJson: 'data/cases.json',
  practicesCsv: 'data/practices.csv',
  schema: 'data/case.schema.json',
} as const;

/** The practice basket's page and the folder of its per-case files (`<case>.json`), site-relative. */
export const BASKET = { page: 'basket/', data: 'data/basket/' } as const;

/** Other files every page links to, site-relative. */
export const ASSETS = { favicon: 'favicon.svg', feed: 'rss.xml', sitemap: 'sitemap-index.xml' } as const;

/** Site-relative path of a case page. */
export const casePath = (slug: string) => `${FIXED.cases}${slug}/`;
/** Site-relative path of a theme page. */
export const themePath = (slug: string) => `${FIXED.themes}${slug}/`;
/** Site-relative path of a tag page. */
export const tagPath = (slug: string) => `${FIXED.tags}${slug}/`;

/** The site-relative path of page `number` of a listing whose first page is `first` (ends in '/'). */
export function pagePath(first: string, number: number): string {
  return number === 1 ? first : `${first}${number}/`;
}

/** A query string from name/value pairs ('' when there are none); empty values are left out. */
export function queryString(pairs: readonly (readonly [string, string])[]): string {
  const params = new URLSearchParams();
  for (const [name, value] of pairs) if (value) params.append(name, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** `base` as a path that ends in '/' ('/' or '/practice-archive/'). */
export function normaliseBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The URL makers of a site published under `base`. */
export function makeRoutes(rawBase: string) {
  const base = normaliseBase(rawBase);
  /** A site-relative path ('cases/x/') to an absolute path under the base ('/base/cases/x/'). */
  const url = (path = '') => base + path.replace(/^\/+/, '');
  return {
    base,
    url,
    home: () => url(FIXED.home),
    cases: () => url(FIXED.cases),
    case: (slug: string) => url(casePath(slug)),
    practice: (caseSlug: string, practiceId: string) => url(`${casePath(caseSlug)}#${practiceId}`),
    themes: () => url(FIXED.themes),
    theme: (slug: string) => url(themePath(slug)),
    tags: () => url(FIXED.tags),
    tag: (slug: string) => url(tagPath(slug)),
    practices: () => url(FIXED.practices),
    /** The practice list filtered to one theme. */
    practicesOfTheme: (theme: string) => url(FIXED.practices + queryString([[PARAM.theme, theme]])),
    search: (query?: string) => url(FIXED.search + queryString([[PARAM.query, query ?? '']])),
    /** The search page browsing the cases with one tag or theme. */
    browse: (facet: 'tag' | 'theme', slug: string) => url(FIXED.search + queryString([[PARAM[facet], slug]])),
    about: () => url(FIXED.about),
    /**
     * The open data: the files and their fields, for developers (关于 is for readers). Not in
     * FIXED: routes.ts ships to every case page, whose script budget (10 KB) is spent to the byte.
     */
    aboutData: () => url(`${FIXED.about}data/`),
    basket: () => url(BASKET.page),
    basketData: () => url(BASKET.data),
    data: (file: keyof typeof DATA_FILES) => url(DATA_FILES[file]),
    asset: (file: keyof typeof ASSETS) => url(ASSETS[file]),
    /** The folder of search index part `i` (0-based). */
    indexPart: (i: number) => url(`${indexPartDir(i)}/`),
  };
}
export type Routes = ReturnType<typeof makeRoutes>;

/**
 * `/cases/x/` → `/practice-archive/cases/x/`: a root-relative link given the base path; anything
 * else (web addresses, `#anchors`, relative paths, a link already under the base) unchanged.
 */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!prefix || url === prefix || url.startsWith(`${prefix}/`)) return url;
  return prefix + url;
}

// ── parsing ──────────────────────────────────────────────────────────────

/** What a root-relative page path (`/cases/x/`, no query or hash) names. */
export type SitePage =
  { kind: 'fixed'; page: FixedPage } | { kind: 'case'; slug: string } | { kind: 'theme'; slug: string } | { kind: 'tag'; slug: string };

const KIND_OF_FOLDER = { [FIXED.cases]: 'case', [FIXED.themes]: 'theme', [FIXED.tags]: 'tag' } as const;

/** The page a root-relative path names, or null when the site has no page of that shape. */
export function parsePagePath(path: string): SitePage | null {
  const fixed = (Object.keys(FIXED) as FixedPage[]).find((k) => `/${FIXED[k]}` === path);
  if (fixed) return { kind: 'fixed', page: fixed };
  const m = /^\/([a-z]+\/)([^/]+)\/$/.exec(path);
  const kind = m ? KIND_OF_FOLDER[m[1] as keyof typeof KIND_OF_FOLDER] : undefined;
  return kind ? { kind, slug: m![2]! } : null;
}

/** Root-relative paths of the fixed pages, for messages that list them. */
export const FIXED_PATHS: readonly string[] = Object.values(FIXED).map((p) => `/${p}`);

/** The forms of an internal link, for a message that explains them. */
export const LINK_FORMS = {
  case: `/${casePath('<案例>')}`,
  practice: `/${casePath('<案例>')}#<做法 id>`,
  theme: `/${themePath('<主题>')}`,
  tag: `/${tagPath('<标签>')}`,
};

/** Splits a link into path, query string (without '?') and hash (without '#', undefined when absent). */
export function splitLink(link: string): { path: string; query: string; hash: string | undefined } {
  const hashAt = link.indexOf('#');
  const beforeHash = hashAt === -1 ? link : link.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  return {
    path: queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt),
    query: queryAt === -1 ? '' : beforeHash.slice(queryAt + 1),
    hash: hashAt === -1 ? undefined : link.slice(hashAt + 1),
  };
}

/** Link from a search result to a practice (or, with no id, the case), carrying the query to highlight. */
export function practiceHref(pageUrl: string, practiceId: string, q: string): string {
  const { path } = splitLink(pageUrl);
  const hl = q ? `?${PARAM.highlight}=${encodeURIComponent(q)}` : '';
  return practiceId ? `${path}${hl}#${encodeURIComponent(practiceId)}` : `${path}${hl}`;
}

/** The query a case page was opened with from a search result ('' when none). */
export function highlightQuery(search: string): string {
  return new URLSearchParams(search).get(PARAM.highlight) ?? '';
}

/**
 * The element id a page's `location.hash` names (`#first-inquiry` → `first-inquiry`), '' when
 * there is none. Links percent-encode the id (practiceHref), so it is decoded here; a hash that
 * does not decode (`#%E4`, a link cut short when pasted) names nothing rather than throwing in
 * the reader's browser.
 */
export function anchorId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

// ── the built files ──────────────────────────────────────────────────────

/** The built HTML file of a site-relative page path (`cases/x/` → `cases/x/index.html`). */
export const htmlFile = (path: string) => `${path}index.html`;

/** The built case pages, as a glob over the output folder: what search indexes. */
export const CASE_PAGES_GLOB = htmlFile(casePath('*'));

/** The built case pages of some slugs, as one glob. */
export function casePagesGlob(slugs: readonly string[]): string {
  return htmlFile(casePath(`{${slugs.join(',')}}`));
}

/**
 * Folder of the instant tier's shards in the build, without the base path: named after the hash
 * of their content (`shardsVersion` in src/search/suggest.ts), so a URL never serves two contents.
 */
export function suggestDir(version: string): string {
  return `${FIXED.search}suggest/${version}/`;
}

/** Folder of search index part `i` (0-based) in the build: the first is Pagefind's usual `pagefind`. */
export function indexPartDir(i: number): string {
  return i === 0 ? 'pagefind' : `pagefind-${i + 1}`;
}

/**
 * The script Pagefind writes into an index folder; a page imports it from the first part's
 * folder and merges the others into it. Named by Pagefind, so it is spelled once here.
 */
export const PAGEFIND_SCRIPT = 'pagefind.js';

/**
 * Pagefind's script in the first index part, site-relative (`pagefind/pagefind.js`): what search
 * loads, and what shows that a build wrote an index at all.
 */
export const SEARCH_SCRIPT = `${indexPartDir(0)}/${PAGEFIND_SCRIPT}`;

/**
 * The route a built page belongs to, so pages of one kind can be grouped: `tags/foo/index.html`
 * → `/tags/*\/`, `practices/3/index.html` → `/practices/N/`, `index.html` → `/`.
 */
export function routeOf(rel: string): string {
  const parts = rel.split('/').slice(0, -1);
  return `/${parts.map((p, i) => (i === 0 ? p : /^\d+$/.test(p) ? 'N' : '*')).join('/')}${parts.length ? '/' : ''}`;
}

/** The route of the case pages; every other route is a listing of some kind. */
export const CASE_ROUTE = `/${casePath('*')}`;
