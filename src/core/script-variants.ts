/**
 * Traditional characters and variants, the pure part. The archive is written and indexed in
 * simplified Chinese; a reader in Hong Kong or Taiwan types 首問責任制, and an entry may be pasted
 * from a site that reposts the report in traditional script. OpenCC's dictionaries (the
 * `opencc-js` package) convert; this module decides, cheaply and without them, whether a text needs
 * converting at all, so a simplified query never loads the dictionaries.
 *
 * "Needs converting" means: holds a character that OpenCC turns into something else and that is
 * not itself a simplified character. 著, 干 or 台 are both (显著, 干部, 台风), and converting a
 * simplified text that holds them would corrupt it (显著 → 显着); 書 or 盃 only ever occur in
 * traditional or variant writing. Pure: no I/O, no project imports.
 */

/** OpenCC's dictionaries as `opencc-js` ships them: "source target|source target…". */
export type OpenccDict = string;

function entries(dict: OpenccDict): [string, string][] {
  return dict
    .split('|')
    .map((line) => line.split(' ') as [string, string])
    .filter(([from, to]) => from !== undefined && to !== undefined);
}

/** Where the characters come from: OpenCC's dictionaries, by what their sources and targets are. */
export interface VariantDicts {
  /** Dictionaries of the conversion to simplified: traditional → simplified, regional variant → traditional. */
  converting: readonly OpenccDict[];
  /** Dictionaries whose targets are simplified writing (traditional → simplified). */
  simplifiedTargets: readonly OpenccDict[];
  /** Dictionaries whose sources are simplified writing (simplified → traditional). */
  simplifiedSources: readonly OpenccDict[];
}

/**
 * The characters that mark a text as traditional: every character of a source in the converting
 * dictionaries that the conversion changes, minus every character that is also simplified
 * writing. Sorted code points.
 */
export function traditionalOnlyCodePoints(dicts: VariantDicts): number[] {
  const chars = (dict: OpenccDict, side: 0 | 1) => entries(dict).flatMap((e) => Array.from(e[side], (c) => c.codePointAt(0)!));
  const changing = new Set<number>();
  for (const dict of dicts.converting) {
    for (const [from, to] of entries(dict)) if (from !== to) for (const c of from) changing.add(c.codePointAt(0)!);
  }
  for (const dict of dicts.simplifiedTargets) for (const cp of chars(dict, 1)) changing.delete(cp);
  for (const dict of dicts.simplifiedSources) for (const cp of chars(dict, 0)) changing.delete(cp);
  return [...changing].sort((a, b) => a - b);
}

// Compact, ASCII-only encoding of a sorted code-point list, small enough to ship with the search
// page: each gap from the previous code point in base 32, most significant digit first, the
// leading digits from DIGITS and the last one from FINAL, so gaps need no separator.
const DIGITS = '0123456789abcdefghijklmnopqrstuv';
const FINAL = '!#$%&()*+-ABCDEFGHIJKLMNOPQRSTUV';

/** Encodes sorted, distinct code points (see the note above). */
export function encodeCodePoints(codePoints: readonly number[]): string {
  let out = '';
  let previous = 0;
  for (const cp of codePoints) {
    if (cp <= previous && out) throw new RangeError('code points must be sorted and distinct');
    let gap = cp - previous;
    previous = cp;
    let digits = FINAL[gap % 32]!;
    gap = Math.floor(gap / 32);
    while (gap > 0) {
      digits = DIGITS[gap % 32]! + digits;
      gap = Math.floor(gap / 32);
    }
    out += digits;
  }
  return out;
}

/** The set of code points `encodeCodePoints` wrote. */
export function decodeCodePoints(encoded: string): Set<number> {
  const set = new Set<number>();
  let previous = 0;
  let gap = 0;
  for (const ch of encoded) {
    const last = FINAL.indexOf(ch);
    if (last >= 0) {
      previous += gap * 32 + last;
      set.add(previous);
      gap = 0;
    } else {
      const digit = DIGITS.indexOf(ch);
      if (digit < 0) throw new RangeError(`not an encoded code point list: ${JSON.stringify(ch)}`);
      gap = gap * 32 + digit;
    }
  }
  return set;
}

/** Whether `text` holds a character of `traditional` (a set from `decodeCodePoints`). */
export function hasTraditional(text: string, traditional: ReadonlySet<number>): boolean {
  for (const c of text) if (traditional.has(c.codePointAt(0)!)) return true;
  return false;
}

/**
 * `text` cut into pieces at the same places as `folded`, its conversion: the conversion decides
 * where the matches are, the original text is what is shown. OpenCC's traditional → simplified
 * conversion keeps a text's length almost always (one character for one); when it does not, there
 * is no faithful way back and the pieces of the original are matched on their own.
 */
export function piecesOnOriginal<P extends { text: string }>(text: string, folded: string, piecesOfFolded: readonly P[]): P[] | null {
  if (folded.length !== text.length) return null;
  let at = 0;
  return piecesOfFolded.map((piece) => {
    const original = text.slice(at, at + piece.text.length);
    at += piece.text.length;
    return { ...piece, text: original };
  });
}

/** The language tag of an entry written in traditional script (set on its case article). */
export const TRADITIONAL_LANG = 'zh-Hant';

/**
 * Share of a text's Chinese characters that must be traditional-only for the text to count as
 * written in traditional script. Running traditional text has far more (about a third of its
 * characters differ from simplified); a simplified entry that quotes one traditional name has far
 * less, and converting it would risk OpenCC's few misreadings of simplified text (显著 → 显着).
 */
export const TRADITIONAL_SHARE = 0.1;

/** Whether a longer text (an entry) is written in traditional script. */
export function isTraditionalText(text: string, traditional: ReadonlySet<number>): boolean {
  let han = 0;
  let trad = 0;
  // By index, not `for … of`: every case page runs this over its whole entry, and iterating a
  // string makes a string per character (0.092 → 0.035 ms for a bench entry, measured alone).
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!isHan(cp)) continue;
    han += 1;
    if (traditional.has(cp)) trad += 1;
  }
  return trad > 0 && trad >= TRADITIONAL_SHARE * han;
}

/** CJK ideographs: the unified blocks and extensions A–H, and the compatibility block. */
function isHan(cp: number): boolean {
  return (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x323af);
}
