/**
 * `npm run bench -- --cases N [--out FILE] [--check] [--lighthouse | --no-lighthouse] [--keep]`
 * `npm run bench -- --cases N --peer starlight [--runs R]`: the same corpus built with Starlight too,
 *   both sites built and measured in turn R times; prints both and the ratios archive/Starlight
 * `npm run bench -- --chart docs/performance-chart.svg docs/perf/*.json`
 * `npm run bench -- --help`: this usage
 *
 * Generates N synthetic cases into a scratch copy of the project (.cache/bench-N/, never
 * content/), builds it cold, indexes it, serves it and measures it in Chromium. See
 * docs/performance.md for what each figure means and the results. This file reads the arguments
 * and runs the steps in order; each step is a module under ./steps/.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCase, readTaxonomy } from './generate.ts';
import { checkBudgets, formatTable, round, type BenchResult } from './budgets.ts';
import { comparePeer, formatPeer, type PeerFigures, type PeerRun } from './peer/compare.ts';
import type { Browser } from 'playwright-core';
import type { Timed } from './process.ts';
import { buildStarlight, installStarlight, starlightVersions, writeStarlightSite } from './peer/starlight.ts';
import { measureFirstResult, type FirstResult, type FirstResultTarget } from './steps/first-result.ts';
import { measureQueries } from './steps/queries.ts';
import { SCRATCH_CACHE } from './scratch.ts';
import { Trash } from './trash.ts';
import { costChart } from './chart.ts';
import { serveDir } from '../static-server.ts';
import { describeBrowser, findBrowser } from '../browser.ts';
import { CASE_ROUTE, FIXED, casePath, htmlFile, indexPartDir, normaliseBase, routeOf } from '../../src/core/routes.ts';
import { MB, sizeOf, walk } from './files.ts';
import { argumentProblem } from '../cli-args.ts';
import { prepare } from './steps/prepare.ts';
import { buildAndIndex } from './steps/build.ts';
import { archiveTarget, launchBrowser, measureBrowser, queries } from './steps/browser.ts';
import { measureLighthouse } from './steps/lighthouse.ts';
import { measureSearchServer } from './steps/search-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const log = (msg: string) => process.stdout.write(`[bench] ${msg}\n`);

const OPTIONS = {
  cases: { type: 'string', default: '100' },
  out: { type: 'string' },
  check: { type: 'boolean', default: false },
  lighthouse: { type: 'boolean' },
  'no-lighthouse': { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
  seed: { type: 'string', default: '1' },
  chart: { type: 'string' },
  peer: { type: 'string' },
  runs: { type: 'string', default: '1' },
  'search-server': { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** What --help prints: every way to run the bench, and where the figures are explained. */
const USAGE = `npm run bench -- --cases N [--out FILE] [--check] [--lighthouse | --no-lighthouse] [--keep] [--seed S]
npm run bench -- --cases N --peer starlight [--runs R] [--out FILE]
npm run bench -- --cases N --search-server standin [--out FILE]
npm run bench -- --chart FILE.svg docs/perf/*.json

  --cases N         synthetic cases to generate into .cache/bench-N/ (default 100)
  --peer starlight  build the same corpus with Starlight too and print the ratios archive/Starlight
  --runs R          build and measure both sites R times in turn; medians of the per-run ratios
  --out FILE        write the figures as JSON (docs/perf/ keeps the runs the docs cite)
  --check           exit 1 when a budget that applies at N cases is broken (CI's small bench)
  --lighthouse      run Lighthouse (default only at 1,000–4,999 cases); --no-lighthouse to skip
  --keep            keep .cache/bench-N/ (the scratch copy and its dist) afterwards
  --seed S          seed of the synthetic corpus (default 1)
  --chart FILE.svg  draw the cost chart from the JSON files named after it
  --search-server standin
                    also index the build with the stand-in search server and measure its queries
                    from Chromium (scripts/search-server/; docs/scaling.md)

What each figure means and the results: docs/performance.md; cost against size: docs/scaling.md.`;

// A mistyped flag gets the same one-line answer as the other tools, not a stack trace.
const { values: args, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`✗ ${argumentProblem(error, OPTIONS, 'npm run bench -- --help 查看用法')}`);
    process.exit(1);
  }
})();

if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

