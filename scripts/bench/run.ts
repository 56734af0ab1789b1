/**
 * `npm run bench -- --cases N [--out FILE] [--check] [--lighthouse | --no-lighthouse] [--keep]`
 * `npm run bench -- --chart docs/performance-chart.svg docs/perf/*.json`
 *
 * Generates N synthetic cases into a scratch copy of the project (.cache/bench-N/, never
 * content/), builds it cold, indexes it, serves it and measures it in Chromium. See
 * docs/performance.md for what each figure means and the results.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCase, readTaxonomy, type BenchTaxonomy } from './generate.ts';
import { checkBudgets, formatTable, median, round, type BenchResult } from './budgets.ts';
import { costChart } from './chart.ts';
import { serveDir } from '../static-server.ts';
import { makeScratchCopy, SCRATCH_CONFIG } from './scratch.ts';
import { CASE_ROUTE, FIXED, casePath, htmlFile, routeOf } from '../../src/core/routes.ts';
import { mergedPartDirs } from '../../src/lib/search-parts.ts';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/pagefind.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const log = (msg: string) => process.stdout.write(`[bench] ${msg}\n`);

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    cases: { type: 'string', default: '100' },
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
    lighthouse: { type: 'boolean' },
    'no-lighthouse': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    chart: { type: 'string' },
  },
});

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

// ── helpers ────────────────────────────────────────────────────────────────
interface Timed {
  seconds: number;
  peakRssMB: number;
  /** Largest resident set seen per program name (node, pagefind_extended …), sampled from /proc. */
  peakByProgram: Record<string, number>;
  /** CPU seconds (user + system) per program name, from /proc: unlike wall time, barely moved by other load. */
  cpuByProgram: Record<string, number>;
  output: string;
}

/** Samples the resident memory of a process tree from /proc, per program name. Linux only. */
function watchMemory(rootPid: number) {
  const peak: Record<string, number> = {};
  const cpuTicks = new Map<number, { comm: string; ticks: number }>();
  const sample = () => {
    let procs: { pid: number; ppid: number; comm: string; ticks: number }[];
    try {
      procs = readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .flatMap((d) => {
          try {
            const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
            const close = stat.lastIndexOf(')');
            const comm = stat.slice(stat.indexOf('(') + 1, close);
            const fields = stat.slice(close + 2).split(' ');
            // Fields after the name: state, ppid, … utime (12th), stime (13th), in clock ticks.
            const ticks = Number(fields[11]) + Number(fields[12]);
            return [{ pid: Number(d), ppid: Number(fields[1]), comm, ticks }];
          } catch {
            return [];
          }
        });
    } catch {
      return;
    }
    const tree = new Set([rootPid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const p of procs) {
        if (!tree.has(p.pid) && tree.has(p.ppid)) {
          tree.add(p.pid);
          grew = true;
        }
      }
    }
    for (const p of procs) {
      if (!tree.has(p.pid) || p.comm === 'time') continue;
      cpuTicks.set(p.pid, { comm: p.comm, ticks: p.ticks });
      try {
        const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'))?.[1] ?? 0);
        peak[p.comm] = Math.max(peak[p.comm] ?? 0, Math.round(kb / 1024));
      } catch {
        // The process ended between listing and reading.
      }
    }
  };
  const timer = setInterval(sample, 250);
  return {
    stop: () => {
      clearInterval(timer);
      const cpu: Record<string, number> = {};
      // Linux counts 100 ticks a second (USER_HZ); the last sample before exit is within 250 ms.
      for (const { comm, ticks } of cpuTicks.values()) cpu[comm] = round((cpu[comm] ?? 0) + ticks / 100);
      return { peak, cpu };
    },
  };
}

/**
 * Runs a command under GNU time, which reports the largest resident set of the command and of
 * every child it waited for (Pagefind's indexer runs as a child binary). `onLine` sees stdout.
 */
