/**
 * The list of traditional-only characters, generated from `opencc-js`'s own dictionaries each time
 * the site is built (src/integrations/script-variants.ts ships it to the browser, the search index
 * uses it to spot an entry written in traditional script). Never written by hand.
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import {
  decodeCodePoints,
  encodeCodePoints,
  isTraditionalText,
  TRADITIONAL_LANG,
  traditionalOnlyCodePoints,
} from '../core/script-variants';

let encoded: string | undefined;

/** The traditional-only characters, encoded with `encodeCodePoints`. */
export function encodedTraditionalChars(): string {
  encoded ??= encodeCodePoints(
    traditionalOnlyCodePoints({
      converting: [TSCharacters, HKVariantsRev, TWVariantsRev],
      // A character that a simplified phrase uses is simplified writing too: 著 (显著, 著名).
      simplifiedTargets: [TSCharacters, TSPhrases],
      simplifiedSources: [STCharacters, STPhrases],
    }),
  );
  return encoded;
}

let set: Set<number> | undefined;

/** The traditional-only characters as a set of code points. */
export function traditionalChars(): ReadonlySet<number> {
  set ??= decodeCodePoints(encodedTraditionalChars());
  return set;
}

/**
 * The `lang` of a case's article: `zh-Hant` when the entry is written in traditional script (its
 * page is then indexed in simplified form, src/integrations/pagefind.ts), else none (the page's
 * zh-CN holds).
 */
export function entryLang(entry: {
  body?: string | undefined;
  rendered?: { html: string } | undefined;
  data: unknown;
}): string | undefined {
  // An entry rendered as Markdown keeps its HTML, not its Markdown (src/loaders/case-entries.ts).
  const body = entry.body ?? entry.rendered?.html ?? '';
  return isTraditionalText(`${JSON.stringify(entry.data)}${body}`, traditionalChars()) ? TRADITIONAL_LANG : undefined;
}
