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
import { openSearch, practiceHits, settled } from './search-support';

interface QualityCase {
  query: string | number;
  case: string;
  practice: string;
  maxRank: number;
  kind: string;
  /**
   * Other practices ("case#practice") that are equally right answers to the query, e.g. a newer
   * case with the same practice. Ranked ahead of the expected one, they do not count against it.
   */
  also?: string[];
}

/** What a contributor whose new case moved this query reads: how to update the set, if rightly. */
function howToUpdate(c: QualityCase, hits: string[]): string {
  return [
    `“${c.query}” should bring ${c.case}#${c.practice} to rank ≤ ${c.maxRank}; results: ${hits.slice(0, 8).join(', ') || '(none)'}.`,
    "If your new case is a legitimate answer to this query, say so in tests/search-quality/queries.yaml on this query's line:",
    '  add its practice to the acceptable answers, also: [<your-case>#<practice-id>], or raise maxRank;',
    'if it is not (the new case only mentions the words in passing), improve the entry or the ranking instead (docs/search.md).',
  ].join('\n');
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
      const at = hits.indexOf(`${c.case}#${c.practice}`);
      const alsoAhead = hits.slice(0, Math.max(at, 0)).filter((h) => c.also?.includes(h)).length;
      const rank = at < 0 ? 0 : at + 1 - alsoAhead;
      expect(rank > 0 && rank <= c.maxRank, howToUpdate(c, hits)).toBe(true);
    });
  }
});