function timed(cmd: string, cmdArgs: string[], cwd: string, onLine?: (line: string) => void): Promise<Timed> {
  const timeFile = join(SCRATCH, `.time-${Date.now()}`);
  const start = performance.now();
  // Without GNU time (some minimal images), the /proc sampler's figures stand in for it.
  const gnuTime = existsSync('/usr/bin/time');
  const child = spawn(gnuTime ? '/usr/bin/time' : cmd, gnuTime ? ['-v', '-o', timeFile, cmd, ...cmdArgs] : cmdArgs, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  let pending = '';
  const take = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const l of lines) onLine?.(l);
  };
  const memory = watchMemory(child.pid!);
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  return new Promise((resolvePromise, reject) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const { peak: peakByProgram, cpu: cpuByProgram } = memory.stop();
      if (code !== 0) return reject(new Error(`${cmd} ${cmdArgs.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
      let peakRssMB = Math.max(0, ...Object.values(peakByProgram));
      if (gnuTime) {
        const time = readFileSync(timeFile, 'utf8');
        rmSync(timeFile);
        peakRssMB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1] ?? NaN) / 1024;
      }
      resolvePromise({ seconds, peakRssMB, peakByProgram, cpuByProgram, output });
    });
  });
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
const sizeOf = (files: string[]) => files.reduce((s, f) => s + statSync(f).size, 0);
const MB = (bytes: number) => bytes / 1024 / 1024;

// ── 1. scratch copy ────────────────────────────────────────────────────────
function prepare(tax: BenchTaxonomy) {
  makeScratchCopy(ROOT, SCRATCH, { withCases: false });
  const seed = Number(args.seed);
  let chars = 0;
  for (let i = 0; i < N; i++) {
    const c = generateCase(tax, i, seed);
    chars += c.bodyChars;
    writeFileSync(join(SCRATCH, 'content', 'cases', `${c.slug}.mdx`), c.source);
    writeFileSync(join(SCRATCH, 'content', 'sources', `${c.sourceId}.txt`), c.sourceText);
    writeFileSync(join(SCRATCH, 'content', 'sources', `${c.sourceId}.yaml`), c.sourceRecord);
  }
  return { meanChars: Math.round(chars / N) };
}

// ── 2. build and index ─────────────────────────────────────────────────────
async function buildAndIndex() {
  let pagesSeen = 0;
  let lastReport = 0;
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = await timed(process.execPath, [astro, 'build', '--config', SCRATCH_CONFIG], SCRATCH, (line) => {
    if (/\.html \(\+\d/.test(line)) pagesSeen++;
    if (pagesSeen - lastReport >= Math.max(50, Math.round(N / 5))) {
      lastReport = pagesSeen;
      log(`  … ${pagesSeen} pages rendered`);
    }
  });
  // If the site's own Pagefind integration indexed inside `astro build`, it reports how long the
  // indexing took; otherwise index the build here with the Pagefind CLI and time that process.
  const integrationIndex = /\[[^\]\n]*pagefind[^\]\n]*\][^\n]*?indexed[^\n]*? in ([\d.]+)\s*(ms|s)\b/i.exec(build.output);
  if (existsSync(join(DIST, 'pagefind', 'pagefind.js')) && integrationIndex) {
    const s = Number(integrationIndex[1]) / (integrationIndex[2] === 'ms' ? 1000 : 1);
    return {
      buildSeconds: build.seconds - s,
      indexSeconds: s,
      peakRssMB: build.peakRssMB,
      peakByProgram: build.peakByProgram,
      cpuByProgram: build.cpuByProgram,
      indexer: 'integration',
    };
  }
  if (existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
    log('  the build wrote a Pagefind index but logged no timing line; counting it as build time');
    return {
      buildSeconds: build.seconds,
      indexSeconds: 0,
      peakRssMB: build.peakRssMB,
      peakByProgram: build.peakByProgram,
      cpuByProgram: build.cpuByProgram,
      indexer: 'integration (untimed)',
    };
  }
  log(`  built in ${build.seconds.toFixed(1)} s; indexing with the Pagefind CLI…`);
  const index = await timed(
    process.execPath,
    [join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', 'dist'],
    SCRATCH,
  );
  return {
    buildSeconds: build.seconds,
    indexSeconds: index.seconds,
    peakRssMB: Math.max(build.peakRssMB, index.peakRssMB),
    peakByProgram: { ...build.peakByProgram, ...index.peakByProgram },
    cpuByProgram: { ...build.cpuByProgram, ...index.cpuByProgram },
    indexer: 'cli',
  };
}

// ── 3. browser measurements ────────────────────────────────────────────────
/** Real search terms: taxonomy labels and aliases, spread across the vocabulary. */
function queries(tax: BenchTaxonomy): string[] {
  const terms = tax.tags.flatMap((t) => [t.label, ...(t.aliases ?? [])]).filter((q) => q.length >= 2 && q.length <= 8);
  const step = Math.max(1, Math.floor(terms.length / 21));
  return Array.from({ length: 21 }, (_, i) => terms[(i * step) % terms.length]!);
}

async function measureBrowser(base: string, casePaths: string[], qs: string[], bytesSent: () => number) {
  const parts = mergedPartDirs(N).map((dir) => `${base}${dir}/`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic'],
  });
  try {
    // Case page weight: what a cold browser fetches for the page (HTML, CSS, JS), uncompressed.
    let casePage = { kb: 0, jsKb: 0, path: '' };
    for (const path of casePaths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<{ type: string; bytes: number }>[] = [];
      page.on('requestfinished', (req) => sizes.push(req.sizes().then((s) => ({ type: req.resourceType(), bytes: s.responseBodySize }))));
      await page.goto(base + path.slice(1), { waitUntil: 'networkidle' });
      const inlineJs = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')].reduce((s, el) => s + new Blob([el.textContent ?? '']).size, 0),
      );
      const got = await Promise.all(sizes);
      const by = (t: string) => got.filter((g) => g.type === t).reduce((s, g) => s + g.bytes, 0);
      const kb = (by('document') + by('stylesheet') + by('script')) / 1024;
      // Inline scripts are part of the HTML already; they count again as JavaScript the page runs.
      const jsKb = (by('script') + inlineJs) / 1024;
      if (kb > casePage.kb) casePage = { kb, jsKb, path };
      await context.close();
    }

    // Search: a cold page that has not loaded Pagefind (the home page), then the first query —
    // Pagefind's script, its WASM, the index chunks and the top 10 results' fragments, everything
    // a reader's first search needs whatever page it starts from — then 20 different queries on
    // the warm page. (The /search/ page may start loading Pagefind before the reader types; that
    // hides part of this cost, so it is not where the first query is measured.)
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base, { waitUntil: 'networkidle' });
    // Counted at the server, so the requests Pagefind's web worker makes are included too.
    const before = bytesSent();
    const run = (q: string, importFirst: boolean) =>
      page.evaluate(
        async ([q, bundle, importFirst, options, parts]) => {
          const t0 = performance.now();
          type Pf = {
            options: (o: object) => Promise<void>;
            mergeIndex: (path: string) => Promise<void>;
            search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
          };
          const w = window as unknown as { __pf?: Pf };
          if (importFirst || !w.__pf) {
            w.__pf = (await import(/* @vite-ignore */ bundle as string)) as Pf;
            await w.__pf.options(options as object);
            // A large archive's index is in parts; the search page merges them before searching.
            for (const part of parts as string[]) await w.__pf.mergeIndex(part);
          }
          const found = await w.__pf!.search(q as string);
          await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
          return { ms: performance.now() - t0, hits: found.results.length };
        },
        [q, `${base}pagefind/pagefind.js`, importFirst, PAGEFIND_OPTIONS, parts] as const,
      );
    const first = await run(qs[0]!, true);
    await page.waitForTimeout(200);
    const firstBytes = bytesSent() - before;
    const times: number[] = [];
    let noHits = 0;
    for (const q of qs.slice(1, 21)) {
      const r = await run(q, false);
      times.push(r.ms);
      if (r.hits === 0) noHits++;
    }
    await context.close();
    return {
      casePageKB: casePage.kb,
      casePageJsKB: casePage.jsKb,
      casePagePath: casePage.path,
      firstQueryKB: firstBytes / 1024,
      firstQueryMs: first.ms,
      firstQueryHits: first.hits,
      medianQueryMs: median(times),
      worstQueryMs: Math.max(...times),
      queriesWithoutHits: noHits,
    };
  } finally {
    await browser.close();
  }
}

async function measureLighthouse(base: string, pages: Record<string, string>) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const out: Record<string, Record<string, number>> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      log(`  Lighthouse: ${name} (${path})`);
      const result = await lighthouse(base + path.slice(1), {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const cats = result?.lhr.categories ?? {};
      out[name] = Object.fromEntries(Object.entries(cats).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
    }
  } finally {
    chrome.kill();
  }
  return out;
}

// ── main ───────────────────────────────────────────────────────────────────
async function main() {
  const [load1] = loadavg();
  log(`${N} synthetic cases → ${relative(ROOT, SCRATCH)} (load average ${load1!.toFixed(2)})`);
  const tax = readTaxonomy(join(ROOT, 'content'));
  const t0 = performance.now();
  const { meanChars } = prepare(tax);
  log(`  generated in ${((performance.now() - t0) / 1000).toFixed(1)} s (mean ${meanChars} Chinese characters)`);

  log('building (cold)…');
  const built = await buildAndIndex();
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
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  const server = await serveDir(DIST, base);
  const caseIndexes = [0, 1, 2, 3, 4].map((k) => Math.floor((k * N) / 5));
  const casePaths = [...new Set(caseIndexes)].map((i) => `/${casePath(`bench-${String(i + 1).padStart(5, '0')}`)}`);
  let browser: Awaited<ReturnType<typeof measureBrowser>>;
  let lighthouse: Record<string, Record<string, number>> | undefined;
  try {
    browser = await measureBrowser(server.url, casePaths, queries(tax), server.bytesSent);
    if (runLighthouse) {
      log('Lighthouse…');
      const searchPath = existsSync(join(DIST, htmlFile(FIXED.search))) ? `/${FIXED.search}` : `/${FIXED.home}`;
      lighthouse = await measureLighthouse(server.url, { home: `/${FIXED.home}`, case: casePaths[0]!, search: searchPath });
    }
  } finally {
    await server.close();
  }

  const pagefindDir = join(DIST, 'pagefind');
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
