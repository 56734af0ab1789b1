/**
 * Recall and precision of search on the real entries (`npm run search:measure`), the figures in
 * docs/search.md. Builds nothing: it reads a build (`dist/`, or `--dist DIR`), so build first
 * (`npm run build`). In Chromium (the system one), it runs every generated query through Pagefind
 * alone and through the search page, and prints the table.
 *
 * Queries: every practice's name and aliases, and two- and three-character pieces (cut one after
 * another, not overlapping) of every name, alias, summary and tag wording, as the build's search
 * metadata holds them, taken evenly so that there are 1,156 queries in all on the four real cases
 * (as in the first measurement; `--all` takes every piece, `--limit N` the first N queries). A practice is *relevant* to a query when its own fields (name, aliases, tag
 * wordings, summary) contain it; a listed practice is *correct* when those fields or its text on
 * the case page contain it. A page is relevant when it holds a relevant practice.
 *
 *   npm run search:measure [-- --dist DIR] [--judge DIR] [--limit N] [--json FILE]
 *
 * The queries, and which practices are relevant and correct, come from the build measured unless
 * `--judge DIR` names another build of the same entries: code that changes the search metadata or
 * a practice's markup changes the queries and the judgement too, so two builds of different code
 * are only comparable when both are judged by one of them (practice keys are the entries' own).
 *
 * `--set FILE` measures a quality set instead (tests/search-quality/queries.yaml: natural queries,
 * each with the practice it should find and its worst rank): recall = share of queries whose
 * practice is listed at all, and the share within its rank; misses are named.
 *
 *   npm run search:measure -- --set tests/search-quality/queries.yaml [--dist DIR]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { chromium, type Page } from 'playwright-core';
import { compact } from '../src/search/terms';
import { parsePracticeMeta } from '../src/search/payload';
import type { PracticeMeta } from '../src/core/case-facts';
import { FIXED, SEARCH_SCRIPT, casePath, htmlFile } from '../src/core/routes';
import { serveDir } from './static-server';
import { parseCommandLine } from './cli-args';

/**
 * Types `q` into the search page and reads every practice it lists, `case#practice`, with whether
 * the first page shows it without "show all". The first page holds FIRST_BATCH cases; a query many
 * cases answer lists the rest only after "显示更多案例", which is pressed until every result is
 * loaded: "all listed" is recall over all results, not over the first page (at 38 cases a query
 * such as 志愿服务 matched more than one page, and the figure fell for that alone).
 */
async function practiceHits(page: Page, q: string): Promise<{ key: string; shown: boolean }[]> {
  const ready = () => page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-root]')?.dataset.state === 'ready');
  const read = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('[data-practice-hit]')].map((a) => {
        const url = new URL(a.href);
        return {
          key: `${url.pathname.replace(/\/$/, '').split('/').pop()}#${decodeURIComponent(url.hash.slice(1))}`,
          shown: a.checkVisibility(),
        };
      }),
    );
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await ready();
  const first = await read();
  const shownFirst = new Set(first.filter((h) => h.shown).map((h) => h.key));
  let hits = first;
  // Bounded: a page that kept offering more would otherwise hold the run for ever.
  for (let more = 0; more < 100 && (await page.isVisible('[data-search-more]')); more++) {
    // The list is drawn again with more cases; "ready" again means it is done.
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-search-root]')!.dataset.state = 'loading-more';
      document.querySelector<HTMLButtonElement>('[data-search-more]')!.click();
    });
    await ready();
    hits = await read();
  }
  return hits.map((h) => ({ key: h.key, shown: shownFirst.has(h.key) }));
}

interface Practice {
  key: string;
  meta: PracticeMeta;
  /** Name, aliases, tag wordings and summary, compacted. */
  own: string[];
  /** The practice's text on its case page, compacted. */
  text: string;
}

const { values: args } = parseCommandLine(
  {
    options: {
      dist: { type: 'string' },
      limit: { type: 'string' },
      all: { type: 'boolean' },
      json: { type: 'string' },
      set: { type: 'string' },
      judge: { type: 'string' },
    },
  },
  '用法见 scripts/search-measure.ts 的开头',
);
const DIST = resolve(args.dist ?? 'dist');
/** The build whose search metadata and practice text make the queries and the judgement. */
const JUDGE = resolve(args.judge ?? DIST);
// A folder that holds no build is named in one line, not met with a stack trace halfway through.
for (const [flag, dir] of [
  ['--dist', DIST],
  ['--judge', JUDGE],
] as const) {
  if (!existsSync(join(dir, FIXED.cases))) {
    console.error(`${dir} 不是一次构建（其中没有 ${FIXED.cases}）：先运行 npm run build，或用 ${flag} 指向构建的 dist 目录`);
    process.exit(1);
  }
}
const LIMIT = Number(args.limit ?? Infinity);
const ALL = args.all === true;
/** Queries in all, names and aliases first, then pieces taken evenly. */
const TOTAL = 1156;
const JSON_OUT = args.json;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * The tags' wordings (label, then aliases) by slug, as the build's search page carries them: the
 * practices record leaves them out, and the search page looks them up there (src/search/payload.ts).
 */
