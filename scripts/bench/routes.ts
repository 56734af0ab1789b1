/**
 * The route a built page belongs to, so pages of one kind can be grouped: `tags/foo/index.html`
 * → `/tags/*\/`, `practices/3/index.html` → `/practices/N/`, `index.html` → `/`.
 */
export function routeOf(rel: string): string {
  const parts = rel.split('/').slice(0, -1);
  return `/${parts.map((p, i) => (i === 0 ? p : /^\d+$/.test(p) ? 'N' : '*')).join('/')}${parts.length ? '/' : ''}`;
}

/** The route of the case pages; every other route is a listing of some kind. */
export const CASE_ROUTE = '/cases/*/';
