/**
 * The one order for Chinese labels: pinyin, the order readers expect in an index (Intl, no extra
 * dependency). Browsing pages, the list filters, the search panel and the archive all sort with it.
 */
export const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');

/** A copy of `items` sorted by a Chinese label in pinyin order. */
export function sortByPinyin<T>(items: readonly T[], label: (item: T) => string): T[] {
  return [...items].sort((a, b) => pinyin.compare(label(a), label(b)));
}

/** What the archive's order reads of a case: its report year, title and id. */
export interface OrderedCase {
  id: string;
  data: { title: string; period: { reported: number } };
}

/**
 * The archive's one order of cases: newest report first, then title in pinyin order, then the id,
 * which settles equal titles so the order (and every page and file built from it) is reproducible.
 */
export function compareCases(a: OrderedCase, b: OrderedCase): number {
  return (
    b.data.period.reported - a.data.period.reported ||
    pinyin.compare(a.data.title, b.data.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
