/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node API, into
 * `<outDir>/pagefind/` — so `astro preview` (and `npm start`) serve it and nothing lands in
 * `public/` or git. Only case pages are indexed; a failure to index fails the build, because a
 * site whose search silently returns nothing is worse than no deploy.
 *
 * An archive that fits in one index is fed while it renders: the index opens when the build
 * starts, the middleware hands over each case page as it is rendered (src/lib/rendered-pages.ts), the
 * index is written as soon as every entry's page is in (the lists still rendering), and once the
 * pages are written the integration checks that every case page reached the index. A larger
 * archive, indexed in parts (src/search/search-parts.ts) so that no Pagefind process holds more
 * than a part, is indexed from the written pages after the build, a part per core at a time.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// A static import: Vite closes the module runner that loads this integration before the build's
// last hooks run, so a dynamic import there can fail.
import * as pagefind from 'pagefind';
import { availableParallelism, freemem } from 'node:os';
import { Worker } from 'node:worker_threads';
import { PAGEFIND_MB_PER_PAGE, countSetting, partCount, partDir, splitIntoParts } from '../search/search-parts';
import type { PartJob, PartReply, PartRequest } from './pagefind-part-worker';
import { SearchIndexError, openWatchedIndex, unlessStopped, type OpenIndex } from './pagefind-process';
import { observeRenderedPages, type PageObserver } from '../lib/rendered-pages';
import { FIXED, casePath, htmlFile, normaliseBase, parsePagePath } from '../core/routes';
import { SITE } from '../config';
import { TRADITIONAL_LANG } from '../core/script-variants';
import { caseSlugOfFile } from '../core/slug';
import { toSimplified } from '../text/to-simplified';

export { SearchIndexError };

/**
 * Pagefind's options for every index of the archive (the one fed while rendering, and each part).
 * The archive is one language; forcing it keeps one index even if a page forgot its lang, and zh-CN
 * is what turns on Pagefind's Chinese word segmentation. `.similar` (其他单位的同类做法 under each
 * practice) names other cases' practices: not this page's words. Excluded here rather than marked
 * on each of up to 25 blocks a page.
 */
const INDEX_CONFIG: PartJob['config'] = { forceLanguage: 'zh-cn', excludeSelectors: ['.similar'] };

/**
 * Indexes the built site in `dir` and writes the bundle to `dir/pagefind` — or, for a large
 * archive, to `dir/pagefind`, `dir/pagefind-2` … (src/search/search-parts.ts), several parts at a
 * time (`partConcurrency`). Returns the page count, and how many parts were written at once.
 */
export async function buildSearchIndex(dir: string): Promise<{ pages: number; outputPath: string; parts: number; partsAtOnce: number }> {
  const { slugs: pages, traditional } = casePages(dir);
  const parts = partCount(pages.length);
  const read = (slugs: readonly string[]) =>
    slugs.map((slug) => () => ({
      url: `/${casePath(slug)}`,
      html: indexedPage(readFileSync(join(dir, htmlFile(casePath(slug))), 'utf8'), traditional.has(slug)),
    }));
  const outputPath = join(dir, partDir(0));
  if (parts === 1) return { pages: await writeIndex(read(pages), outputPath), outputPath, parts, partsAtOnce: 1 };
  const slices = splitIntoParts(pages, parts);
  const partsAtOnce = partConcurrency(parts, Math.max(...slices.map((s) => s.length)));
  const indexed = await writeParts(
    slices.map((slugs, i) => ({ pages: read(slugs), outputPath: join(dir, partDir(i)) })),
    partsAtOnce,
  );
  return { pages: indexed, outputPath, parts, partsAtOnce };
}

/** What a machine offers to index parts side by side. */
export interface Machine {
  cores: number;
  /** Memory the process may still take, in bytes. */
  freeBytes: number;
}

function thisMachine(): Machine {
  // process.availableMemory() heeds a container's memory limit (Node 22+); os.freemem() does not.
  const available = (process as { availableMemory?: () => number }).availableMemory;
  return { cores: availableParallelism(), freeBytes: typeof available === 'function' ? available() : freemem() };
}

/**
 * How many index parts are written at once: one per core, no more than memory holds (Pagefind
 * keeps every page of a part in its process until it writes: `PAGEFIND_MB_PER_PAGE`, with a quarter
 * to spare), at least one, at most `parts`. `PAGEFIND_PART_CONCURRENCY` sets it instead (a whole number).
 * Each part's pages still go in in slug order, so the parts are the same whatever this says.
 */
