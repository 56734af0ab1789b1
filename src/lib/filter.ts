/**
 * Matching and ordering for the filter controls on /practices/ and /cases/. Shared by the build
 * (which writes the data attributes) and the small browser script (which reads them), and
 * unit-tested here rather than through a browser.
 */

/** What a list item says about itself in its data attributes. */
export interface Facets {
  /** Theme slugs, space-separated in HTML. */
  themes: readonly string[];
  unitType: string;
  honour: string;
}

/** The current choice in each control; an empty string means "all". */
export interface FilterState {
  theme: string;
  unitType: string;
  honour: string;
}

export const EMPTY_FILTER: FilterState = { theme: '', unitType: '', honour: '' };

export function matches(item: Facets, f: FilterState): boolean {
  return (
    (!f.theme || item.themes.includes(f.theme)) && (!f.unitType || item.unitType === f.unitType) && (!f.honour || item.honour === f.honour)
  );
}

/** Reads the facets back from an element's `dataset` (data-themes, data-unit-type, data-honour). */
export function facetsOf(dataset: Record<string, string | undefined>): Facets {
  return {
    themes: (dataset.themes ?? '').split(' ').filter(Boolean),
    unitType: dataset.unitType ?? '',
    honour: dataset.honour ?? '',
  };
}

/** The filter given in a page URL (`?theme=…&unit=…&honour=…`), so a filtered view can be linked. */
export function filterFromQuery(search: string): FilterState {
  const q = new URLSearchParams(search);
  return { theme: q.get('theme') ?? '', unitType: q.get('unit') ?? '', honour: q.get('honour') ?? '' };
}

/** The query string for a filter ('' when nothing is chosen), the inverse of filterFromQuery. */
export function queryFromFilter(f: FilterState, sort = ''): string {
  const q = new URLSearchParams();
  if (f.theme) q.set('theme', f.theme);
  if (f.unitType) q.set('unit', f.unitType);
  if (f.honour) q.set('honour', f.honour);
  if (sort) q.set('sort', sort);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const SORT_KEYS = ['newest', 'oldest', 'title', 'practices'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What a sortable item says about itself: data-reported, data-title, data-practices, data-order. */
export interface SortFields {
  reported: number;
  title: string;
  practices: number;
  /** Position in the page as built (newest first), the final tie-breaker. */
  order: number;
}

export function sortFieldsOf(dataset: Record<string, string | undefined>): SortFields {
  return {
    reported: Number(dataset.reported ?? 0),
    title: dataset.title ?? '',
    practices: Number(dataset.practices ?? 0),
    order: Number(dataset.order ?? 0),
  };
}

const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');

export function compareBy(key: SortKey): (a: SortFields, b: SortFields) => number {
  switch (key) {
    case 'oldest':
      return (a, b) => a.reported - b.reported || a.order - b.order;
    case 'title':
      return (a, b) => pinyin.compare(a.title, b.title) || a.order - b.order;
    case 'practices':
      return (a, b) => b.practices - a.practices || a.order - b.order;
    default:
      return (a, b) => a.order - b.order;
  }
}

export function isSortKey(s: string): s is SortKey {
  return (SORT_KEYS as readonly string[]).includes(s);
}
