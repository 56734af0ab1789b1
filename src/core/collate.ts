/**
 * The one order for Chinese labels: pinyin, the order readers expect in an index (Intl, no extra
 * dependency). Browsing pages, the list filters, the search panel and the archive all sort with it.
 */
export const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');

/** A copy of `items` sorted by a Chinese label in pinyin order. */
export function sortByPinyin<T>(items: readonly T[], label: (item: T) => string): T[] {
  return [...items].sort((a, b) => pinyin.compare(label(a), label(b)));
}