// ── chart mode ─────────────────────────────────────────────────────────────
if (args.chart && positionals.length > 0) {
  const results = positionals.map((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchResult);
  writeFileSync(args.chart, costChart(results));
  log(`chart of ${results.length} runs written to ${args.chart}`);
  process.exit(0);
}

const N = Number(args.cases);
if (!Number.isInteger(N) || N < 1) {
  console.error('--cases must be a positive whole number');
  process.exit(2);
}
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('--runs must be a positive whole number');
  process.exit(2);
}
if (args.peer !== undefined && args.peer !== 'starlight') {
  console.error(`--peer: the one peer the bench knows is starlight, not ${JSON.stringify(args.peer)}`);
  process.exit(2);
}
if (args['search-server'] !== undefined && args['search-server'] !== 'standin') {
  console.error(`--search-server: the one server the bench knows is standin, not ${JSON.stringify(args['search-server'])}`);
  process.exit(2);
}
const runLighthouse = args['no-lighthouse'] ? false : (args.lighthouse ?? (N >= 1000 && N < 5000));
const SCRATCH = join(ROOT, '.cache', `bench-${N}`);
const DIST = join(SCRATCH, 'dist');
// What the bench would delete before a cold build, set aside until every figure is measured (trash.ts says why).
const trash = new Trash(join(ROOT, '.cache', 'bench-trash'));
const discard = (path: string) => trash.setAside(path);

// ── the peer, and what both sites are measured on ───────────────────────────
/** The archive's search box as a reader meets it on the home page: the instant tier's list answers. */
const archiveBox = (url: string, bytesSent: () => number): FirstResultTarget => ({
  url,
  click: 'input[data-suggest]',
  input: 'input[data-suggest]',
  entries: '[role=listbox] [role=option]',
  bytesSent,
});
/** Starlight's: a button opens its search dialog, Pagefind's default UI lists pages and their headings. */
const starlightBox = (url: string, bytesSent: () => number): FirstResultTarget => ({
  url,
  click: 'button[data-open-modal]',
  input: '#starlight__search input',
  entries: '.pagefind-ui__result-link',
  // At 10,000 cases its first five results need not hold the practice typed: then its answer
  // ("1,527 results for …") is what the reader gets first, and the run says the practice was not shown.
  answered: '.pagefind-ui__message',
  bytesSent,
});

async function withBrowser<T>(f: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    return await f(browser);
  } finally {
    await browser.close();
  }
}

async function buildPeer(site: string): Promise<Timed> {
  log('building Starlight (cold)…');
  const built = await buildStarlight(site, discard);
  log(`  Starlight ${built.seconds.toFixed(1)} s (its Pagefind included), peak RSS ${Math.round(built.peakRssMB)} MB`);
  return built;
}

async function measurePeer(site: string, built: Timed, typed: string, qs: string[]): Promise<PeerFigures & { firstResultShown: boolean }> {
  log('measuring Starlight in Chromium…');
  const server = await serveDir(join(site, 'dist'), '/');
  try {
    return await withBrowser(async (b) => ({
      buildPlusIndexSeconds: built.seconds,
      ...(await measureFirstResult(b, starlightBox(server.url, server.bytesSent), typed)),
      // Starlight's Pagefind with its defaults (what its search dialog uses), one index.
      ...(await measureQueries(
        b,
        { url: server.url, bundle: `${server.url}pagefind/pagefind.js`, options: {}, parts: [], bytesSent: server.bytesSent },
        qs,
      )),
    }));
  } finally {
    await server.close();
  }
}

