/**
 * Finds passages an entry shares word for word with a source document. Entries retell reports in
 * the contributor's own words: facts and figures carry over, sentences must not. Only letters
 * count (Han characters, Latin letters, digits), so changed punctuation does not hide a copied
 * sentence. A short quotation — a programme's name or slogan inside “…” — is allowed.
 */

import type { SourceFingerprint } from '../core/fingerprint';
import { sampledRunsIn } from '../core/winnow';
import { toSimplified } from '../text/to-simplified';

export interface CopyOptions {
  /** A run of at least this many letters shared with the source counts as copied. */
  minRun: number;
  /** Quotations of at most this many letters are allowed to repeat the source. */
  quotedMax: number;
}

export const DEFAULT_COPY_OPTIONS: CopyOptions = { minRun: 20, quotedMax: 40 };

export interface CopiedPassage {
  /** 0-based offsets of the passage in the entry text. */
  start: number;
  end: number;
  /** Letters the passage shares with the source. */
  letters: number;
}

const LETTER = /[\p{Script=Han}A-Za-z0-9]/u;

interface Letters {
  s: string;
  /** Offset in the original text of each letter. */
  at: number[];
}

export function lettersOf(text: string): Letters {
  let s = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    if (LETTER.test(ch)) {
      s += ch;
      at.push(i);
    }
    i += ch.length;
  }
  return { s, at };
}

const QUOTES: [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
  ['"', '"'],
];

/** Offsets of text inside short quotations (on one line, at most `quotedMax` letters). */
export function shortQuotations(text: string, quotedMax: number): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  for (const [open, close] of QUOTES) {
    let from = 0;
    for (;;) {
      const o = text.indexOf(open, from);
      if (o < 0) break;
      const c = text.indexOf(close, o + 1);
      if (c < 0) break;
      const quoted = text.slice(o + 1, c);
      if (!quoted.includes('\n') && lettersOf(quoted).s.length <= quotedMax) {
        for (let k = o + 1; k < c; k++) inside[k] = true;
      }
      from = c + 1;
    }
  }
  return inside;
}

/**
 * A prepared source document. With its text: its letters in its own script and in simplified
 * script (so an entry in simplified script that copies a traditional source is caught), and an
 * index of every run of `minRun` letters. Without it: the winnowed sample of its runs that the
 * repository keeps (src/core/fingerprint.ts), in both scripts.
 */
export interface PreparedSource {
  name: string;
  letters: string[];
  grams: Set<string>;
  /** Only the sample of run hashes is at hand (runs of `k` letters). */
  sample?: { hashes: ReadonlySet<number>; k: number };
}

export function prepareSource(name: string, text: string, minRun: number): PreparedSource {
  const letters = [...new Set([lettersOf(text).s, lettersOf(toSimplified(text)).s])];
  const grams = new Set<string>();
  for (const s of letters) for (let i = 0; i + minRun <= s.length; i++) grams.add(s.slice(i, i + minRun));
  return { name, letters, grams };
}

/** A source known by its fingerprint only: its winnowed sample in both scripts. */
export function prepareSampledSource(name: string, fingerprint: SourceFingerprint): PreparedSource {
  const hashes = new Set([...fingerprint.winnow.hans, ...fingerprint.winnow.hant]);
  return { name, letters: [], grams: new Set(), sample: { hashes, k: fingerprint.winnowParams.k } };
}

/**
 * Runs of the entry that a sampled source holds: each hit is a run of `k` letters (at least
 * `minRun`), so hits that touch are one passage. The entry is compared as written and in
 * simplified script. A run shorter than k + w − 1 letters may fall between the samples: without
 * the text, every copied run of that length or more is found, and most shorter ones.
 */
function findSampled(text: string, sample: NonNullable<PreparedSource['sample']>, options: CopyOptions): CopiedPassage[] {
  const { s, at } = lettersOf(text);
  const chars = [...s];
  const simplified = [...toSimplified(s)];
  const shared = new Array<boolean>(chars.length).fill(false);
  for (const form of simplified.length === chars.length ? [chars, simplified] : [chars]) {
    for (const i of sampledRunsIn(form.join(''), sample.hashes, sample.k)) for (let k = i; k < i + sample.k; k++) shared[k] = true;
  }
  const quoted = shortQuotations(text, options.quotedMax);
  const out: CopiedPassage[] = [];
  for (let i = 0; i < chars.length;) {
    if (!shared[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && shared[j]) j++;
    let unquoted = 0;
    for (let k = i; k < j; k++) if (!quoted[at[k]!]) unquoted++;
    if (unquoted >= options.minRun) out.push({ start: at[i]!, end: at[j - 1]! + [...text.slice(at[j - 1]!)][0]!.length, letters: j - i });
    i = j;
  }
  return out;
}

/** Every passage of `text` that shares `minRun` or more letters in a row with the source. */
export function findCopied(text: string, source: PreparedSource, options: CopyOptions = DEFAULT_COPY_OPTIONS): CopiedPassage[] {
  if (source.sample) return findSampled(text, source.sample, options);
  const { minRun, quotedMax } = options;
  const { s, at } = lettersOf(text);
  const quoted = shortQuotations(text, quotedMax);
  const out: CopiedPassage[] = [];
  let i = 0;
  while (i + minRun <= s.length) {
    if (!source.grams.has(s.slice(i, i + minRun))) {
      i++;
      continue;
    }
    // Grow the run while the source still contains it.
    let j = i + minRun;
    while (j < s.length && source.letters.some((l) => l.includes(s.slice(i, j + 1)))) j++;
    let unquoted = 0;
    for (let k = i; k < j; k++) if (!quoted[at[k]!]) unquoted++;
    if (unquoted >= minRun) out.push({ start: at[i]!, end: at[j - 1]! + 1, letters: j - i });
    i = j;
  }
  return out;
}
