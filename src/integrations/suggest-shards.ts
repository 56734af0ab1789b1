/**
 * Writes the instant tier's shards (src/search/suggest.ts) into the build's output in one pass,
 * instead of one Astro endpoint render per shard, in a worker thread (suggest-shards-worker.ts) on
 * a core the build leaves idle; `astro:build:generated` waits for it.
 *
 * The worker starts as soon as the cases loader has read the collection (src/loaders/loaded-cases.ts),
 * while Astro is still generating types and bundling the site on one core; started from the pages
 * instead, its work (≈ 3 CPU-seconds at 1,000 cases) competed with rendering and with Pagefind for
 * both cores. That early start writes into a staging folder under Astro's cache folder, not into
 * the output: Astro empties the output folder after the collection is loaded, and the practices the
 * pages read are the ones that count. They come from the shard endpoint as the build lists its
 * paths (src/search/suggest-handoff.ts); the staged shards move into the output only if they were
 * made from exactly those practices, and otherwise the early worker is stopped, its staging folder
 * removed, and the shards made again from the endpoint's.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { compareCases } from '../core/collate';
import { makeRoutes, suggestDir } from '../core/routes';
import { termOf } from '../core/taxonomy';
import { closeLoadedCases, openLoadedCases, type LoadedCase } from '../loaders/loaded-cases';
import { loadTaxonomy } from '../loaders/taxonomy';
import { shardsVersion, type SuggestEntry } from '../search/suggest';
import { suggestData } from '../search/suggest-data';
import { openSuggestHandoff, takeSuggestHandoff, type SuggestHandoff } from '../search/suggest-handoff';
import type { ShardJob } from './suggest-shards-worker';

/** The staging folder under Astro's cache folder (`cacheDir`). */
export const STAGING = 'suggest-shards';

const MISSING =
  'suggest-shards: the tier’s root (search/suggest/<version>/root.json) was not rendered, so the instant tier’s shards were not written; is src/pages/search/suggest/[version]/[shard].json.ts in the build?';

/** A promise whose failure is reported where it is awaited (build:generated), not as unhandled before. */
function awaitedLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** A running shard worker: how many shards it wrote, or how it failed; `stop` ends it early. */
interface ShardWorker {
  count: Promise<number>;
  /** Its own time, from its start to its last shard written (ms). */
  ms: Promise<number>;
  stop: () => Promise<unknown>;
}

/** Starts the shard worker on `job`. */
function runWorker(job: ShardJob): ShardWorker {
  const started = performance.now();
  const worker = new Worker(new URL('./suggest-shards-worker.ts', import.meta.url), { workerData: job });
  let finished = started;
  const count = awaitedLater(
    new Promise<number>((resolve, reject) => {
      worker.once('message', (n: number) => {
        finished = performance.now();
        resolve(n);
      });
      worker.once('error', (error) => reject(new Error(`suggest-shards: writing the shards failed: ${error.message}`)));
      worker.once('exit', (code) =>
        reject(new Error(`suggest-shards: the shard worker exited with code ${code} before it wrote the shards`)),
      );
    }),
  );
  return { count, ms: awaitedLater(count.then(() => finished - started)), stop: () => worker.terminate() };
}

