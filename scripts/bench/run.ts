/**
 * `npm run bench -- --cases N [--out FILE] [--check] [--lighthouse | --no-lighthouse] [--keep]`
 * `npm run bench -- --chart docs/performance-chart.svg docs/perf/*.json`
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
import { readTaxonomy } from './generate.ts';
import { checkBudgets, formatTable, round, type BenchResult } from './budgets.ts';
import { costChart } from './chart.ts';
import { serveDir } from '../static-server.ts';
import { describeBrowser, findBrowser } from '../browser.ts';
import { CASE_ROUTE, FIXED, casePath, htmlFile, indexPartDir, normaliseBase, routeOf } from '../../src/core/routes.ts';
import { MB, sizeOf, walk } from './files.ts';
import { argumentProblem } from '../cli-args.ts';
import { prepare } from './steps/prepare.ts';
import { buildAndIndex } from './steps/build.ts';
import { measureBrowser, queries } from './steps/browser.ts';
import { measureLighthouse } from './steps/lighthouse.ts';

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
} as const;

// A mistyped flag gets the same one-line answer as the other tools, not a stack trace.
const { values: args, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    console.error(`✗ ${argumentProblem(error, OPTIONS, '用法见 docs/performance.md 和 scripts/bench/run.ts 的开头')}`);
    process.exit(1);
  }
})();

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
const runLighthouse = args['no-lighthouse'] ? false : (args.lighthouse ?? (N >= 1000 && N < 5000));
const SCRATCH = join(ROOT, '.cache', `bench-${N}`);
const DIST = join(SCRATCH, 'dist');

// ── main ───────────────────────────────────────────────────────────────────
async function main() {
  const [load1] = loadavg();
  log(`${N} synthetic cases → ${relative(ROOT, SCRATCH)} (load average ${load1!.toFixed(2)})`);
  const tax = readTaxonomy(join(ROOT, 'content'));
  const t0 = performance.now();
  const { meanChars } = prepare(ROOT, SCRATCH, N, Number(args.seed), tax);
  log(`  generated in ${((performance.now() - t0) / 1000).toFixed(1)} s (mean ${meanChars} Chinese characters)`);

  log('building (cold)…');
  const built = await buildAndIndex(ROOT, SCRATCH, N, log);
  log(`  build ${built.buildSeconds.toFixed(1)} s, index ${built.indexSeconds.toFixed(1)} s, peak RSS ${Math.round(built.peakRssMB)} MB`);

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
  try {
    browser = await measureBrowser(N, server.url, casePaths, queries(tax), server.bytesSent);
    if (runLighthouse) {
      log('Lighthouse…');
      const searchPath = existsSync(join(DIST, htmlFile(FIXED.search))) ? `/${FIXED.search}` : `/${FIXED.home}`;
      lighthouse = await measureLighthouse(server.url, { home: `/${FIXED.home}`, case: casePaths[0]!, search: searchPath }, log);
    }
  } finally {
    await server.close();
  }

  const pagefindDir = join(DIST, indexPartDir(0));
  const result: BenchResult = {
    cases: N,
    pages: html.length,
    buildSeconds: round(built.buildSeconds),
    indexSeconds: round(built.indexSeconds),
    peakRssMB: Math.round(built.peakRssMB),
    distMB: round(MB(sizeOf(files))),
    pagefindMB: existsSync(pagefindDir) ? round(MB(sizeOf(walk(pagefindDir)))) : 0,
    casePageKB: round(browser.casePageKB),
    casePageJsKB: round(browser.casePageJsKB),
    listingPageKB: Math.max(
      0,
      ...Object.entries(listing)
        .filter(([route]) => route !== CASE_ROUTE)
        .map(([, e]) => e.maxKB),
    ),
    firstQueryKB: round(browser.firstQueryKB),
    firstQueryMs: Math.round(browser.firstQueryMs),
    medianQueryMs: Math.round(browser.medianQueryMs),
    worstQueryMs: Math.round(browser.worstQueryMs),
    firstQueryHits: browser.firstQueryHits,
    searchPageFirstKB: round(browser.searchPageFirstKB),
    searchPageFirstMs: Math.round(browser.searchPageFirstMs),
    queriesWithoutHits: browser.queriesWithoutHits,
    meanCaseChars: meanChars,
    loadAverage: round(load1!),
    indexer: built.indexer,
    peakRssByProgramMB: built.peakByProgram,
    cpuSecondsByProgram: built.cpuByProgram,
    casePage: browser.casePagePath,
    listingPages: listing,
    ...(lighthouse ? { lighthouse } : {}),
  };

  const checks = checkBudgets(result);
  console.log(`\n${formatTable(result, checks)}\n`);
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
