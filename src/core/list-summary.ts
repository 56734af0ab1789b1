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
