/**
 * Matching and ordering for the filter controls on /practices/ and /cases/. Shared by the build
 * (which writes the data attributes) and the small browser script (which reads them), and
 * unit-tested here rather than through a browser.
 */
import { pinyin } from '../core/collate';
import { PARAM, paramValue, queryString } from '../core/routes';

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
  const one = (name: string) => paramValue(q, name) ?? '';
  return { theme: one(PARAM.theme), unitType: one(PARAM.unit), honour: one(PARAM.honour) };
}

/** The query string for a filter ('' when nothing is chosen), the inverse of filterFromQuery. */
export function queryFromFilter(f: FilterState, sort = ''): string {
  return queryString([
    [PARAM.theme, f.theme],
    [PARAM.unit, f.unitType],
    [PARAM.honour, f.honour],
    [PARAM.sort, sort],
  ]);
}

/**
 * Whether an entry's text holds every word of a keyword box (words split on spaces, letters
 * compared without case). An empty box matches everything.
 */
export function matchesKeyword(text: string, keyword: string): boolean {
  const hay = text.toLowerCase();
  return keyword
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}

export const LIST_SORTS = ['newest', 'oldest', 'title', 'practices'] as const;
/** How a list page orders its items (search orders its results by SearchSort). */
export type ListSort = (typeof LIST_SORTS)[number];

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

export function compareBy(key: ListSort): (a: SortFields, b: SortFields) => number {
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

export function isListSort(s: string): s is ListSort {
  return (LIST_SORTS as readonly string[]).includes(s);
}
