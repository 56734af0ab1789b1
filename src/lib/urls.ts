/**
 * Every internal URL of the site is made here, so the base path (e.g. `/practice-archive/` on
 * GitHub Pages) is applied in exactly one place.
 */
const rawBase: string = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
export const BASE = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;

/** A site-relative path ('cases/x/') to an absolute path under the base ('/base/cases/x/'). */
export function url(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

export const paths = {
  home: () => url(''),
  cases: () => url('cases/'),
  case: (slug: string) => url(`cases/${slug}/`),
  practice: (caseSlug: string, practiceId: string) => url(`cases/${caseSlug}/#${practiceId}`),
  themes: () => url('themes/'),
  theme: (slug: string) => url(`themes/${slug}/`),
  tags: () => url('tags/'),
  tag: (slug: string) => url(`tags/${slug}/`),
  practices: () => url('practices/'),
  search: (query?: string) => url(query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
  /** The search page browsing the cases with one tag or theme (the parameters of src/lib/search.ts). */
  browse: (facet: 'tag' | 'theme', slug: string) => url(`search/?${facet}=${encodeURIComponent(slug)}`),
  about: () => url('about/'),
  /** The practice basket, and the folder of per-case files it fetches (`<case>.json`, src/pages/data/basket/). */
  basket: () => url('basket/'),
  basketData: () => url('data/basket/'),
};
