/**
 * A practice's summary as a list shows it, away from its case. Entries sometimes begin a summary
 * by placing the practice in the report's own series ("七项载体之六：…", "其三，…", "一是…"):
 * right on the case page, where the series is in view, and puzzling in a list of practices from
 * many cases or a search result. Lists drop that lead; the case page keeps the summary whole.
 */

const NUM = '[一二三四五六七八九十百零〇两\\d]+';
const LEADS = [
  // 七项载体之六： (a colon only: "试点单位之一，" is content, not a place in a series)
  new RegExp(`^[^，。；：,:;\\s]{1,12}之${NUM}[：:]\\s*`),
  // 其三， / 第二项： / 第三是
  new RegExp(`^(?:其|第)${NUM}(?:项|条|点|个|是)?[：:，,、]\\s*`),
  // 一是 / 二是：
  new RegExp(`^${NUM}是[：:，,]?\\s*`),
  // （一） / (2)
  new RegExp(`^[（(]${NUM}[)）]\\s*`),
];

export function listSummary(summary: string): string {
  const text = summary.trim();
  for (const lead of LEADS) {
    const m = lead.exec(text);
    // Never leave nothing (or next to nothing) behind: then the lead is the summary.
    if (m && text.length - m[0].length >= 8) return text.slice(m[0].length);
  }
  return text;
}

/**
 * Longest summary a listing shows, in characters. Listings (all practices, a tag's, a theme's) are
 * for scanning: a practice's first sentence says what it is, and the later ones (figures, what the
 * report leaves out) are on its case page. Real summaries run to 200 characters and more, so whole
 * ones made a listing of 200 practices outgrow its 200 KB budget at 38 cases (browse.ts: PRACTICE_PAGE_SIZE).
 */
export const LIST_LINE = 90;

/**
 * A practice's summary as a listing shows it: without the series lead (listSummary), cut after the
 * last sentence that ends within LIST_LINE characters, or at LIST_LINE with "…" when the first
 * sentence alone is longer.
 */
export function listLine(summary: string, max: number = LIST_LINE): string {
  const chars = Array.from(listSummary(summary));
  if (chars.length <= max) return chars.join('');
  // A sentence of under a dozen characters (a lead-in such as "做法如下。") would say less than the cut does.
  for (let i = max - 1; i >= 12; i--) if ('。！？；'.includes(chars[i]!)) return chars.slice(0, i + 1).join('');
  return `${chars.slice(0, max).join('')}…`;
}
