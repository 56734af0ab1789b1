/**
 * The search-quality set (tests/search-quality/queries.yaml): every query must bring its practice
 * to at most its stated rank, in Chromium, on the built and indexed site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { ROOT } from '../helpers/paths';
import { howToUpdate, openSearch, practiceHits, rankAllowingAlso, settled, type RankExpectation } from './search-support';

interface QualityCase extends RankExpectation {
  kind: string;
}

// SEARCH_QUALITY_SET runs another set in the same format (e.g. a held-out one) through the same checks.
const setFile = process.env.SEARCH_QUALITY_SET ?? join(ROOT, 'tests/search-quality/queries.yaml');
const set = parse(readFileSync(setFile, 'utf8')) as QualityCase[];
const isDefaultSet = !process.env.SEARCH_QUALITY_SET;

let page: Page;

const env = siteInChrome();
beforeAll(async () => {
  page = await env.browser.newPage();
  await openSearch(page, env.site.url, null);
});

describe('search quality set', () => {
  it.runIf(isDefaultSet)('has at least 40 realistic queries of every kind', () => {
    expect(set.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(set.map((c) => c.kind));
    for (const kind of ['name', 'programme', 'place', 'number', 'word', 'partial', 'alias']) expect(kinds, kind).toContain(kind);
  });

  for (const c of set) {
    it(`${c.kind}: “${c.query}” finds ${c.case}#${c.practice} at rank ≤ ${c.maxRank}`, async () => {
      // Typed into the search box like a reader would (the URL form is covered by the other tests).
      await page.fill('#search-q', String(c.query));
      await page.press('#search-q', 'Enter');
      await settled(page);
      const hits = await practiceHits(page);
      const rank = rankAllowingAlso(c, hits);
      expect(rank > 0 && rank <= c.maxRank, howToUpdate(c, hits, 'tests/search-quality/queries.yaml')).toBe(true);
    });
  }
});
