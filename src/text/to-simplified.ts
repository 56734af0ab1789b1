/**
 * OpenCC's conversion to simplified Chinese, as the archive uses it: a Hong Kong or Taiwan
 * variant first becomes OpenCC's standard traditional form (裡 → 裏), then traditional becomes
 * simplified, phrases before characters (乾隆 stays, 乾淨 → 干净). The same chain converts a
 * reader's query in the browser (a chunk loaded only when the query needs it) and an entry written
 * in traditional script before it is indexed. The CJK compatibility ideographs that OpenCC would
 * also normalise are already folded by NFKC, which every query and index text goes through.
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** The dictionaries, in the order OpenCC's hk2s and tw2s presets apply them. */
export const TO_SIMPLIFIED_CHAIN = [
  [HKVariantsRevPhrases, HKVariantsRev],
  [TWVariantsRevPhrases, TWVariantsRev],
  [TSPhrases, TSCharacters],
];

/** Converts traditional or variant writing to simplified; simplified text passes through unchanged. */
export const toSimplified: (text: string) => string = ConverterFactory(...TO_SIMPLIFIED_CHAIN);
