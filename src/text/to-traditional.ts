/**
 * OpenCC's conversion from simplified to (OpenCC standard) traditional Chinese, phrases before
 * characters. Used where a text must be compared in both scripts without being kept: the copy
 * check's sample of a source page is taken in simplified and in traditional script
 * (src/validation/fingerprint.ts). The reverse chain, which everything else uses, is
 * ./to-simplified.ts.
 */
import { ConverterFactory } from 'opencc-js/core';
import STPhrases from 'opencc-js/dict/STPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';

/** Converts simplified writing to traditional; traditional text passes through unchanged. */
export const toTraditional: (text: string) => string = ConverterFactory([STPhrases, STCharacters]);
