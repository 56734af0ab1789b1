/**
 * Watching the process Pagefind's Node API starts. The API does not notice that process ending: one
 * that panics (Pagefind does on a write error, such as a file where the index's folder should be)
 * leaves every call to the API waiting forever. A build waiting on it then hangs in a worker thread,
 * or, in Astro's own process, ends once nothing else keeps Node running — as if it had succeeded,
 * with no index written.
 *
 * The API starts its process through `child_process.spawn` the first time it is asked for an index.
 * `startWatched` wraps `spawn` for exactly that call and puts it back at once, so no other spawn in
 * the process is touched. Node loads this file itself in the part worker (pagefind-part-worker.ts),
 * so it imports only Node's own modules.
 */
import childProcess from 'node:child_process';

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
