/**
 * Watching the process Pagefind's Node API starts. The API does not notice that process ending: one
 * that panics (Pagefind does on a write error, such as a file where the index's folder should be)
 * leaves every call to the API waiting forever. A build waiting on it then hangs in a worker thread,
 * or, in Astro's own process, ends once nothing else keeps Node running — as if it had succeeded,
 * with no index written.
 *
 * The API starts its process through `child_process.spawn` the first time it is asked for an index.
 * `startWatched` wraps `spawn` for exactly that call and puts it back at once, so no other spawn in
 * the process is touched. `openWatchedIndex` opens an index that way, for the integration and for
 * the part worker alike. Node loads this file itself in the part worker (pagefind-part-worker.ts),
 * so it imports only Pagefind and Node's own modules.
 */
import childProcess from 'node:child_process';
import * as pagefind from 'pagefind';

/** Anything that keeps the build from writing its search index; the build fails with its message. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export interface Watched<T> {
  /** What `start` returned. */
  result: T;
  /** Rejects with `describe`'s message if a process `start` spawned ends before `closing()`. */
  stopped: Promise<never>;
  /** Says the process is about to be closed on purpose, so its end is not a failure. */
  closing: () => void;
}

/** Runs `start` (which starts Pagefind's process, if it is not running), watching what it spawns. */
export function startWatched<T>(start: () => T, describe: (code: number | null, signal: NodeJS.Signals | null) => string): Watched<T> {
  const spawn = childProcess.spawn;
  let closing = false;
  let reject: (error: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, r) => (reject = r));
  // Whoever waits on Pagefind races its call against this; until then it must not go unhandled.
  stopped.catch(() => undefined);
  childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
    const child = spawn(...args);
    child.once('exit', (code, signal) => {
      if (!closing) reject(new Error(describe(code, signal)));
    });
    return child;
  }) as typeof spawn;
  try {
    return { result: start(), stopped, closing: () => void (closing = true) };
  } finally {
    childProcess.spawn = spawn;
  }
}

/** The message for a Pagefind process that ended before it wrote `outputPath`. */
export function stoppedBefore(outputPath: string): (code: number | null, signal: NodeJS.Signals | null) => string {
  return (code, signal) => `Pagefind's process stopped (${signal ?? `exit code ${code}`}) before it wrote ${outputPath}`;
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** An index, and its process's end if that comes before the index is closed on purpose. */
export interface OpenIndex {
  index: PagefindIndex;
  /** Rejects (SearchIndexError) if Pagefind's process ends before `close`. */
  stopped: Promise<never>;
  /** Closes Pagefind's process. */
  close: () => Promise<unknown>;
}

/**
 * A new index with Pagefind's options `config`, its process watched; `outputPath` is where it will
 * be written, for the message if the process stops first. The chunk size is read from the
 * environment when the process starts, so the caller sets it before.
 */
export async function openWatchedIndex(
  config: { forceLanguage: string; excludeSelectors: string[] },
  outputPath: string,
): Promise<OpenIndex> {
  const watched = startWatched(() => pagefind.createIndex(config), stoppedBefore(outputPath));
  const stopped = watched.stopped.catch((error: Error) => {
    throw new SearchIndexError(error.message);
  });
  stopped.catch(() => undefined);
  const { index, errors } = await Promise.race([watched.result, stopped]);
  if (!index || errors.length) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
  return { index, stopped, close: () => (watched.closing(), pagefind.close()) };
}

/** `work`, unless Pagefind's process stops first (then its `stopped` error). */
export const unlessStopped = <T>(work: Promise<T>, opened: Pick<OpenIndex, 'stopped'>): Promise<T> => Promise.race([work, opened.stopped]);