export function partConcurrency(
  parts: number,
  pagesPerPart: number,
  machine: Machine = thisMachine(),
  env: Record<string, string | undefined> = process.env,
): number {
  const set = countSetting(env, 'PAGEFIND_PART_CONCURRENCY', 'parts');
  if (set !== undefined) return Math.min(parts, set);
  const perPart = pagesPerPart * PAGEFIND_MB_PER_PAGE * 1.25 * 1024 * 1024;
  const byMemory = Math.floor(machine.freeBytes / perPart);
  return Math.max(1, Math.min(parts, machine.cores, byMemory));
}

/** A part to write: its pages (read when sent, in this order) and its folder. */
interface PartWork {
  pages: readonly (() => { url: string; html: string })[];
  outputPath: string;
}

/** Pages sent to a part's worker ahead of what its Pagefind has read: enough that it never waits. */
const PAGES_IN_FLIGHT = 8;

/**
 * Writes `parts`, `atOnce` at a time, each in its own worker thread and Pagefind process
 * (pagefind-part-worker.ts). The first failure stops the rest and is what the build reports.
 */
async function writeParts(parts: readonly PartWork[], atOnce: number): Promise<number> {
  const live = new Set<Worker>();
  let next = 0;
  let failed = false;
  let indexed = 0;
  const lane = async (): Promise<void> => {
    while (!failed && next < parts.length) {
      const part = parts[next++]!;
      // Read after the await, not before: lanes add to it in turn.
      const written = await writePart(part, live);
      indexed += written;
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.min(atOnce, parts.length) }, () =>
        lane().catch((error: unknown) => {
          failed = true;
          throw error;
        }),
      ),
    );
  } finally {
    for (const worker of live) void worker.terminate();
  }
  return indexed;
}

/** Writes one part in a new worker; resolves with its page count once Pagefind has written it. */
function writePart({ pages, outputPath }: PartWork, live: Set<Worker>): Promise<number> {
  return new Promise((resolve, reject) => {
    const job: PartJob = {
      config: INDEX_CONFIG,
      chunkSize: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(INDEX_CHUNK_SIZE),
      outputPath,
    };
    const worker = new Worker(new URL('./pagefind-part-worker.ts', import.meta.url), { workerData: job });
    live.add(worker);
    let sent = 0;
    let added = 0;
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      live.delete(worker);
      void worker.terminate();
      finish();
    };
    const send = (request: PartRequest) => worker.postMessage(request);
    const pump = () => {
      while (sent < pages.length && sent - added < PAGES_IN_FLIGHT) send({ kind: 'page', ...pages[sent++]!() });
      if (added === pages.length) send({ kind: 'write' });
    };
    worker.on('message', (reply: PartReply) => {
      if (reply.kind === 'added') {
        added++;
        pump();
      } else if (reply.kind === 'written') settle(() => resolve(reply.pages));
      else settle(() => reject(new SearchIndexError(reply.message)));
    });
    worker.once('error', (error) =>
      settle(() => reject(new SearchIndexError(`writing the index part ${outputPath} failed: ${error.message}`))),
    );
    worker.once('exit', (code) =>
      settle(() =>
        reject(new SearchIndexError(`the worker writing the index part ${outputPath} stopped (code ${code}) before it was written`)),
      ),
    );
    pump();
  });
}

/**
 * How many word positions Pagefind puts in one index chunk (its default is 20,000). A query loads
 * the whole chunk of each of its words, and a Chinese query is several words: at 1,000 cases each
 * chunk was ≈ 45 KB, three of them most of a first search's 298 KB. Smaller chunks cost a larger
 * meta file (it lists every chunk), loaded once. Measured with the bench (docs/performance.md).
 * Pagefind 1.6 reads it from the environment of its indexing process, under a name it marks
 * unstable, so pagefind is pinned in package.json and tests/site/search-index.test.ts checks
 * that the chunks come out this size.
 */
export const INDEX_CHUNK_SIZE = 8000;

/**
 * A new Pagefind index for the archive's pages (one language, zh-CN, and the chunk size above),
 * whose process is watched (pagefind-process.ts): `outputPath` is where it will be written, for the
 * message if the process stops first.
 */
function openIndex(outputPath: string): Promise<OpenIndex> {
  // Read by the Pagefind process when it starts, so set before the first index of each process.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  return openWatchedIndex(INDEX_CONFIG, outputPath);
}

