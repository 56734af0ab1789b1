/**
 * `node --import ./scripts/ts-hooks.mjs scripts/bench/server-standin.ts N [--out FILE]`
 *
 * What a search server would cost the reader, measured against a stand-in (docs/scaling.md): the
 * servers that segment Chinese (Meilisearch, Typesense, OpenSearch) cannot be installed on this
 * machine, so this one stands in for them. It indexes the kept bench corpus (`.cache/bench-N/`,
 * from `npm run bench -- --cases N --keep`) by character pairs, as CJK n-gram analysers do, answers
 * `/api/search?q=` with the top ten cases (url, title, unit, a 60-character excerpt), and serves the
 * built site beside it. Chromium then runs the bench's queries through `fetch` from the home page:
 * the first query's bytes and time, and the median of 20 more. Its ranking is a stand-in's (pairs
 * matched, then title), so only the cost is measured here, not the quality.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { median, round } from './budgets.ts';
import { readTaxonomy } from './generate.ts';
import { launchBrowser, queries } from './steps/browser.ts';
import { serveDir } from '../static-server.ts';
import { casePath } from '../../src/core/routes.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const N = Number(process.argv[2]);
const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : undefined;
const scratch = join(ROOT, '.cache', `bench-${N}`);

interface Doc {
  url: string;
  title: string;
  unit: string;
  text: string;
}

const pairs = (text: string) => {
  const chars = Array.from(text.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, ''));
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i]! + chars[i + 1]!);
  return set;
};

const t0 = performance.now();
const docs: Doc[] = [];
const postings = new Map<string, number[]>();
for (const f of readdirSync(join(scratch, 'content', 'cases')).sort()) {
  const src = readFileSync(join(scratch, 'content', 'cases', f), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(src)!;
  const fm = parse(m[1]!) as { title: string; unit: { name: string }; practices: { name: string; aliases?: string[] }[] };
  const text = [fm.title, fm.unit.name, ...fm.practices.flatMap((p) => [p.name, ...(p.aliases ?? [])]), src.slice(m[0].length)].join('\n');
  const id = docs.push({ url: `/${casePath(f.replace(/\.mdx$/, ''))}`, title: fm.title, unit: fm.unit.name, text }) - 1;
  for (const p of pairs(text)) {
    const list = postings.get(p);
    if (list) list.push(id);
    else postings.set(p, [id]);
  }
}
const indexSeconds = (performance.now() - t0) / 1000;
const heapMB = process.memoryUsage().rss / 1024 / 1024;

function search(q: string) {
  const qp = [...pairs(q)];
  const score = new Map<number, number>();
  for (const p of qp) for (const id of postings.get(p) ?? []) score.set(id, (score.get(id) ?? 0) + 1);
  const top = [...score.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 10);
  return {
    total: score.size,
    results: top.map(([id]) => {
      const d = docs[id]!;
      const at = Math.max(0, d.text.indexOf(q.slice(0, 2)));
      return { url: d.url, title: d.title, unit: d.unit, excerpt: d.text.slice(Math.max(0, at - 20), at + 40) };
    }),
  };
}

const site = await serveDir(join(scratch, 'dist'), '/');
let apiBytes = 0;
const api = createServer((req, res) => {
  const q = new URL(req.url ?? '/', 'http://x').searchParams.get('q') ?? '';
  const body = Buffer.from(JSON.stringify(search(q)));
  apiBytes += body.length;
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
  res.end(body);
});
await new Promise<void>((r) => api.listen(0, '127.0.0.1', r));
const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/search?q=`;

const qs = queries(readTaxonomy(join(ROOT, 'content')));
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(site.url, { waitUntil: 'networkidle' });
  const run = (q: string) =>
    page.evaluate(
      async ([url, q]) => {
        const t = performance.now();
        const r = (await (await fetch(url + encodeURIComponent(q))).json()) as { results: unknown[] };
        return { ms: performance.now() - t, hits: r.results.length };
      },
      [apiUrl, q] as const,
    );
  const before = apiBytes;
  const first = await run(qs[0]!);
  const firstKB = (apiBytes - before) / 1024;
  const times: number[] = [];
  for (const q of qs.slice(1, 21)) times.push((await run(q)).ms);
  const result = {
    cases: N,
    standIn: 'character-pair index in one Node process',
    indexSeconds: round(indexSeconds),
    serverRssMB: Math.round(heapMB),
    distinctPairs: postings.size,
    firstQueryKB: round(firstKB),
    firstQueryMs: Math.round(first.ms),
    medianQueryMs: Math.round(median(times)),
    note: 'response bodies only (uncompressed); the client code is a fetch and a list, ≈ 1 KB',
  };
  console.log(JSON.stringify(result, null, 2));
  if (out) writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  await site.close();
  api.close();
}
