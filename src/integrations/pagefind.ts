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

/** The pages that are search results: one per case. Listing pages, tags and themes are not. */
export const INDEXED_GLOB = 'cases/*/index.html';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** Indexes the built site in `dir` and writes the bundle to `dir/pagefind`. Returns the page count. */
export async function buildSearchIndex(dir: string): Promise<{ pages: number; outputPath: string }> {
  const pagefind = await import('pagefind');
  try {
    // The archive is one language; forcing it keeps one index even if a page forgot its lang,
    // and zh-CN is what turns on Pagefind's Chinese word segmentation.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index || errors.length) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir, glob: INDEXED_GLOB });
    if (added.errors.length) throw new SearchIndexError(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const expected = countCasePages(dir);
    if (added.page_count < expected) {
      throw new SearchIndexError(`Pagefind indexed ${added.page_count} pages but the build has ${expected} case pages`);
    }
    const outputPath = join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    return { pages: added.page_count, outputPath };
  } finally {
    await pagefind.close();
  }
}

/** Case pages in the build: the pages under cases/ that mark a search body. */
function countCasePages(dir: string): number {
  const casesDir = join(dir, 'cases');
  if (!existsSync(casesDir)) return 0;
  return readdirSync(casesDir, { withFileTypes: true }).filter((d) => {
    const file = join(casesDir, d.name, 'index.html');
    return d.isDirectory() && existsSync(file) && readFileSync(file, 'utf8').includes('data-pagefind-body');
  }).length;
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'practice-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { pages } = await buildSearchIndex(outDir);
        logger.info(`indexed ${pages} case pages in ${Math.round(performance.now() - started)} ms → pagefind/`);
      },
    },
  };
}
