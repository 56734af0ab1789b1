/**
 * Writes the instant tier's shards (src/search/suggest.ts) into the build's output in one pass,
 * instead of one Astro endpoint render per shard. The practices come from the shard endpoint as
 * the build lists its paths (src/search/suggest-handoff.ts), and a worker thread
 * (suggest-shards-worker.ts) builds and writes the shards on the core the renderer leaves idle;
 * `astro:build:generated` waits for it.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { openSuggestHandoff, takeSuggestHandoff, type SuggestHandoff } from '../search/suggest-handoff';
import type { ShardJob } from './suggest-shards-worker';

const MISSING =
  'suggest-shards: the tag table (search/suggest/<version>/tags.json) was not rendered, so the instant tier’s shards were not written; is src/pages/search/suggest/[version]/[shard].json.ts in the build?';

/** Runs the shard worker on `job`; resolves with the number of shards written. */
function runWorker(job: ShardJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./suggest-shards-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (count: number) => resolve(count));
    worker.once('error', (error) => reject(new Error(`suggest-shards: writing the shards failed: ${error.message}`)));
    worker.once('exit', (code) => code !== 0 && reject(new Error(`suggest-shards: the shard worker exited with code ${code}`)));
  });
}

export default function suggestShards(): AstroIntegration {
  let outDir = '';
  let writing: { started: number; count: Promise<number> } | null = null;
  const start = (data: SuggestHandoff) => {
    const count = runWorker({ entries: data.entries, out: join(outDir, data.folder) });
    // Awaited at build:generated; until then a failure must not go unhandled.
    count.catch(() => undefined);
    return (writing = { started: performance.now(), count });
  };
  return {
    name: 'practice-archive:suggest-shards',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        writing = null;
        openSuggestHandoff(start);
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const data = takeSuggestHandoff();
        if (!data) throw new Error(MISSING);
        // Handed over only as the tag table rendered (no paths listed first): write now.
        outDir = fileURLToPath(dir);
        const { started, count } = writing ?? start(data);
        const n = await count;
        logger.info(`wrote ${n} suggestion shards (${Math.round(performance.now() - started)} ms, in a worker thread) → ${data.folder}`);
      },
    },
  };
}