/** Whether two lists of practices are the same, field for field and in the same order. */
export function sameEntries(a: readonly SuggestEntry[], b: readonly SuggestEntry[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** Shards being made: from which data, for which folder of the output, from what, since when. */
interface Writing {
  data: SuggestHandoff;
  out: string;
  /** The loader's cases (made early, in a staging folder) or the pages' practices (made in `out`). */
  from: 'loader' | 'pages';
  /** Resolves once the shards are in `out`, with their number (for the loader's, once moved there). */
  done: Promise<number>;
  /** The worker's own time (ms): it runs beside the build, which waits only for what is left at the end. */
  made: Promise<number>;
  /** The early worker and its staging folder, until the endpoint's practices confirm or reject them. */
  pending?: { staging: string; worker: ShardWorker };
}

/**
 * The practices the pages will read, made from the loader's cases the way the collection module
 * makes them (src/data/archive.ts: getSuggestData). Null when they cannot be made here (a tag the
 * taxonomy lacks, an unreadable taxonomy): the build's own checks report that, with their messages.
 */
export function earlySuggestData(cases: readonly LoadedCase[], base: string): SuggestHandoff | null {
  try {
    const { tags: vocabulary } = loadTaxonomy();
    const tagOf = (slug: string) => termOf(vocabulary, slug);
    // The loader's cases come in file order; the pages read them in the archive's order.
    const { entries, tags } = suggestData([...cases].sort(compareCases), {
      tags: vocabulary.list,
      practiceUrl: makeRoutes(base).practice,
      tagOf,
    });
    return { folder: suggestDir(shardsVersion(entries, tags)), entries };
  } catch {
    return null;
  }
}

/** Moves a finished folder of shards into the output (one rename; a copy across file systems). */
function moveFolder(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

export default function suggestShards(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let base = '/';
  let building = false;
  let writing: Writing | null = null;
  /** Shards from the endpoint's practices, written straight into the output (once `after` settles). */
  const start = (data: SuggestHandoff, after: Promise<unknown> = Promise.resolve()): Writing => {
    const out = join(outDir, data.folder);
    const worker = after.then(() => runWorker({ entries: data.entries, out }));
    const done = awaitedLater(worker.then((w) => w.count));
    return (writing = { data, out, from: 'pages', done, made: awaitedLater(worker.then((w) => w.ms)) });
  };
  /**
   * Shards from the loader's cases, written into a staging folder: Astro empties the output folder
   * after the collection is loaded, and until the endpoint hands over, these are not yet known to
   * be the pages' practices.
   */
  const startEarly = (data: SuggestHandoff): void => {
    // What an earlier build left here (it failed before its shards moved out) goes first; one build
    // at a time uses a cache folder, as Astro's own content store assumes (tests/helpers/build.ts).
    rmSync(join(cacheDir, STAGING), { recursive: true, force: true });
    const staging = join(cacheDir, STAGING, data.folder);
    const worker = runWorker({ entries: data.entries, out: staging });
    const out = join(outDir, data.folder);
    writing = { data, out, from: 'loader', done: worker.count, made: worker.ms, pending: { staging, worker } };
  };
  /** The endpoint's practices: early shards made from the same ones move into the output; others are made again. */
  const settle = (data: SuggestHandoff): Writing => {
    const current = writing;
    if (!current) return start(data);
    if (!current.pending) return current;
    const { staging, worker } = current.pending;
    if (current.out === join(outDir, data.folder) && sameEntries(current.data.entries, data.entries)) {
      const done = awaitedLater(worker.count.then((n) => (moveFolder(staging, current.out), n)));
      const { pending: _confirmed, ...settled } = current;
      return (writing = { ...settled, done });
    }
    // Made from other data: that worker stops, its staging folder goes, and the shards are made again.
    return start(
      data,
      worker.stop().then(() => rmSync(staging, { recursive: true, force: true })),
    );
  };
  return {
    name: 'practice-archive:suggest-shards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
        writing = null;
        if (!building) return;
        // The loader hands over during content sync, which comes after this hook in a build.
        openLoadedCases((cases) => {
          const data = earlySuggestData(cases, base);
          if (data) startEarly(data);
        });
        openSuggestHandoff(settle);
      },
      'astro:build:start': () => {
        // The sync is over: a loader that did not hand over by now will not.
        closeLoadedCases();
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const data = takeSuggestHandoff();
        if (!data) throw new Error(MISSING);
        // Handed over only as the root rendered (no paths listed first): write now.
        outDir = fileURLToPath(dir);
        const { done, made, from } = settle(data);
        const waiting = performance.now();
        const n = await done;
        const waited = performance.now() - waiting;
        const when = from === 'loader' ? 'started when the collection was loaded' : 'started from the pages';
        logger.info(
          `wrote ${n} suggestion shards (${Math.round(await made)} ms in a worker thread, ${when}; ` +
            `the build waited ${Math.round(waited)} ms for them) → ${data.folder}`,
        );
      },
    },
  };
}
