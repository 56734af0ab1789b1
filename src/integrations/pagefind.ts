/**
 * Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API, into
 * `<outDir>/pagefind/` — so `astro preview` (and `npm start`) serve it and nothing lands in
 * `public/` or git. Only case pages are indexed; a failure to index fails the build, because a
 * site whose search silently returns nothing is worse than no deploy.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// A static import: Vite closes the module runner that loads this integration before the build's
// last hooks run, so a dynamic import there can fail.
import * as pagefind from 'pagefind';
import { partCount, partDir, splitIntoParts } from '../lib/search-parts';
import { CASE_PAGES_GLOB, FIXED, casePath, htmlFile } from '../core/routes';
import { TRADITIONAL_LANG } from '../core/script-variants';
import { toSimplified } from '../lib/to-simplified';

/** The pages that are search results: one per case. Listing pages, tags and themes are not. */
export const INDEXED_GLOB = CASE_PAGES_GLOB;

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/**
 * Indexes the built site in `dir` and writes the bundle to `dir/pagefind` — or, for a large
 * archive, to `dir/pagefind`, `dir/pagefind-2` … (src/lib/search-parts.ts). Returns the page count.
 */
export async function buildSearchIndex(dir: string): Promise<{ pages: number; outputPath: string; parts: number }> {
  const { slugs: pages, traditional } = casePages(dir);
  const parts = partCount(pages.length);
  // Pages of entries written in traditional script are indexed in simplified form, page by page.
  if (parts === 1) return { ...(await indexPart(dir, traditional.size ? pages : null, 'pagefind', pages.length, traditional)), parts };
  let indexed = 0;
  for (const [i, slugs] of splitIntoParts(pages, parts).entries()) {
    indexed += (await indexPart(dir, slugs, partDir(i), slugs.length, traditional)).pages;
  }
  return { pages: indexed, outputPath: join(dir, 'pagefind'), parts };
}

/**
 * One index, in its own Pagefind process (closed at the end, which frees its memory): every case
 * page when `slugs` is null, else just those cases' pages. A page in `traditional` (an entry
 * written in traditional script) is indexed converted to simplified, the script queries are
 * searched in, so a simplified query finds it; the page itself stays as written.
 */
async function indexPart(dir: string, slugs: string[] | null, folder: string, expected: number, traditional: ReadonlySet<string>) {
  try {
    // The archive is one language; forcing it keeps one index even if a page forgot its lang,
    // and zh-CN is what turns on Pagefind's Chinese word segmentation.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index || errors.length) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
    let count = 0;
    if (slugs === null) {
      const added = await index.addDirectory({ path: dir, glob: INDEXED_GLOB });
      if (added.errors.length) throw new SearchIndexError(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
      count = added.page_count;
    } else {
      for (const slug of slugs) {
        const html = readFileSync(join(dir, htmlFile(casePath(slug))), 'utf8');
        const added = await index.addHTMLFile({ url: `/${casePath(slug)}`, content: traditional.has(slug) ? toSimplified(html) : html });
        if (added.errors.length) throw new SearchIndexError(`Pagefind could not index ${casePath(slug)}: ${added.errors.join('; ')}`);
        count += 1;
      }
    }
    if (count < expected) throw new SearchIndexError(`Pagefind indexed ${count} pages but the build has ${expected} case pages`);
    const outputPath = join(dir, folder);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    // addDirectory also reads the case list's numbered pages (cases/2/ …), which match the glob but
    // carry no search body, so Pagefind leaves them out: the index holds the case pages alone.
    return { pages: expected, outputPath };
  } finally {
    await pagefind.close();
  }
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
  /** Wall time of indexing inside `astro build`. */
  seconds: number;
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
  return {
    name: 'practice-archive:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { pages, parts } = await buildSearchIndex(outDir);
        const ms = performance.now() - started;
        const where = parts === 1 ? `${partDir(0)}/` : `${parts} parts, ${partDir(0)}/ … ${partDir(parts - 1)}/`;
        logger.info(`indexed ${pages} case pages in ${Math.round(ms)} ms → ${where}`);
        if (cacheDir) {
          mkdirSync(cacheDir, { recursive: true });
          const report: IndexReport = { pages, parts, seconds: ms / 1000 };
          writeFileSync(join(cacheDir, INDEX_REPORT_FILE), `${JSON.stringify(report)}\n`);
        }
      },
    },
  };
}
