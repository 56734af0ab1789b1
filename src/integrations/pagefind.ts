/**
 * Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API, into
 * `<outDir>/pagefind/` — so `astro preview` (and `npm start`) serve it and nothing lands in
 * `public/` or git. Only case pages are indexed; a failure to index fails the build, because a
 * site whose search silently returns nothing is worse than no deploy.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// A static import: Vite closes the module runner that loads this integration before the build's
// last hooks run, so a dynamic import there can fail.
import * as pagefind from 'pagefind';
import { partCount, partDir, splitIntoParts } from '../lib/search-parts';
import { CASE_PAGES_GLOB, FIXED, casePath, htmlFile } from '../core/routes';

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
  const pages = casePages(dir);
  const parts = partCount(pages.length);
  if (parts === 1) return { ...(await indexPart(dir, null, 'pagefind', pages.length)), parts };
  let indexed = 0;
  for (const [i, slugs] of splitIntoParts(pages, parts).entries()) {
    indexed += (await indexPart(dir, slugs, partDir(i), slugs.length)).pages;
  }
  return { pages: indexed, outputPath: join(dir, 'pagefind'), parts };
}

/**
 * One index, in its own Pagefind process (closed at the end, which frees its memory): every case
 * page when `slugs` is null, else just those cases' pages.
 */
async function indexPart(dir: string, slugs: string[] | null, folder: string, expected: number) {
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
        const added = await index.addHTMLFile({
          url: `/${casePath(slug)}`,
          content: readFileSync(join(dir, htmlFile(casePath(slug))), 'utf8'),
        });
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

/** Slugs of the case pages in the build (pages under cases/ that mark a search body), sorted. */
function casePages(dir: string): string[] {
  const casesDir = join(dir, FIXED.cases);
  if (!existsSync(casesDir)) return [];
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((d) => {
      const file = join(dir, htmlFile(casePath(d.name)));
      return d.isDirectory() && existsSync(file) && readFileSync(file, 'utf8').includes('data-pagefind-body');
    })
    .map((d) => d.name)
    .sort();
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'practice-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { pages, parts } = await buildSearchIndex(outDir);
        const where = parts === 1 ? `${partDir(0)}/` : `${parts} parts, ${partDir(0)}/ … ${partDir(parts - 1)}/`;
        logger.info(`indexed ${pages} case pages in ${Math.round(performance.now() - started)} ms → ${where}`);
      },
    },
  };
}
