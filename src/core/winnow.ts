/**
 * Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): a sample of the hashes of a text's runs
 * of `k` letters that still finds every long run the text shares with another. Of every `w`
 * consecutive run hashes, the smallest is kept (the rightmost on a tie), so a shared run of
 * `k + w - 1` letters or more always shares a kept hash, and a kept hash that matches is a shared
 * run of `k` letters. The sample is what the repository keeps of a page published by others for the
 * copy check: roughly one hash in `(w + 1) / 2`, each cut to 32 bits, so neither the runs nor the
 * text can be rebuilt from it character by character. Pure: no I/O, imports nothing.
 */

/** The parameters the archive winnows with: a run is as long as the copy check's shortest copied run. */
export interface WinnowParams {
  /** Letters in one run (the copy check's `minRun`: a matching hash is a copied run). */
  readonly k: number;
  /** Window of run hashes from which one is kept; every shared run of k + w − 1 letters is found. */
  readonly w: number;
}

export const WINNOW: WinnowParams = { k: 20, w: 4 };

/** FNV-1a over the UTF-16 code units of `s`, 32 bits: the same number on every machine. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The hash of each run of `k` letters in `letters` (as code points), in order. */
export function runHashes(letters: string, k: number): number[] {
  const chars = [...letters];
  const out: number[] = [];
  for (let i = 0; i + k <= chars.length; i++) out.push(hash32(chars.slice(i, i + k).join('')));
  return out;
}

/** The winnowed sample of `letters`: sorted, without repeats. */
export function winnow(letters: string, { k, w }: WinnowParams = WINNOW): number[] {
  const hashes = runHashes(letters, k);
  const kept = new Set<number>();
  if (hashes.length > 0 && hashes.length < w) kept.add(Math.min(...hashes));
  for (let i = 0; i + w <= hashes.length; i++) {
    let min = i;
    for (let j = i + 1; j < i + w; j++) if (hashes[j]! <= hashes[min]!) min = j;
    kept.add(hashes[min]!);
  }
  return [...kept].sort((a, b) => a - b);
}

/**
 * The runs of `letters` whose hash is in `sample`: each a start offset (in code points) of a run of
 * `k` letters the sampled text also holds (up to a 32-bit hash collision).
 */
export function sampledRunsIn(letters: string, sample: ReadonlySet<number>, k: number = WINNOW.k): number[] {
  return runHashes(letters, k).flatMap((h, i) => (sample.has(h) ? [i] : []));
}