function readTagWords(dist: string): (slug: string) => readonly string[] | undefined {
  const { document } = parseHTML(readFileSync(join(dist, htmlFile(FIXED.search)), 'utf8'));
  const config = JSON.parse(document.querySelector('[data-search-root]')?.getAttribute('data-config') ?? '{}') as {
    tagWords?: Record<string, readonly string[]>;
  };
  const words = config.tagWords ?? {};
  return (slug) => words[slug];
}

/** The practices of every case page in the build, from the search metadata the pages carry. */
function readPractices(dist: string): Practice[] {
  const tagWords = readTagWords(dist);
  const out: Practice[] = [];
  for (const slug of readdirSync(join(dist, FIXED.cases)).sort()) {
    let html: string;
    try {
      html = readFileSync(join(dist, htmlFile(casePath(slug))), 'utf8');
    } catch {
      continue;
    }
    const { document } = parseHTML(html);
    const metas = parsePracticeMeta(document.querySelector('[data-pagefind-meta="practices"]')?.textContent ?? undefined, tagWords);
    for (const meta of metas) {
      const text = document.getElementById(meta.id)?.textContent ?? '';
      out.push({ key: `${slug}#${meta.id}`, meta, own: [meta.n, ...meta.a, ...meta.k, meta.s].map(compact), text: compact(text) });
    }
  }
  return out;
}

/** Pieces of `len` characters cut one after another from each run of Chinese in `text`. */
function pieces(text: string, len: number): string[] {
  const runs = compact(text).match(/\p{Script=Han}+/gu) ?? [];
  return runs.flatMap((run) => {
    const chars = Array.from(run);
    const out: string[] = [];
    for (let i = 0; i + len <= chars.length; i += len) out.push(chars.slice(i, i + len).join(''));
    return out;
  });
}

function generateQueries(practices: Practice[]): string[] {
  const whole = new Set<string>();
  for (const { meta } of practices) for (const q of [meta.n, ...meta.a]) whole.add(q);
  const cut = new Set<string>();
  for (const { meta } of practices) {
    for (const field of [meta.n, ...meta.a, meta.s, ...meta.k]) {
      for (const len of [2, 3]) for (const p of pieces(field, len)) if (!whole.has(p)) cut.add(p);
    }
  }
  const all = [...cut];
  const want = Math.min(all.length, ALL ? all.length : Math.max(0, TOTAL - whole.size));
  const step = all.length / Math.max(1, want);
  const taken = Array.from({ length: want }, (_, i) => all[Math.floor(i * step)]!);
  return [...whole, ...taken].slice(0, LIMIT);
}

interface Tally {
  hit: number;
  of: number;
}
const tally = (): Tally => ({ hit: 0, of: 0 });
const pct = (t: Tally) => (t.of ? `${((100 * t.hit) / t.of).toFixed(1)} %` : '—');

async function pagefindAlone(page: Page, query: string): Promise<{ loose: string[]; quoted: string[]; contents: Record<string, string> }> {
  // Runs in the page, so the script's site-relative path goes in as an argument.
  return page.evaluate(
    async ([q, script]) => {
      const w = window as unknown as {
        __pf?: Promise<{ search: (t: string) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }> }>;
      };
      w.__pf ??= (async () => {
        const pf = await import(/* @vite-ignore */ `${location.origin}/${script}`);
        await pf.options({ excerptLength: 30, noWorker: true });
        await pf.init();
        return pf;
      })();
      const pf = await w.__pf;
      const slug = (url: string) => url.replace(/\/$/, '').split('/').pop()!;
      const contents: Record<string, string> = {};
      const run = async (t: string) => {
        const r = await pf.search(t);
        const data = await Promise.all(r.results.map((x) => x.data()));
        for (const d of data) contents[slug(d.url)] = d.content;
        return data.map((d) => slug(d.url));
      };
      return { loose: await run(q), quoted: await run(`"${q}"`), contents };
    },
    [query, SEARCH_SCRIPT] as const,
  );
}

