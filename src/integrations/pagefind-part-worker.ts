/**
 * The worker thread that writes one part of a large archive's index (src/search/search-parts.ts),
 * so that several parts are written at once, one per core (pagefind.ts, `buildSearchIndex`).
 *
 * Pagefind's Node API keeps one Pagefind process per loaded copy of its module, and that process
 * reads its pages one at a time and writes on one thread. A worker thread loads its own copy, so each
 * part gets its own process. The integration reads and trims the pages (`indexedPage`) and sends
 * them here in slug order; they reach Pagefind in that order, which is how it breaks ties, so a part
 * comes out the same whether it was written alone or beside others.
 *
 * Node loads this file itself (its own type stripping, no bundler), so it imports only Node's own
 * modules and pagefind-process.ts (which imports only Pagefind and Node's), naming each file in full.
 * That file opens the index and watches its process, which the API alone would not notice dying.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openWatchedIndex, unlessStopped } from './pagefind-process.ts';

/** What the integration starts the worker with. */
export interface PartJob {
  /** Pagefind's index options, as the integration's own index uses them. */
  config: { forceLanguage: string; excludeSelectors: string[] };
  /** Word positions per index chunk, for the environment of this worker's Pagefind process. */
  chunkSize: string;
  /** The folder this part is written to. */
  outputPath: string;
}

/** From the integration: a page to add (in order), then `write` once every page was sent. */
export type PartRequest = { kind: 'page'; url: string; html: string } | { kind: 'write' };

/** To the integration: a page Pagefind has read, the part written, or what went wrong. */
export type PartReply = { kind: 'added'; url: string } | { kind: 'written'; pages: number } | { kind: 'failed'; message: string };

function run(port: NonNullable<typeof parentPort>, job: PartJob): void {
  const send = (reply: PartReply) => port.postMessage(reply);
  let pages = 0;
  let failed = false;
  // Read by the Pagefind process when it starts, which is at the first index below.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = job.chunkSize;
  const opening = openWatchedIndex(job.config, job.outputPath);
  const fail = (message: string): void => {
    if (failed) return;
    failed = true;
    void opening.then((opened) => opened.close()).catch(() => undefined);
    send({ kind: 'failed', message });
  };
  opening.then(
    (opened) => opened.stopped.catch((error: Error) => fail(error.message)),
    (error: Error) => fail(error.message),
  );
  // Listening from the start, so no request waits on Pagefind starting. Each page goes to Pagefind
  // as it arrives, without waiting for the one before: its process takes them off one pipe in
  // order, so the order holds and Pagefind never waits for the next page.
  port.on('message', (request: PartRequest) => {
    if (failed) return;
    if (request.kind === 'page') {
      pages++;
      void opening
        .then((opened) => opened.index.addHTMLFile({ url: request.url, content: request.html }))
        .then(
          (added) => {
            if (added.errors.length) fail(`Pagefind could not index ${request.url}: ${added.errors.join('; ')}`);
            else send({ kind: 'added', url: request.url });
          },
          (error: unknown) => fail(`Pagefind could not index ${request.url}: ${String(error)}`),
        );
      return;
    }
    void opening
      .then((opened) => unlessStopped(opened.index.writeFiles({ outputPath: job.outputPath }), opened))
      .then(
        async (written) => {
          if (written.errors.length) return fail(`Pagefind could not write ${job.outputPath}: ${written.errors.join('; ')}`);
          await (await opening).close();
          send({ kind: 'written', pages });
        },
        (error: unknown) => fail(`Pagefind could not write ${job.outputPath}: ${String(error)}`),
      );
  });
}

// Run as the integration's worker; imported anywhere else (a test, a type), it only exports types.
const job = workerData as Partial<PartJob> | null;
if (parentPort && typeof job?.outputPath === 'string' && typeof job.chunkSize === 'string' && job.config) run(parentPort, job as PartJob);
