/**
 * The way past a static index, measured (issue 24, docs/scaling.md): the stand-in search server
 * (scripts/search-server/standin.ts) indexes the built case pages and answers from the site's own
 * origin; in Chromium, a page that has loaded nothing of search sends the first query and then the
 * 20 further ones the Pagefind figures use, each as the client would: one POST, its JSON, and ten
 * results put into a list. What it costs the build (documents read and indexed, memory) and the
 * reader (bytes and time per query) is what the bench records; relevance is not (the stand-in's
 * ranking is not a real engine's).
 */
import type { Browser } from 'playwright-core';
import { median, round } from '../budgets.ts';
import { caseDocuments } from '../../search-server/documents.ts';
import { SEARCH_ROUTE, StandinIndex, answerSearch } from '../../search-server/standin.ts';
import { serveDir } from '../../static-server.ts';
import { FACETS } from '../../../src/search/state.ts';

export interface SearchServerFigures {
  documents: number;
  /** Reading the case pages into documents, and indexing them. */
  documentsSeconds: number;
  indexSeconds: number;
  /** The Node process's resident memory once the index is built (the bench's own process included). */
  rssMB: number;
  firstQueryKB: number;
  firstQueryMs: number;
  medianQueryMs: number;
  worstQueryMs: number;
  /** Mean bytes of one answer (ten results with excerpts, the facet counts). */
  meanAnswerKB: number;
  queriesWithoutHits: number;
}

/** The facets the search page's filter panel counts, asked of the server with every query. */
const FACET_KEYS = FACETS.map((f) => f.key);

export async function measureSearchServer(
  browser: Browser,
  dist: string,
  qs: string[],
  log: (msg: string) => void,
): Promise<SearchServerFigures> {
  let t = performance.now();
  const docs = caseDocuments(dist);
  const documentsSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const index = new StandinIndex(docs);
  const indexSeconds = (performance.now() - t) / 1000;
  const rssMB = process.memoryUsage().rss / 1024 / 1024;
  log(
    `  stand-in search server: ${docs.length} documents read in ${documentsSeconds.toFixed(1)} s, indexed in ${indexSeconds.toFixed(1)} s (RSS ${Math.round(rssMB)} MB)`,
  );
  const served = await serveDir(dist, '/', (req, res) => answerSearch(index, req, res));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(served.url, { waitUntil: 'networkidle' });
    const ask = (q: string) =>
      page.evaluate(
        async ([route, q, facets]) => {
          const t0 = performance.now();
          const res = await fetch(route as string, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ q, limit: 10, facets }),
          });
          const data = (await res.json()) as {
            hits: { url: string; title: string; unit: string; _formatted: { text: string } }[];
            estimatedTotalHits: number;
          };
          // The client's work: the ten results as list items (the excerpt is server-escaped HTML with <em>).
          const list = document.createElement('ol');
          for (const hit of data.hits) {
            const li = document.createElement('li');
            const a = document.createElement('a');
            a.href = hit.url;
            a.textContent = hit.title;
            const p = document.createElement('p');
            p.innerHTML = hit._formatted.text;
            li.append(a, ` ${hit.unit}`, p);
            list.append(li);
          }
          document.body.append(list);
          list.getBoundingClientRect();
          list.remove();
          return { ms: performance.now() - t0, hits: data.estimatedTotalHits };
        },
        [SEARCH_ROUTE, q, FACET_KEYS] as const,
      );
    const before = served.bytesSent();
    const first = await ask(qs[0]!);
    const firstBytes = served.bytesSent() - before;
    const times: number[] = [];
    let noHits = 0;
    const start = served.bytesSent();
    for (const q of qs.slice(1, 21)) {
      const r = await ask(q);
      times.push(r.ms);
      if (r.hits === 0) noHits++;
    }
    return {
      documents: docs.length,
      documentsSeconds: round(documentsSeconds),
      indexSeconds: round(indexSeconds),
      rssMB: Math.round(rssMB),
      firstQueryKB: round(firstBytes / 1024),
      firstQueryMs: Math.round(first.ms),
      medianQueryMs: Math.round(median(times)),
      worstQueryMs: Math.round(Math.max(...times)),
      meanAnswerKB: round((served.bytesSent() - start) / 1024 / Math.max(1, times.length)),
      queriesWithoutHits: noHits,
    };
  } finally {
    await context.close();
    await served.close();
  }
}
