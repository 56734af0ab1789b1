/**
 * Pagefind keeps every word of every page in memory until it writes the index, and Chinese
 * segmentation makes that about 1.3 MB per case page: one index of 5,000 cases needs about 6 GB.
 * Past PART_SIZE case pages the index is written in parts, each by a fresh Pagefind process, and
 * the search page merges them when it loads (Pagefind's `mergeIndex`). Below it, one index.
 * The build and the search page both derive the parts from the number of cases, so they agree.
 */
import { indexPartDir } from '../core/routes';

// Each part a reader's first search must also load (its WASM, meta and index chunks: at 5,000 cases,
// 4 parts cost 898 KB and 1.8 s, 2 parts 744 KB and 1.3 s), so parts are as large as memory allows:
// 2,500 case pages peak at about 3 GB in Pagefind, under the 4,000 MB ceiling (docs/performance.md).
const DEFAULT_PART_SIZE = 2500;

/**
 * What one case page costs Pagefind's process in memory until it writes (MB, measured at 2,500 to
 * 10,000 cases): the build writes only as many parts at once as the machine's free memory holds.
 */
export const PAGEFIND_MB_PER_PAGE = 1.3;

/**
 * A count set in the environment (`name`), or undefined when it is not set (or set empty, as
 * `NAME= npm run build` does). Anything but a whole number of 1 or more stops the build: a typo
 * that quietly fell back to the default would build an index other than the one asked for.
 */
export function countSetting(env: Record<string, string | undefined>, name: string, unit: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} is "${raw}": it must be a whole number of ${unit}, 1 or more`);
  return n;
}

/** Case pages per index part; `PAGEFIND_PART_SIZE` overrides it (tests use a tiny size). */
export function partSize(env: Record<string, string | undefined> = process.env): number {
  return countSetting(env, 'PAGEFIND_PART_SIZE', 'case pages') ?? DEFAULT_PART_SIZE;
}

/** How many index parts an archive of `cases` case pages is written in. */
export function partCount(cases: number, size = partSize()): number {
  return Math.max(1, Math.ceil(cases / size));
}

/** Folder of part `i` (0-based) in the build: the first is Pagefind's usual `pagefind/`. */
export const partDir = indexPartDir;

/**
 * Folders of the parts a search merges into the first one (`pagefind-2` …): none below the part
 * size. The search page and the bench both load the index this way.
 */
export function mergedPartDirs(cases: number, size = partSize()): string[] {
  return Array.from({ length: partCount(cases, size) - 1 }, (_, i) => partDir(i + 1));
}

/** Splits items (already in a stable order) into `parts` runs of near-equal length. */
export function splitIntoParts<T>(items: readonly T[], parts: number): T[][] {
  const per = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * per, (i + 1) * per));
}
