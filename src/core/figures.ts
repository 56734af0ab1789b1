/**
 * The figure normaliser: makes a figure as an entry writes it comparable with the paragraph it
 * cites, by removing only the differences that do not change what is stated — full-width and
 * half-width characters, Chinese numerals and digits (九十 ↔ 90, 两 ↔ 2, 二〇一二 ↔ 2012), units
 * (平方米 ↔ ㎡) and traditional and simplified script. Bound words stay as written: `95%以上` and
 * `>95%` remain different. Pure: no I/O; numerals are read by src/core/numerals.ts. Script conversion needs a
 * dictionary, so the caller passes it in (`toSimplified` from src/text/to-simplified.ts, built on opencc-js).
 */
import { chineseNumeralValue, NUMERAL_CHARS, toHalfWidth } from './numerals';

/** Converts traditional Chinese to simplified; identity when none is given. */
export type ScriptConverter = (text: string) => string;
const same: ScriptConverter = (text) => text;
const NUMERAL = NUMERAL_CHARS;

const RUN = new RegExp(`[${NUMERAL}]+`, 'gu');

// The numerals, their values and full-width digits are read in one place (src/core/numerals.ts);
// they are exported from here too, for the callers that compare figures.
export { chineseNumeralValue, toHalfWidth };

/** Units written in words or symbols, in one form each. */
const UNITS: [RegExp, string][] = [
  [/(?<=\d)\s*(?:平方米|平米|m²|m2)(?![A-Za-z0-9])/gu, '㎡'],
  [/(?<=\d)\s*(?:立方米|m³|m3)(?![A-Za-z0-9])/gu, '㎥'],
  [/(?<=\d)\s*(?:公里|km)(?![A-Za-z])/gu, '公里'],
];

export interface NormaliseOptions {
  /** Traditional → simplified conversion (src/text/to-simplified.ts); without it script is left as it is. */
  toSimplified?: ScriptConverter;
  /**
   * Shortest run of Chinese numerals turned into digits (default 1: every numeral). Prose uses 2,
   * so that words like 一线, 一把手 are not read as figures; 分之 and 倍 are always read.
   */
  minRun?: number;
}

/** A text with script, width, numerals and units in one form, for comparing figures. */
export function normaliseFigureText(text: string, options: NormaliseOptions = {}): string {
  const minRun = options.minRun ?? 1;
  let s = toHalfWidth((options.toSimplified ?? same)(text));
  const convert = (run: string) => {
    const v = chineseNumeralValue(run);
    return v === undefined ? run : String(v);
  };
  // Fractions and multiples are figures however short their numerals are (三分之二, 一倍).
  s = s.replace(new RegExp(`([${NUMERAL}]+)分之([${NUMERAL}]+)`, 'gu'), (_m, a: string, b: string) => `${convert(a)}分之${convert(b)}`);
  s = s.replace(new RegExp(`([${NUMERAL}]+)倍`, 'gu'), (_m, a: string) => `${convert(a)}倍`);
  s = s.replace(RUN, (run) => ([...run].length >= minRun ? convert(run) : run));
  for (const [pattern, unit] of UNITS) s = s.replace(pattern, unit);
  return s.replace(/\s+/gu, '');
}

/**
 * Where the normalised value `v` stands in the normalised paragraph `p` as a number of its own: a
 * value that starts or ends with a digit must not continue a longer number (3 is not in 33个).
 */
function standaloneAt(v: string, p: string): number[] {
  const digitEdge = (edge: string, inner: string | undefined) => /\d/u.test(inner ?? '') && /[\d.]/u.test(edge);
  const found: number[] = [];
  for (let at = p.indexOf(v); at >= 0; at = p.indexOf(v, at + 1)) {
    if (!digitEdge(p[at - 1] ?? '', v[0]) && !digitEdge(p[at + v.length] ?? '', v[v.length - 1])) found.push(at);
  }
  return found;
}

/** Whether `value` (as an entry writes it) occurs in `paragraph` as a number of its own, both normalised. */
export function figureOccursIn(value: string | number, paragraph: string, toSimplified?: ScriptConverter): boolean {
  const script = toSimplified ? { toSimplified } : {};
  const v = normaliseFigureText(String(value), script);
  return v !== '' && standaloneAt(v, normaliseFigureText(paragraph, script)).length > 0;
}

/** Words that bound a number (约280, 近百, 95%以上, 280余, 20多人, 十人左右): a figure keeps them. */
const BOUND_BEFORE = /(?:大约|约|将近|近|逾|超过|不足|不到)$/u;
const BOUND_AFTER = /^(?:以上|以下|以内|余|多|左右|上下|开外)/u;
const BOUND_WORD = /大约|约|将近|近|逾|超过|不足|不到|以上|以下|以内|余|多|左右|上下|开外/u;

/**
 * What stands between a number and a bound word after it: the figure's unit, nothing, or one
 * measure word (20人以上, 3个多月); undefined when no bound word follows.
 */
function gapBeforeBound(rest: string, units: readonly string[]): string | undefined {
  const byUnit = [...units, ''].find((u) => rest.startsWith(u) && BOUND_AFTER.test(rest.slice(u.length)));
  if (byUnit !== undefined) return byUnit;
  const measureWord = /^\p{Script=Han}/u.test(rest) && BOUND_AFTER.test(rest.slice(1));
  return measureWord ? rest[0]! : undefined;
}

/**
 * Where the paragraph states `value` only with a bound that the entry's value leaves out (the
 * entry writes 95% or 280 where the source says 95%以上, 约280), the paragraph's words for it
 * (normalised, e.g. `不足10人`); undefined when the value carries a bound word itself or occurs at
 * least once without one.
 */
export function droppedBound(
  value: string | number,
  unit: string | undefined,
  paragraph: string,
  toSimplified?: ScriptConverter,
): string | undefined {
  const script = toSimplified ? { toSimplified } : {};
  const raw = String(value);
  if (BOUND_WORD.test(raw)) return undefined;
  const v = normaliseFigureText(raw, script);
  if (!v) return undefined;
  const p = normaliseFigureText(paragraph, script);
  const units = [normaliseFigureText(unit ?? '', script)].filter(Boolean);
  let bounded: string | undefined;
  for (const at of standaloneAt(v, p)) {
    const head = p.slice(Math.max(0, at - 2), at).match(BOUND_BEFORE)?.[0] ?? '';
    const rest = p.slice(at + v.length);
    const gap = gapBeforeBound(rest, units);
    const tail = gap === undefined ? '' : gap + rest.slice(gap.length).match(BOUND_AFTER)![0];
    if (!head && !tail) return undefined; // stated without a bound at least once: the bare value is the source's
    bounded ??= `${head}${v}${tail || (units.find((u) => rest.startsWith(u)) ?? '')}`;
  }
  return bounded;
}

/**
 * The numbers a text states, as comparable tokens: `90`, `2.5`, `2/3` for 三分之二, `×2` for 两倍.
 * Use `minRun: 2` for prose so that single numerals inside words are not counted.
 */
export function numbersIn(text: string, options: NormaliseOptions = {}): string[] {
  const s = normaliseFigureText(text, options);
  const out: string[] = [];
  const pattern = /(\d+(?:\.\d+)?)分之(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)倍|\d+(?:\.\d+)?/gu;
  for (const m of s.matchAll(pattern)) {
    if (m[1] !== undefined) out.push(`${m[2]}/${m[1]}`);
    else if (m[3] !== undefined) out.push(`×${m[3]}`);
    else out.push(m[0]);
  }
  return out;
}
