/**
 * What the repository keeps of a source whose text it does not keep (a page published by others):
 * per paragraph its length, the SHA-256 of its text, the numbers and blanks in it and the short
 * passages the entries quote from it (each verified against the text when it was recorded), and a
 * winnowed sample of the text's letter runs for the copy check (src/core/winnow.ts). With these the
 * citation checks run on any clone and in CI exactly as they do where the text is at hand, as long
 * as the record is up to date, which `npm run validate` checks wherever the text is. Pure: no I/O.
 */
import type { Paragraphs } from './paragraphs';
import type { WinnowParams } from './winnow';

/** One passage an entry quotes (a quotation, evidence, a source error, the words around a gap, a figure). */
export interface RecordedQuote {
  /** The paragraph it stands in. */
  readonly paragraph: number;
  /** Where it starts in the paragraph, in characters of its comparison form (punctuation half-width, no spaces). */
  readonly offset: number;
  /** The passage, at most QUOTE_MAX characters. */
  readonly text: string;
}

export interface FingerprintParagraph {
  /** Characters in the paragraph (0 for a blank line). */
  readonly length: number;
  /** SHA-256 of the paragraph's UTF-8 text, hex. */
  readonly sha256: string;
  /** The numbers it states, as comparable tokens (src/core/figures.ts numbersIn). */
  readonly numbers: readonly string[];
  /** The blank marks in it (__, XX …), as written. */
  readonly blanks: readonly string[];
}

export interface SourceFingerprint {
  readonly source: string;
  readonly winnowParams: WinnowParams;
  readonly paragraphs: readonly FingerprintParagraph[];
  readonly quotes: readonly RecordedQuote[];
  /** Winnowed run hashes of the text's letters in simplified and in traditional script. */
  readonly winnow: { readonly hans: readonly number[]; readonly hant: readonly number[] };
}

/** The longest passage a record keeps: the longest quotation an entry may make. */
export const QUOTE_MAX = 40;

/**
 * Keeps two recorded passages from reading as one: not a letter, not whitespace (which the
 * quotation check ignores) and not punctuation a report uses; shown as it is in messages.
 */
const APART = '‖';

/**
 * The paragraphs as the checks can see them without the text: each paragraph is the passages
 * recorded in it and its blank marks, kept apart, so a quotation, evidence or figure an entry uses
 * is found exactly when it was verified against the text, and nothing else is.
 */
export function witnessParagraphs(fp: SourceFingerprint): Paragraphs {
  const byParagraph = new Map<number, string[]>();
  for (const q of fp.quotes) byParagraph.set(q.paragraph, [...(byParagraph.get(q.paragraph) ?? []), q.text]);
  const texts = fp.paragraphs.map((p, i) =>
    p.length === 0 ? '' : APART + [...(byParagraph.get(i + 1) ?? []), ...p.blanks].join(APART) + APART,
  );
  return {
    count: texts.length,
    at: (n) => (Number.isInteger(n) && n >= 1 && n <= texts.length ? texts[n - 1] : undefined),
  };
}