async function main() {
  const practices = readPractices(JUDGE);
  const queries = generateQueries(practices);
  const served = await serveDir(DIST);
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const started = performance.now();
  const pfLoose = tally();
  const pfLoosePrecision = tally();
  const pfQuoted = tally();
  const listed = tally();
  const shownRecall = tally();
  const shownPrecision = tally();
  const first = tally();
  const misses: string[] = [];
  try {
    const pfPage = await browser.newPage();
    await pfPage.goto(served.url);
    const page = await browser.newPage();
    await page.goto(`${served.url}${FIXED.search}`);
    for (const [i, q] of queries.entries()) {
      const cq = compact(q);
      const relevant = new Set(practices.filter((p) => p.own.some((f) => f.includes(cq))).map((p) => p.key));
      const relevantPages = new Set([...relevant].map((k) => k.split('#')[0]!));
      const correct = (key: string) => {
        const p = practices.find((x) => x.key === key);
        return !!p && (p.own.some((f) => f.includes(cq)) || p.text.includes(cq));
      };

      const pf = await pagefindAlone(pfPage, q);
      pfLoose.of += relevantPages.size;
      pfLoose.hit += pf.loose.filter((s) => relevantPages.has(s)).length;
      pfQuoted.of += relevantPages.size;
      pfQuoted.hit += pf.quoted.filter((s) => relevantPages.has(s)).length;
      pfLoosePrecision.of += pf.loose.length;
      pfLoosePrecision.hit += pf.loose.filter((s) => compact(pf.contents[s] ?? '').includes(cq)).length;

      const hits = await practiceHits(page, q);
      const all = hits.map((h) => h.key);
      const shown = hits.filter((h) => h.shown).map((h) => h.key);
      listed.of += relevant.size;
      listed.hit += all.filter((k) => relevant.has(k)).length;
      shownRecall.of += relevant.size;
      shownRecall.hit += shown.filter((k) => relevant.has(k)).length;
      shownPrecision.of += shown.length;
      shownPrecision.hit += shown.filter(correct).length;
      if (shown.length) {
        first.of += 1;
        if (correct(shown[0]!)) first.hit += 1;
      }
      if (relevant.size && !all.some((k) => relevant.has(k))) misses.push(q);
      if ((i + 1) % 100 === 0) console.error(`[measure] ${i + 1}/${queries.length} queries`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const rows: [string, Tally, Tally | null, Tally | null][] = [
    ['Pagefind alone, pages, unquoted query', pfLoose, pfLoosePrecision, null],
    ['Pagefind alone, pages, quoted query', pfQuoted, null, null],
    ['this search, practices (all listed)', listed, null, null],
    ['this search, practices shown without "show all"', shownRecall, shownPrecision, first],
  ];
  if (JUDGE !== DIST) console.log(`queries and judgement from ${JUDGE}`);
  console.log(`${queries.length} queries over ${practices.length} practices in ${Math.round((performance.now() - started) / 1000)} s`);
  console.log(`${'measure'.padEnd(50)}${'recall'.padEnd(10)}${'precision'.padEnd(11)}first result correct`);
  for (const [name, r, p, f] of rows)
    console.log(`${name.padEnd(50)}${pct(r).padEnd(10)}${(p ? pct(p) : '—').padEnd(11)}${f ? pct(f) : '—'}`);
  console.log(`queries whose relevant practices were all missed (${misses.length}): ${misses.join(' ') || 'none'}`);
  if (JSON_OUT) {
    const figures = Object.fromEntries(rows.map(([name, r, p, f]) => [name, { recall: r, precision: p, first: f }]));
    writeFileSync(JSON_OUT, `${JSON.stringify({ queries: queries.length, practices: practices.length, figures, misses }, null, 2)}\n`);
  }
}

interface SetQuery {
  query: string | number;
  case: string;
  practice: string;
  maxRank: number;
  also?: string[];
}

/** Recall of a quality set on the search page: listed at all, and within its rank (as tests/e2e/search-quality.test.ts counts rank). */
async function measureSet(file: string) {
  const set = parseYaml(readFileSync(resolve(file), 'utf8')) as SetQuery[];
  const served = await serveDir(DIST);
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  let listed = 0;
  let inRank = 0;
  const misses: string[] = [];
  const late: string[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${served.url}${FIXED.search}`);
    for (const c of set) {
      const hits = await practiceHits(page, String(c.query));
      const want = `${c.case}#${c.practice}`;
      const shown = hits.filter((h) => h.shown).map((h) => h.key);
      const at = shown.indexOf(want);
      const rank = at < 0 ? 0 : at + 1 - shown.slice(0, at).filter((k) => c.also?.includes(k)).length;
      if (hits.some((h) => h.key === want)) listed += 1;
      else misses.push(`${c.query} → ${want}`);
      if (rank > 0 && rank <= c.maxRank) inRank += 1;
      else if (hits.some((h) => h.key === want)) late.push(`${c.query} → ${want} (rank ${rank || 'folded'}, allowed ${c.maxRank})`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const share = (n: number) => `${((100 * n) / Math.max(1, set.length)).toFixed(1)} %`;
  console.log(`${set.length} queries from ${file}`);
  console.log(`practice listed (recall)   ${listed}/${set.length}  ${share(listed)}`);
  console.log(`within its rank            ${inRank}/${set.length}  ${share(inRank)}`);
  console.log(`missed (${misses.length}): ${misses.join('; ') || 'none'}`);
  console.log(`listed below their rank (${late.length}): ${late.join('; ') || 'none'}`);
  if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify({ queries: set.length, listed, inRank, misses, late }, null, 2)}\n`);
}

await (args.set ? measureSet(args.set) : main());
