/** Numbers as reports write them: Arabic, full-width, and Chinese numerals (四十七, 二〇一二, 两). Pure. */

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Full-width digits and punctuation to ASCII, so "１８００" and "1800" compare equal. */
export const halfWidth = (s: string) => s.replace(/[０-９％．：]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** A Chinese numeral's value, or NaN: 四十七 → 47, 十六 → 16, 一九九八 / 二〇一二 → digit by digit, 三万 → 30000. */
export function chineseNumber(s: string): number {
  if (!s || ![...s].every((c) => c in DIGIT || c in UNIT || c === '万' || c === '亿')) return NaN;
  if (![...s].some((c) => c in UNIT || c === '万' || c === '亿')) {
    // Digit by digit (years): 二〇一二 → 2012. A lone digit is itself.
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c]!;
    else if (c in UNIT) {
      section += (digit || 1) * UNIT[c]!;
      digit = 0;
    } else {
      const big = c === '万' ? 1e4 : 1e8;
      total += (section + digit) * big;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
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
