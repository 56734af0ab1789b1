/**
 * Pure helpers for the browsing pages: grouping and paging (pinyin order is src/core/collate.ts, page
 * paths src/core/routes.ts). Kept free of
 * Astro so they are unit-tested without a build.
 */

/**
 * Groups items by a key: the groups in the order of `order`, then keys not in it by first
 * appearance, and last the items without a key (undefined: a basket's practice the archive no
 * longer has). Items keep their order within a group; no group is empty. The listing pages and
 * the practice basket both group with it.
 */
export function groupBy<T, K extends string | undefined>(
  items: readonly T[],
  keyOf: (item: T) => K,
  order: readonly string[] = [],
): { key: K; items: T[] }[] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  const rank = (k: K) => (k === undefined ? Infinity : order.includes(k) ? order.indexOf(k) : order.length);
  // A stable sort: keys of equal rank (those not in `order`) stay in order of first appearance.
  return [...groups].map(([key, list]) => ({ key, items: list })).sort((a, b) => rank(a.key) - rank(b.key));
}

/**
 * Listing pages stay one page up to this many items; past it they split into pages of this size,
 * so a page never grows without bound as the archive does. Sized for the list of cases (≈ 0.9 KB
 * of HTML a case: 200 stay under the listing pages' 200 KB budget).
 */
export const PAGE_SIZE = 200;

/**
 * The same for lists of practices (all practices, a theme's, a tag's). A real practice entry is
 * ≈ 0.76 KB of HTML with its summary cut to a line (listLine) and ≈ 0.9 KB once the basket's script
 * has labelled its button: 200 of them came to 206 KB at 44 cases, over the 200 KB budget, so a
 * page holds 150 (≈ 160 KB with the page around them).
 */
export const PRACTICE_PAGE_SIZE = 150;

export interface PageSlice<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages (at least 1, even with no items). */
  total: number;
  items: T[];
  /** Index of the first item on the page within the full list (0-based). */
  start: number;
}

/** Splits a list into pages of `size`; an empty list still yields one (empty) page. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): PageSlice<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    start: i * size,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/**
 * The page numbers a pager shows for page `number` of `total`: the first and last, and the pages
 * within `around` of the current one; `null` marks a gap. Listing every number made the pager of a
 * long listing (250 pages of practices at 5,000 cases) a large part of every page.
 */
export function pagerItems(number: number, total: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - number) <= around) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/**
 * Cases listed in full on the first page of a tag or theme; past it the page lists the newest
 * and links to browsing them all in search. The practices, paginated, still reach every case.
 */
export const CASE_PREVIEW = 40;

/**
 * The `[...page]` route parameter for a page: undefined for page 1 (the listing's own URL), the
 * number as a string after that (`/practices/2/`).
 */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}

/** The item before and after position `index` in a list, when there is one. */
export function neighbours<T>(items: readonly T[], index: number): { prev?: T; next?: T } {
  const out: { prev?: T; next?: T } = {};
  if (index > 0 && index < items.length) out.prev = items[index - 1]!;
  if (index >= 0 && index < items.length - 1) out.next = items[index + 1]!;
  return out;
}
