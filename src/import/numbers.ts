/** Numbers as reports write them: Arabic, full-width, and Chinese numerals (四十七, 二〇一二, 两). Pure. */

import { chineseNumeralValue } from '../core/numerals';

/** Full-width digits and punctuation to ASCII, so "１８００" and "1800" compare equal. */
export const halfWidth = (s: string) => s.replace(/[０-９％．：]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * A Chinese numeral's value, or NaN: 四十七 → 47, 十六 → 16, 一九九八 / 二〇一二 → digit by digit,
 * 三万 → 30000. The one reading of numerals (src/core/numerals.ts), so a bare 百 or 万 is no number
 * here either.
 */
export function chineseNumber(s: string): number {
  return chineseNumeralValue(s) ?? NaN;
}

/** Every number written in a text, in order: "约280名" → [280]; "1:2" → [1, 2]; "四十七名" → [47]. */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of halfWidth(text).matchAll(/\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+/gu)) {
    const v = /\d/.test(m[0]) ? Number(m[0]) : chineseNumber(m[0]);
    if (!Number.isNaN(v)) out.push(v);
  }
  return out;
}
