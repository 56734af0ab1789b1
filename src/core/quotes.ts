/**
 * Quotations: text inside “…” in an entry is the source's words and must occur in the source
 * verbatim. Only the width of punctuation may differ (the source writes `,` where an entry writes
 * `，`) and whitespace is ignored (YAML folds long lines); a changed, dropped or added character is
 * a difference. Pure: no I/O, imports nothing of the project.
 */

/** One quotation found in a text: its words and where they start (offset of the first character). */
export interface Quotation {
  readonly text: string;
  readonly index: number;
}

/**
 * Every “…” quotation in `text`, outermost pairs only (a quotation that itself contains “…”, as
 * the source sometimes does, is one quotation). An opening mark without its closing one is ignored.
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (c === '”' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ text: text.slice(start, i), index: start });
    }
  }
  return out;
}

/** Full-width punctuation in its half-width form; letters, digits and Han characters unchanged. */
export function punctuationToHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/gu, (c) =>
    /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u.test(c) ? c : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** The form in which quotations are compared: punctuation half-width, no whitespace. */
export function quotationKey(text: string): string {
  return punctuationToHalfWidth(text).replace(/\s+/gu, '');
}

/** A conversion to one script (traditional → simplified), passed in so that core needs no package. */
export type ScriptFold = (text: string) => string;

/**
 * Whether `quote` occurs verbatim (up to punctuation width and whitespace) in `text`. With `fold`,
 * script does not count either: an archive written in simplified script quotes a traditional
 * source in simplified script (政府、部门、乡镇三位一体 for 政府、部門、鄉鎮三位一體).
 */
export function occursVerbatim(quote: string, text: string, fold?: ScriptFold): boolean {
  const q = quotationKey(quote);
  if (q.length === 0) return false;
  const t = quotationKey(text);
  return t.includes(q) || (fold !== undefined && fold(t).includes(fold(q)));
}

/**
 * Where a quotation stops matching `text`: the longest beginning of it that does occur, so a
 * message can show the first character that differs.
 */
export function longestMatchingStart(quote: string, text: string, fold: ScriptFold = (s) => s): number {
  const q = [...fold(quotationKey(quote))];
  const t = fold(quotationKey(text));
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.includes(q.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
