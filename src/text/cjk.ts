/**
 * Chinese text wraps without spaces. YAML folds a multi-line value (`summary: >-`) into one line
 * by putting a space at each line break, which shows up as a stray gap in Chinese ("3000㎡， 进驻").
 * Whitespace with Chinese characters or full-width punctuation on both sides is dropped; spaces
 * next to Latin letters and digits stay.
 */
const CJK = '\\p{Script=Han}\\u2014\\u2018-\\u201f\\u2026\\u3000-\\u303f\\uff00-\\uffef';
const GAP = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'gu');

export function joinCjkLines(text: string): string {
  return text.replace(GAP, '');
}
