/**
 * The one list of ways a report (or a site that reposts it) blanks out a value: names, numbers,
 * places. Validation uses it to require a withheld value to cite a paragraph that holds a blank and
 * to refuse a blank written into a field as if it were stated; the import tool uses it to list
 * withheld-value candidates. Pure: no I/O, no project imports.
 */

/**
 * Measure words and units a single `x` may stand before ("x个", "x人") to count as a blank, in
 * both scripts: reports arrive in traditional script too (下轄x個基層分局), and blanks are found in
 * the report's own text.
 */
const MEASURE = '个人名位次项年月日天家所条户元万千百件台辆套场期届批间张份处座篇本册种层轮节面' + '個項條戶萬臺輛場屆間張處種層輪節冊';

/** One blank form: a stable code, how contributors recognise it, and its pattern. */
export interface BlankForm {
  /** Stable code, used in problem codes and tests. */
  readonly code: string;
  /** How the form looks, for messages and the contributor docs. */
  readonly example: string;
  /** Matches the form (global, so every occurrence is found). */
  readonly pattern: RegExp;
}

/**
 * Every blank form. Order matters only for overlapping matches: the first form to match a
 * position wins. Latin-letter forms refuse neighbouring letters so that English words and
 * identifiers ("xxx-large", "Xbox") are not blanks.
 */
export const BLANK_FORMS: readonly BlankForm[] = [
  { code: 'underscores', example: '__、___', pattern: /[_＿]{2,}/gu },
  { code: 'crosses', example: '××', pattern: /[×✕╳]{2,}/gu },
  { code: 'x-run', example: 'XX、xx、xxx、XXXXXXX', pattern: /(?<![A-Za-z])[xXｘＸ]{2,}(?![A-Za-z])/gu },
  { code: 'x-measure', example: 'x个、x人', pattern: new RegExp(`(?<![A-Za-z0-9])[xXｘＸ](?=[${MEASURE}])`, 'gu') },
  { code: 'mou', example: '某某', pattern: /某某/gu },
  // Some sites print a withheld digit or name as a tilde in brackets (…字[~]04號).
  { code: 'bracket-tilde', example: '[~]', pattern: /[[［][~～〜][\]］]/gu },
  // 〇 is the numeral zero (二〇一二年), so only the shape characters count.
  { code: 'circles', example: '○○', pattern: /[○◯]{2,}/gu },
];

/** One blank found in a text: where it starts, what it is, which form. */
export interface BlankMatch {
  readonly index: number;
  readonly text: string;
  readonly code: string;
}

/** Every blank in `text`, in order of position, without overlaps. */
export function findBlanks(text: string): BlankMatch[] {
  const found: BlankMatch[] = [];
  for (const form of BLANK_FORMS) {
    for (const m of text.matchAll(form.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const overlaps = found.some((f) => start < f.index + f.text.length && f.index < end);
      if (!overlaps) found.push({ index: start, text: m[0], code: form.code });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether `text` holds any blank form. */
export function hasBlank(text: string): boolean {
  return findBlanks(text).length > 0;
}

/** The forms as contributors read them, for messages: "__、___、××、XX、…". */
export function blankFormsList(): string {
  return BLANK_FORMS.map((f) => f.example).join('、');
}
