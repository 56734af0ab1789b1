/**
 * Traditional characters and variants (tests/search-quality/queries-traditional.yaml), in Chromium
 * on the built site: a traditional, mixed or variant query finds exactly what its simplified form
 * finds, in the same order; only such a query fetches OpenCC's dictionaries, and they stay within
 * 60 KB gzipped; the case page highlights a traditional query's words in the simplified text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { DIST, ROOT } from '../helpers/paths';
import { howToUpdate, openSearch, practiceHits, rankAllowingAlso, settled, type RankExpectation } from './search-support';

interface TraditionalCase extends RankExpectation {
  query: string;
  simplified: string;
  kind: string;
}

const set = parse(readFileSync(join(ROOT, 'tests/search-quality/queries-traditional.yaml'), 'utf8')) as TraditionalCase[];
const simplifiedSet = parse(readFileSync(join(ROOT, 'tests/search-quality/queries.yaml'), 'utf8')) as { query: string | number }[];

/** The build's chunk holding OpenCC's dictionaries (its name carries a content hash). */
const CONVERTER = /\/_astro\/to-simplified\.[\w-]+\.js$/;

let page: Page;
/** Every URL the page has requested since the last `takeRequests()`. */
const requests: string[] = [];
const takeRequests = () => requests.splice(0);

const env = siteInChrome();
beforeAll(async () => {
  page = await env.browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await openSearch(page, env.site.url, null);
});

/** Types a query into the search box like a reader and returns the practices it lists. */
async function search(query: string): Promise<string[]> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await settled(page);
  return practiceHits(page);
}

describe('traditional-script set', () => {
  it('covers traditional, mixed and variant queries', () => {
    expect(set.length).toBeGreaterThanOrEqual(10);
    for (const kind of ['traditional', 'mixed', 'variant']) expect(set.map((c) => c.kind)).toContain(kind);
  });

  for (const c of set) {
    it(`${c.kind}: “${c.query}” finds what “${c.simplified}” finds, ${c.case}#${c.practice} at rank ≤ ${c.maxRank}`, async () => {
      const hits = await search(c.query);
      // Whatever the archive holds, the traditional query and its simplified form list the same.
      expect(hits).toEqual(await search(c.simplified));
      const rank = rankAllowingAlso(c, hits);
      expect(rank > 0 && rank <= c.maxRank, howToUpdate(c, hits, 'tests/search-quality/queries-traditional.yaml')).toBe(true);
    });
  }
});

describe('what the conversion costs', () => {
  it('is one chunk of at most 60 KB gzipped', () => {
    const chunks = readdirSync(join(DIST, '_astro')).filter((f) => CONVERTER.test(`/_astro/${f}`));
    expect(chunks).toHaveLength(1);
    const gzipped = gzipSync(readFileSync(join(DIST, '_astro', chunks[0]!))).length;
    expect(gzipped).toBeGreaterThan(10_000); // it does hold the dictionaries
    expect(gzipped).toBeLessThanOrEqual(60 * 1024);
  });

  it('is not fetched for any query of the simplified quality set, and is fetched for a traditional one', async () => {
    await openSearch(page, env.site.url, null);
    takeRequests();
    for (const { query } of simplifiedSet) await search(String(query));
    expect(takeRequests().filter((u) => CONVERTER.test(u))).toEqual([]);
    await search('首問責任制');
    expect(takeRequests().filter((u) => CONVERTER.test(u))).toHaveLength(1);
  });

  it('marks the simplified words in the results of a traditional query', async () => {
    await openSearch(page, env.site.url, '限時辦結');
    const marks = await page.locator('[data-practice-hit] mark').allTextContents();
    expect(marks).toContain('限时办结');
    // The query stays as the reader typed it, in the box and in the URL.
    expect(await page.inputValue('#search-q')).toBe('限時辦結');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=限時辦結');
  });
});

describe('the case page opened from a traditional query', () => {
  it('highlights the words and scrolls to the practice; the result link carries the simplified form', async () => {
    await openSearch(page, env.site.url, '首問責任制');
    await page.locator('[data-practice-hit="first-inquiry-responsibility"]').first().click();
    await page.waitForURL(/\/cases\/district-service-center-expansion\/\?hl=.+#first-inquiry-responsibility$/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?hl=首问责任制');
    const target = page.locator('#first-inquiry-responsibility');
    expect(await target.locator('mark.search-hit').first().textContent()).toBe('首问责任制');
    await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top), { timeout: 10_000 }).toBeLessThan(200);
  });

  it('converts a traditional highlight parameter (a shared link) on the page itself', async () => {
    takeRequests();
    const url = `${env.site.url}cases/district-service-center-expansion/`;
    await page.goto(`${url}?hl=${encodeURIComponent('首問責任制')}#first-inquiry-responsibility`);
    const mark = page.locator('#first-inquiry-responsibility mark.search-hit', { hasText: '首问责任制' }).first();
    await mark.waitFor();
    expect(takeRequests().filter((u) => CONVERTER.test(u))).toHaveLength(1);
  });

  it('loads no conversion for a simplified highlight, and nothing extra without one', async () => {
    const url = `${env.site.url}cases/district-service-center-expansion/`;
    takeRequests();
    await page.goto(`${url}?hl=${encodeURIComponent('首问责任制')}#first-inquiry-responsibility`);
    await page.locator('#first-inquiry-responsibility mark.search-hit').first().waitFor();
    expect(takeRequests().filter((u) => CONVERTER.test(u))).toEqual([]);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(takeRequests().filter((u) => /\/_astro\/(to-simplified|traditional-chars)\./.test(u))).toEqual([]);
  });
});
