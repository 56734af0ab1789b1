/**
 * The worker thread that builds and writes the instant tier's shards (src/search/suggest.ts), so
 * the build's main thread goes on rendering pages while it does: at 1,000 cases the shards are
 * ≈ 8,000 files and ≈ 1 CPU-second of work (cutting them ≈ 0.5 s, writing them 0.5 s). Node loads this file
 * itself (its own type stripping, no bundler), so every import names its file with its extension.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { buildShards, shardFile, type SuggestEntry } from '../search/suggest.ts';

/** What the integration sends: the practices, and the folder their shards go in. */
export interface ShardJob {
  entries: readonly SuggestEntry[];
  out: string;
}

/** Builds every shard of `job.entries` and writes each as `<key>.json` into `job.out`; returns how many. */
export function writeShards(job: ShardJob): number {
  const built = buildShards(job.entries);
  mkdirSync(job.out, { recursive: true });
  for (const key of built.shards.keys()) writeFileSync(join(job.out, `${key}.json`), JSON.stringify(shardFile(key, built)));
  return built.shards.size;
}

// Run as the integration's worker; imported anywhere else (a test), it only exports writeShards.
const job = workerData as Partial<ShardJob> | null;
if (parentPort && Array.isArray(job?.entries) && typeof job.out === 'string') parentPort.postMessage(writeShards(job as ShardJob));