// ── main ───────────────────────────────────────────────────────────────────
async function main() {
  const [load1] = loadavg();
  log(`${N} synthetic cases → ${relative(ROOT, SCRATCH)} (load average ${load1!.toFixed(2)})`);
  const tax = readTaxonomy(join(ROOT, 'content'));
  const t0 = performance.now();
  discard(SCRATCH);
  const { meanChars } = prepare(ROOT, SCRATCH, N, Number(args.seed), tax);
  log(`  generated in ${((performance.now() - t0) / 1000).toFixed(1)} s (mean ${meanChars} Chinese characters)`);

  const qs = queries(tax);
  // The first result is timed on a practice's name, typed as a reader would (the first case's first practice).
  const typed = generateCase(tax, 0, Number(args.seed)).practiceNames[0]!;
  const peerSite = args.peer
    ? writeStarlightSite(installStarlight(ROOT, log), `bench-${N}`, join(SCRATCH, 'content', 'cases'), discard)
    : undefined;
  const starlight = peerSite?.site;
  if (peerSite) {
    const pages = peerSite.pages;
    log(
      `  the same ${pages} cases as Starlight pages (${Object.entries(starlightVersions())
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
    );
  }
  const runs: PeerRun[] = [];

  log(RUNS > 1 ? `run 1 of ${RUNS}: building the archive (cold)…` : 'building (cold)…');
  const built = await buildAndIndex(ROOT, SCRATCH, N, log);
  log(
    `  build ${built.buildSeconds.toFixed(1)} s, index ${built.indexSeconds.toFixed(1)} s, peak RSS ${Math.round(built.peakRssMB)} MB (all its processes at once: ${built.peakTotalMB} MB)`,
  );
  const peerBuilt = starlight ? await buildPeer(starlight) : undefined;

  const files = walk(DIST);
  const rel = (f: string) => relative(DIST, f).split('\\').join('/');
  const html = files.filter((f) => f.endsWith('.html'));
  const listing: Record<string, { pages: number; maxKB: number }> = {};
  for (const f of html) {
    const route = routeOf(rel(f));
    const kb = statSync(f).size / 1024;
    const entry = (listing[route] ??= { pages: 0, maxKB: 0 });
    entry.pages++;
    entry.maxKB = Math.max(entry.maxKB, round(kb));
  }

  log('serving and measuring in Chromium…');
  log(`  ${describeBrowser(await findBrowser())}`);
  const base = normaliseBase(process.env.BASE_PATH ?? '/');
  const server = await serveDir(DIST, base);
  const caseIndexes = [0, 1, 2, 3, 4].map((k) => Math.floor((k * N) / 5));
  const casePaths = [...new Set(caseIndexes)].map((i) => `/${casePath(`bench-${String(i + 1).padStart(5, '0')}`)}`);
  let browser: Awaited<ReturnType<typeof measureBrowser>>;
  let lighthouse: Record<string, Record<string, number>> | undefined;
  let firstResult: FirstResult;
  try {
    browser = await measureBrowser(N, server.url, casePaths, qs, server.bytesSent);
    firstResult = await withBrowser((b) => measureFirstResult(b, archiveBox(server.url, server.bytesSent), typed));
    if (runLighthouse) {
      log('Lighthouse…');
      const searchPath = existsSync(join(DIST, htmlFile(FIXED.search))) ? `/${FIXED.search}` : `/${FIXED.home}`;
      lighthouse = await measureLighthouse(server.url, { home: `/${FIXED.home}`, case: casePaths[0]!, search: searchPath }, log);
    }
  } finally {
    await server.close();
  }
  const searchServer = args['search-server'] ? await withBrowser((b) => measureSearchServer(b, DIST, qs, log)) : undefined;
  const firstPeer = starlight && peerBuilt ? await measurePeer(starlight, peerBuilt, typed, qs) : undefined;
  runs.push({
    archive: { buildPlusIndexSeconds: built.buildSeconds + built.indexSeconds, ...firstResult, ...browser },
    peer: firstPeer,
    shown: { archive: firstResult.firstResultShown, ...(firstPeer ? { peer: firstPeer.firstResultShown } : {}) },
    cpu: { archive: built.cpuByProgram, peer: peerBuilt?.cpuByProgram },
    ...(built.pagefind ? { pagefind: built.pagefind } : {}),
  });
  // Further runs, the two sites in turn again, for the medians (--runs). Every other run builds
  // Starlight first: the build that goes second meets the first one's files still being written
  // out and a warmer file cache, so a fixed order would favour one site in every run.
  for (let i = 2; i <= RUNS; i++) {
    const peerFirst = starlight !== undefined && i % 2 === 0;
    log(`run ${i} of ${RUNS}${peerFirst ? ', Starlight built first' : ''}:`);
    const peerBefore = peerFirst ? await buildPeer(starlight) : undefined;
    log('building the archive (cold)…');
    for (const d of [DIST, join(SCRATCH, SCRATCH_CACHE)]) discard(d);
    const again = await buildAndIndex(ROOT, SCRATCH, N, log);
    log(`  build ${again.buildSeconds.toFixed(1)} s, index ${again.indexSeconds.toFixed(1)} s`);
    const peerAgain = peerBefore ?? (starlight ? await buildPeer(starlight) : undefined);
    const served = await serveDir(DIST, base);
    let archive: PeerFigures & { firstResultShown: boolean };
    try {
      archive = await withBrowser(async (b) => ({
        buildPlusIndexSeconds: again.buildSeconds + again.indexSeconds,
        ...(await measureFirstResult(b, archiveBox(served.url, served.bytesSent), typed)),
        ...(await measureQueries(b, archiveTarget(N, served.url, served.bytesSent), qs)),
      }));
    } finally {
      await served.close();
    }
    const peer = starlight && peerAgain ? await measurePeer(starlight, peerAgain, typed, qs) : undefined;
    runs.push({
      archive,
      peer,
      shown: { archive: archive.firstResultShown, ...(peer ? { peer: peer.firstResultShown } : {}) },
      cpu: { archive: again.cpuByProgram, peer: peerAgain?.cpuByProgram },
      ...(again.pagefind ? { pagefind: again.pagefind } : {}),
    });
  }
  const compared = comparePeer(runs);

  const pagefindDir = join(DIST, indexPartDir(0));
  const result: BenchResult = {
    cases: N,
    pages: html.length,
    buildSeconds: round(built.buildSeconds),
    indexSeconds: round(built.indexSeconds),
    peakRssMB: Math.round(built.peakRssMB),
    distMB: round(MB(sizeOf(files))),
    distFiles: files.length,
    pagefindMB: existsSync(pagefindDir) ? round(MB(sizeOf(walk(pagefindDir)))) : 0,
    casePageKB: round(browser.casePageKB),
    casePageJsKB: round(browser.casePageJsKB),
    listingPageKB: Math.max(
      0,
      ...Object.entries(listing)
        .filter(([route]) => route !== CASE_ROUTE)
        .map(([, e]) => e.maxKB),
    ),
    buildPlusIndexSeconds: compared.archive.buildPlusIndexSeconds,
    firstResultMs: Math.round(compared.archive.firstResultMs),
    firstResultKB: compared.archive.firstResultKB,
    firstResultQuery: typed,
    firstQueryKB: compared.archive.firstQueryKB,
    firstQueryMs: Math.round(compared.archive.firstQueryMs),
    medianQueryMs: Math.round(compared.archive.medianQueryMs),
    worstQueryMs: Math.round(browser.worstQueryMs),
    firstQueryHits: browser.firstQueryHits,
    searchPageFirstKB: round(browser.searchPageFirstKB),
    searchPageFirstMs: Math.round(browser.searchPageFirstMs),
    queriesWithoutHits: browser.queriesWithoutHits,
    meanCaseChars: meanChars,
    loadAverage: round(load1!),
    indexer: built.indexer,
    peakRssByProgramMB: built.peakByProgram,
    peakRssTotalMB: built.peakTotalMB,
    cpuSecondsByProgram: built.cpuByProgram,
    casePage: browser.casePagePath,
    listingPages: listing,
    ...(lighthouse ? { lighthouse } : {}),
    ...(searchServer ? { searchServer } : {}),
    ...(RUNS > 1 || compared.peer ? { runs: compared.runs } : {}),
    ...(compared.peer ? { peerName: 'starlight', peerVersions: starlightVersions(), peer: compared.peer, ratios: compared.ratios } : {}),
  };

  const checks = checkBudgets(result);
  console.log(`\n${formatTable(result, checks)}\n`);
  if (compared.peer || RUNS > 1) {
    console.log(`${RUNS > 1 ? `medians of ${RUNS} runs; ` : ''}archive beside Starlight (ratio archive/Starlight, lower is better):`);
    console.log(`${formatPeer(compared, 'starlight')}\n`);
  }
  if (searchServer) {
    console.log('the stand-in search server (scripts/search-server/), one answer per query:');
    for (const [k, v] of Object.entries(searchServer)) console.log(`  ${k.padEnd(20)} ${v}`);
    console.log('');
  }
  const big = Object.entries(listing)
    .filter(([route]) => route !== CASE_ROUTE)
    .sort((a, b) => b[1].maxKB - a[1].maxKB)
    .slice(0, 8);
  console.log('largest pages by route (excluding case pages):');
  for (const [route, e] of big) console.log(`  ${route.padEnd(28)} ${String(e.pages).padStart(5)} page(s), largest ${e.maxKB} KB`);

  if (args.out) {
    mkdirSync(dirname(resolve(args.out)), { recursive: true });
    writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
    log(`results written to ${args.out}`);
  }
  if (args.chart) {
    writeFileSync(args.chart, costChart([result]));
    log(`chart written to ${args.chart}`);
  }
  if (!args.keep) rmSync(SCRATCH, { recursive: true, force: true });
  trash.empty();

  const broken = checks.filter((c) => c.status !== 'pass');
  if (args.check) {
    if (broken.length > 0) {
      console.error(`\n${broken.length} budget(s) broken at ${N} cases: ${broken.map((b) => b.figure).join(', ')}`);
      process.exit(1);
    }
    log(`all ${checks.length} budgets that apply at ${N} cases are met`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
