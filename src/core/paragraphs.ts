/**
 * How an entry addresses its source: a paragraph is one line of the source document
 * (`content/sources/<id>.txt`), numbered from 1 — `¶79` is line 79. The rule is written here once;
 * validation, the `source` command, the pages and the import tool all use it. Pure: no I/O.
 */

/** A source id: the file name of `content/sources/<id>.txt` without `.txt`. */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** A source document split into paragraphs; `at(n)` is paragraph n (1-based), or undefined. */
export interface Paragraphs {
  readonly count: number;
  at(n: number): string | undefined;
}

/**
 * Splits a document into its paragraphs, one per line (\n, \r\n or \r). A byte-order mark is not
 * part of paragraph 1; a final line break does not make an empty last paragraph.
 */
export function splitParagraphs(text: string): Paragraphs {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { count: lines.length, at: (n) => (Number.isInteger(n) && n >= 1 && n <= lines.length ? lines[n - 1] : undefined) };
}

/** Whether paragraph n exists and holds text (a blank line is not a paragraph one can cite). */
export function isParagraph(doc: Paragraphs, n: number): boolean {
  return (doc.at(n) ?? '').trim().length > 0;
}

/** The reader's form of a list of paragraphs: [79, 80, 81, 85] → "79–81、85". */
export function paragraphRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join('、');
}

/** "¶79、81": the short form for messages and the command line. */
export function pilcrow(numbers: readonly number[]): string {
  return `¶${paragraphRanges(numbers)}`;
}

/** The paragraphs in [first, last] that no cited list names, in order. */
export function uncited(range: readonly [number, number], cited: Iterable<number>, doc: Paragraphs): number[] {
  const seen = new Set(cited);
  const out: number[] = [];
  for (let n = range[0]; n <= range[1]; n++) if (!seen.has(n) && isParagraph(doc, n)) out.push(n);
  return out;
}
