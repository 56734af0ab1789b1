/**
 * Chinese numerals and digits, the one reading of them: the validator's figure checks
 * (src/core/figures.ts) and the import's figure finder (src/import/) both ask here, so they cannot
 * disagree on what 百, 两 or 三万亿 is. Pure.
 */

/** The digits, as reports write them (〇 and 零 are both zero, 两 is two). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Every character a Chinese numeral is written with: digits, then 十百千, then 万亿. */
export const NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/**
 * The value of a run of Chinese numerals, or undefined when it is not a number on its own: a bare
 * 百, 千, 万 (百姓, 万一, 亿万) is a word, and two digits in a row with a unit (三四十) are a guess, not a
 * number. All digits read digit by digit, as years and codes are written (二〇一二 → 2012). 万 and
 * 亿 multiply everything before them in their section, so 三万亿 is 3 × 10¹² and 一亿二千万 is 1.2 × 10⁸.
 */
export function chineseNumeralValue(run: string): number | undefined {
  const chars = [...run];
  if (!chars.length || !chars.every((c) => NUMERAL_CHARS.includes(c))) return undefined;
  if (chars.every((c) => c in CHINESE_DIGITS)) return Number(chars.map((c) => CHINESE_DIGITS[c]).join(''));
  if (!chars.some((c) => c in CHINESE_DIGITS || c === '十')) return undefined;
  // Above 亿, below 亿 but in 万s, and below 万: 三万亿 fills the first from the second.
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of chars) {
    if (c in CHINESE_DIGITS) {
      if (digit !== undefined && CHINESE_DIGITS[c] !== 0) return undefined;
      digit = CHINESE_DIGITS[c] === 0 ? undefined : CHINESE_DIGITS[c];
    } else if (c in UNIT) {
      if (digit === undefined && c !== '十') return undefined;
      section += (digit ?? 1) * UNIT[c]!;
      digit = undefined;
    } else if (section + (digit ?? 0) + (c === '亿' ? wan : 0) === 0) {
      return undefined; // 万一, 亿万: a magnitude with no number before it is a word
    } else if (c === '万') {
      wan += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = undefined;
    } else {
      yi = (yi + wan + section + (digit ?? 0)) * 100_000_000;
      wan = 0;
      section = 0;
      digit = undefined;
    }
  }
  return yi + wan + section + (digit ?? 0);
}

/** Full-width ASCII (！ to ～) to half-width, and the ideographic space to a space: "１８００" is 1800. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/gu, ' ');
}