/**
 * What Pagefind is given of a case page: its search body without what Pagefind ignores and with its
 * sub-headings as plain blocks (withoutIgnored, withoutSections), converted
 * to simplified script when the entry is written in traditional (queries are searched in
 * simplified, so a simplified query finds it; the page itself stays as written).
 */
export function indexedPage(html: string, traditional = html.includes(` lang="${TRADITIONAL_LANG}"`)): string {
  const body = withoutSections(withoutIgnored(searchBodyPage(html)));
  return traditional ? toSimplified(body) : body;
}

/**
 * Writes one index of `pages` to `outputPath`, in its own Pagefind process (closed at the end,
 * which frees its memory), and returns how many pages it holds. Pages go in in the order given,
 * read one at a time: Pagefind breaks ties between equal scores by that order, so it is the same
 * on every machine (slug order here; render order in a build, FedIndex).
 */
export async function writeIndex(pages: readonly (() => { url: string; html: string })[], outputPath: string): Promise<number> {
  let opened: OpenIndex | null = null;
  try {
    opened = await openIndex(outputPath);
    const { index } = opened;
    for (const next of pages) {
      const { url, html } = next();
      const added = await unlessStopped(index.addHTMLFile({ url, content: html }), opened);
      if (added.errors.length) throw new SearchIndexError(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
    }
    const written = await unlessStopped(index.writeFiles({ outputPath }), opened);
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    return pages.length;
  } finally {
    await (opened ? opened.close() : pagefind.close());
  }
}

/**
 * One index fed with case pages as the build renders them (the middleware calls `page`), written
 * by `finish` once the build has written every page. Pagefind reads each page in its own process,
 * on the core the renderer leaves idle.
 *
 * Writing the index is most of Pagefind's time after the last page (≈ 5 of 8 s at 1,000 cases),
 * and Astro renders the case pages before the lists, tags, themes and data files (≈ 4 s more at
 * 1,000 cases). So once every entry's page has arrived, the index is written at once, while the
 * rest of the site renders. That write is a head start, not the check: `finish` still compares
 * the index with the pages the build wrote, and writes again if any case page came after it.
 */
export class FedIndex implements PageObserver {
  private readonly pending: Promise<void>[] = [];
  private readonly fed = new Set<string>();
  private readonly problems: string[] = [];
  /** The early write, once every expected page is in; `stale` when a page came after it began. */
  private early: { outputPath: string; written: Promise<string[]>; stale: boolean } | null = null;
  /**
   * When (performance.now(), ms) the last expected page was fed, Pagefind had read every page fed
   * (its write begins then), and the write ended: the build's last seconds are these two steps, one
   * after the other, so the build log and the bench say which of them to shorten.
   */
  private readonly times: { lastFed?: number; read?: number; written?: number } = {};

  private readonly opened: OpenIndex;
  private readonly base: string;
  private readonly expected: ReadonlySet<string>;
  private readonly outDir: string | undefined;

  /**
   * `expected`: the slugs of the entries (a case's slug is its file name), whose pages complete the
   * index; `outDir`: where the build writes the site. Without both, the index is written by `finish`.
   */
  constructor(opened: OpenIndex, base: string, expected: ReadonlySet<string> = new Set(), outDir?: string) {
    this.opened = opened;
    this.base = base;
    this.expected = expected;
    this.outDir = outDir;
  }

  page(pathname: string, html: string): void {
    const path = pathname.startsWith(this.base) ? `/${pathname.slice(this.base.length)}` : pathname;
    const page = parsePagePath(path);
    // The case list's numbered pages (cases/2/) have a case-shaped path but no search body.
    if (page?.kind !== 'case' || !html.includes('data-pagefind-body') || this.fed.has(page.slug)) return;
    this.fed.add(page.slug);
    const url = `/${casePath(page.slug)}`;
    this.pending.push(
      this.opened.index.addHTMLFile({ url, content: indexedPage(html) }).then(
        (added) => void (added.errors.length && this.problems.push(`${url}: ${added.errors.join('; ')}`)),
        (error: unknown) => void this.problems.push(`${url}: ${String(error)}`),
      ),
    );
    if (this.early) this.early.stale = true;
    else if (this.complete()) {
      this.times.lastFed = performance.now();
      this.writeEarly();
    }
  }

  /** How many case pages reached the index so far. */
  get size(): number {
    return this.fed.size;
  }

  /** The early write under way (it settles with Pagefind's errors), or null before every page is in. */
  get earlyWrite(): Promise<string[]> | null {
    return this.early?.written ?? null;
  }

  /** Whether every expected entry's page has been fed. */
  private complete(): boolean {
    if (this.outDir === undefined || this.expected.size === 0 || this.fed.size < this.expected.size) return false;
    for (const slug of this.expected) if (!this.fed.has(slug)) return false;
    return true;
  }

  private writeEarly(): void {
    const outputPath = join(this.outDir!, partDir(0));
    // Pagefind writes only after it has read the pages already sent; errors are kept for `finish`.
    const written = unlessStopped(Promise.all(this.pending), this.opened)
      .then(() => {
        this.times.read = performance.now();
        return unlessStopped(this.opened.index.writeFiles({ outputPath }), this.opened);
      })
      .then(
        (result) => ((this.times.written = performance.now()), result.errors),
        (error: unknown) => [String(error)],
      );
    this.early = { outputPath, written, stale: false };
  }

  /**
   * How the early write went (ms): Pagefind's reading past the last case page (`readLag`), then its
   * write (`write`). Null without an early write, or when a page came after it began.
   */
  get timeline(): { readLag: number; write: number } | null {
    const { lastFed, read, written } = this.times;
    if (this.early?.stale !== false || lastFed === undefined || read === undefined || written === undefined) return null;
    return { readLag: read - lastFed, write: written - read };
  }

  /** Waits for Pagefind to read every page fed, checks them against the build's case pages, writes the index. */
  async finish(dir: string): Promise<{ pages: number; outputPath: string; parts: number; early: boolean; timeline: FedIndex['timeline'] }> {
    try {
      await unlessStopped(Promise.all(this.pending), this.opened);
      if (this.problems.length) throw new SearchIndexError(`Pagefind could not index ${this.problems.join('; ')}`);
      const { slugs } = casePages(dir);
      const missing = slugs.filter((slug) => !this.fed.has(slug));
      if (missing.length || slugs.length !== this.fed.size)
        throw new SearchIndexError(
          `the search index got ${this.fed.size} case pages while they rendered, but the build wrote ${slugs.length}` +
            (missing.length ? ` (missing: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''})` : ''),
        );
      const outputPath = join(dir, partDir(0));
      const early = this.early;
      // The early write stands when it went to this folder and no page came after it began.
      const errors = early ? await early.written : [];
      const reuse = early !== null && !early.stale && early.outputPath === outputPath && errors.length === 0;
      // A rewrite starts from an empty folder, so no file of the early write is left behind.
      if (early && !reuse) rmSync(outputPath, { recursive: true, force: true });
      const written = reuse ? { errors } : await unlessStopped(this.opened.index.writeFiles({ outputPath }), this.opened);
      if (written.errors.length) throw new SearchIndexError(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
      return { pages: slugs.length, outputPath, parts: 1, early: reuse, timeline: reuse ? this.timeline : null };
    } finally {
      await this.close();
    }
  }

  /** Closes Pagefind's process (the build calls it when no page came, and `finish` at its end). */
  close(): Promise<unknown> {
    return this.opened.close();
  }
}

/**
 * The part of a case page Pagefind reads: the element marked `data-pagefind-body` (an <article>),
 * in a bare page. Pagefind indexes only that element when a page has one, and everything it
 * records (words, anchors, metadata, filters, sort) is inside it, so the index is the same; the
 * page's head, navigation and footer (a third of its bytes) no longer cross to Pagefind's process.
 * The whole page when the body cannot be cut out cleanly.
 */
export function searchBodyPage(html: string): string {
  const start = html.search(/<article\b[^>]*\bdata-pagefind-body\b/);
  if (start === -1) return html;
  // The body is an <article> holding others (each practice is one): find its own closing tag.
  const end = elementEnd(html, 'article', start);
  return end === -1 ? html : `<!DOCTYPE html><html lang="zh-CN"><body>${html.slice(start, end)}</body></html>`;
}

/** Tags that open an element (name, attributes); the page is the build's own, well-formed HTML. */
const OPEN_TAG = /<([a-z][a-z0-9-]*)\b([^>]*)>/gi;
const IGNORED = /\bdata-pagefind-ignore\b|\bclass="(?:[^"]*\s)?similar(?:\s[^"]*)?"/;

/** Whether an element with these attributes is left out of the index (ignored, or a `.similar` block). */
export const ignoredByIndex = (attrs: string): boolean => IGNORED.test(attrs);
const KEPT_INSIDE_IGNORED = /\bdata-pagefind-(?:meta|filter|sort)\b/;
const sameTag = new Map<string, RegExp>();

/**
 * The page without the elements Pagefind reads nothing from: those marked `data-pagefind-ignore`
 * and the `.similar` blocks the index excludes by selector, unless one holds metadata, filters or
 * sort keys (Pagefind reads those inside ignored elements). The index comes out byte-identical
 * (tests/site/search-index.test.ts), and Pagefind gets a third less to read: at 1,000 bench cases
 * 19.9 MB of case pages instead of 32.7 (Pagefind's command line took 9.2 instead of 11.0 s of CPU
 * on them), sent to its process while Astro renders.
 */
export function withoutIgnored(html: string): string {
  let out = '';
  let from = 0;
  const open = new RegExp(OPEN_TAG.source, OPEN_TAG.flags);
  for (let m = open.exec(html); m; m = open.exec(html)) {
    if (!ignoredByIndex(m[2]!)) continue;
    const end = elementEnd(html, m[1]!.toLowerCase(), m.index);
    if (end === -1 || KEPT_INSIDE_IGNORED.test(html.slice(m.index, end))) continue;
    out += html.slice(from, m.index);
    from = end;
    open.lastIndex = end;
  }
  return out + html.slice(from);
}

/** Where the element whose start tag is at `start` ends (after its closing tag), or -1 (a void element, or none). */
function elementEnd(html: string, name: string, start: number): number {
  let tags = sameTag.get(name);
  if (!tags) sameTag.set(name, (tags = new RegExp(`<${name}\\b[^>]*>|</${name}\\s*>`, 'gi')));
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[0][1] === '/') depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** Pagefind's own weights for headings (its default for h2–h6); an explicit data-pagefind-weight wins. */
const HEADING_WEIGHT: Record<string, string> = { '2': '6', '3': '5', '4': '4', '5': '3', '6': '2' };
const HEADING_WITH_ID = /<h([2-6])\b([^>]*\bid="[^"]*"[^>]*)>([\s\S]*?)<\/h\1>/g;

/**
 * The page with its sub-headings that carry an id (基本信息, 案例叙述, 来源 …) given to Pagefind as
 * plain blocks of the same weight. Pagefind makes each such heading a "sub-result" and, for every
 * result loaded, builds an excerpt of each section the query touches, splitting the page's whole
 * text again for each: at 1,000 bench cases that was the largest part of the main-thread work of a
 * query (`build_excerpt`), for sections the search page never shows (it reads practice sections
 * from the anchors itself, src/search/payload.ts). The words, their weights and every anchor's id
 * and position stay the same (tests/site/search-index.test.ts).
 */
export function withoutSections(html: string): string {
  return html.replace(HEADING_WITH_ID, (_, level: string, attrs: string, inner: string) => {
    const weight = /\bdata-pagefind-weight=/.test(attrs) ? '' : ` data-pagefind-weight="${HEADING_WEIGHT[level]}"`;
    return `<div${attrs}${weight}>${inner}</div>`;
  });
}

/**
 * Opens an index to be fed during the build, or null when the archive will be indexed in parts.
 * It expects a page for each entry file in `casesDir` and writes early into `outDir` once all came.
 */
export async function openFedIndex(casesDir: string, base: string, outDir: string | undefined): Promise<FedIndex | null> {
  const files = existsSync(casesDir) ? readdirSync(casesDir) : [];
  const expected = new Set(files.map(caseSlugOfFile).filter((slug): slug is string => slug !== null));
  if (partCount(expected.size) > 1) return null;
  return new FedIndex(await openIndex(join(outDir ?? '', partDir(0))), normaliseBase(base), expected, outDir);
}

/**
 * Slugs of the case pages in the build (pages under cases/ that mark a search body), sorted, and
 * those of entries written in traditional script (their article says `lang="zh-Hant"`).
 */
function casePages(dir: string): { slugs: string[]; traditional: Set<string> } {
  const casesDir = join(dir, FIXED.cases);
  const traditional = new Set<string>();
  if (!existsSync(casesDir)) return { slugs: [], traditional };
  const slugs = readdirSync(casesDir, { withFileTypes: true })
    .filter((d) => {
      const file = join(dir, htmlFile(casePath(d.name)));
      if (!d.isDirectory() || !existsSync(file)) return false;
      const html = readFileSync(file, 'utf8');
      if (html.includes(` lang="${TRADITIONAL_LANG}"`)) traditional.add(d.name);
      return html.includes('data-pagefind-body');
    })
    .map((d) => d.name)
    .sort();
  return { slugs, traditional };
}

/** What the integration records about the index it built, in Astro's cache folder (never deployed). */
export interface IndexReport {
  pages: number;
  parts: number;
  /** How many parts were written at once (`partConcurrency`); 1 for one part. */
  partsAtOnce?: number;
  /** Wall time of indexing inside `astro build` (fed while rendering: the time after the last page). */
  seconds: number;
  /**
   * With the early write (FedIndex.timeline): how long Pagefind went on reading after the last case
   * page was fed, and how long its write took. Absent when the index was not written early.
   */
  readLagSeconds?: number;
  writeSeconds?: number;
}

/** The report's file name inside Astro's `cacheDir`; the bench reads it to split build from index time. */
export const INDEX_REPORT_FILE = 'pagefind-index.json';

/** The report of the last build that used `cacheDir`, or null when that build indexed nothing. */
export function readIndexReport(cacheDir: string): IndexReport | null {
  const file = join(cacheDir, INDEX_REPORT_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as IndexReport) : null;
}

export default function pagefindIntegration(): AstroIntegration {
  let cacheDir: string | undefined;
  let outDir: string | undefined;
  let base = '/';
  let fedIndex: FedIndex | null = null;
  let finishing: { started: number; result: Promise<Awaited<ReturnType<FedIndex['finish']>> | null> } | null = null;
  return {
    name: 'practice-archive:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:build:start': async () => {
        fedIndex = await openFedIndex(join(SITE.contentDir, 'cases'), base, outDir);
        observeRenderedPages('search-index', fedIndex ?? undefined);
      },
      // Every page is written by now: the fed index starts checking here (and writing, unless it
      // wrote early), and the other post-build steps (sitemap, CSP headers, editor) run while it
      // does; build:done, the build's last step (astro.config.mjs), waits for it.
      'astro:build:generated': ({ dir }) => {
        observeRenderedPages('search-index', undefined);
        const fed = fedIndex;
        fedIndex = null;
        if (fed && fed.size > 0) {
          const started = performance.now();
          finishing = { started, result: fed.finish(fileURLToPath(dir)) };
          // Rejections surface where build:done awaits it; until then they must not go unhandled.
          finishing.result.catch(() => undefined);
        } else if (fed) {
          // A feed that got nothing (the middleware did not run): build:done reads the pages instead.
          finishing = { started: performance.now(), result: fed.close().then(() => null) };
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        observeRenderedPages('search-index', undefined);
        const pending = finishing;
        finishing = null;
        const fedResult = pending ? await pending.result : null;
        const started = fedResult && pending ? pending.started : performance.now();
        const { pages, parts, partsAtOnce } = fedResult ? { ...fedResult, partsAtOnce: 1 } : await buildSearchIndex(fileURLToPath(dir));
        const ms = performance.now() - started;
        const where =
          parts === 1 ? `${partDir(0)}/` : `${parts} parts, ${partDir(0)}/ … ${partDir(parts - 1)}/, written ${partsAtOnce} at a time`;
        const timeline = fedResult?.timeline ?? null;
        const how = !fedResult
          ? ''
          : fedResult.early
            ? ' (fed while rendering, written while the rest of the site rendered; this is the time after the last page' +
              (timeline
                ? `: Pagefind read the last case page ${Math.round(timeline.readLag)} ms after it was rendered, then wrote for ${Math.round(timeline.write)} ms)`
                : ')')
            : ' (fed while rendering; this is the time after the last page)';
        logger.info(`indexed ${pages} case pages in ${Math.round(ms)} ms${how} → ${where}`);
        if (cacheDir) {
          mkdirSync(cacheDir, { recursive: true });
          const report: IndexReport = {
            pages,
            parts,
            partsAtOnce,
            seconds: ms / 1000,
            ...(timeline ? { readLagSeconds: timeline.readLag / 1000, writeSeconds: timeline.write / 1000 } : {}),
          };
          writeFileSync(join(cacheDir, INDEX_REPORT_FILE), `${JSON.stringify(report)}\n`);
        }
      },
    },
  };
}
