/**
 * A reader's path through search, in Chromium on the built site: type a query, filter by a tag,
 * open a result, land on the highlighted practice, come back and find everything as it was. Also
 * the same under a base path, and the page's keyboard use, live region and 320 px layout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { serve, type Served } from '../helpers/serve';
import { buildSite } from '../helpers/build';
import { ROOT } from '../helpers/paths';
import { expectFirstPractice, openSearch, practiceHits, settled, statusText } from './search-support';
import { realEntries } from '../helpers/entries';

// Landing on an anchor settles after the page's layout does; on a loaded machine that takes more than a second.
const SETTLE = { timeout: 10_000 };

/** A real entry's data, for what its result and page must show. */
const entries = realEntries();
const entryOf = (slug: string) => entries.find((e) => e.slug === slug)!.data;

const env = siteInChrome();

async function newPage(width = 1280): Promise<Page> {
  return env.browser.newPage({ viewport: { width, height: 900 } });
}

describe('search, end to end', () => {
  it('type a query, filter by a tag, open the practice, go back: query and filter are still there', async () => {
    const page = await newPage();
    await page.goto(`${env.site.url}search/`);
    await settled(page);
    await page.click('#search-q');
    await page.keyboard.type('游泳', { delay: 60 });
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await statusText(page)).toMatch(/找到 \d+ 个案例/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('游泳');

    // The tag facet lists 特色品牌项目 with a count (perhaps behind "show all"); tick it.
    const showAll = page.locator('[data-search-facets] fieldset', { hasText: '标签' }).locator('button');
    if (await showAll.count()) await showAll.click();
    const facet = page.locator('[data-search-facets] label', { hasText: '特色品牌项目' });
    expect(await facet.textContent()).toMatch(/特色品牌项目\s*\d+/);
    await facet.click();
    await page.waitForURL(/tag=signature-programme/);
    await settled(page);
    const hits = await practiceHits(page);
    const firstHit = expectFirstPractice(hits, 'swimming-programme', '游泳');
    const firstCase = firstHit.split('#')[0]!;

    // Results carry the unit and a highlighted excerpt.
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('.result-meta').textContent()).toContain(entryOf(firstCase).unit.name.split('{withheld}').pop());
    expect(await first.locator('mark').count()).toBeGreaterThan(0);

    await page.locator('[data-practice-hit="swimming-programme"]').first().click();
    await page.waitForURL(new RegExp(`/cases/${firstCase}/\\?hl=.*#swimming-programme$`));
    await page.waitForLoadState('load');
    // Landed on the practice, scrolled into view, with the query's words marked.
    const target = page.locator('#swimming-programme');
    await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top), SETTLE).toBeLessThan(300);
    expect(await target.locator('mark.search-hit').first().textContent()).toBe('游泳');

    await page.goBack();
    await settled(page);
    expect(await page.inputValue('#search-q')).toBe('游泳');
    expect(await page.isChecked('#facet-tag-signature-programme')).toBe(true);
    expect((await practiceHits(page))[0]).toBe(firstHit);

    // Back once more: the unfiltered query.
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.getAll('tag')).toEqual([]);
    expect(await page.inputValue('#search-q')).toBe('游泳');
    await page.close();
  });

  it('after a search the filters still say which values rest, for some cases, on the editors’ inference', async () => {
    const page = await newPage();
    await page.goto(`${env.site.url}search/?q=${encodeURIComponent('气象')}`);
    await settled(page);
    // The panel was drawn in the browser for this query, from the page's config.
    const label = (facet: string, value: string) => page.locator(`[data-search-facets] label:has(#facet-${facet}-${value})`);
    expect(await label('sector', 'meteorology').innerText()).toMatch(/^气象\s*（含编者推断）\s*\d+$/);
    const sectors = page.locator('[data-search-facets] input[data-facet="sector"]');
    for (const value of await sectors.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))) {
      const some = entries.some((e) => e.data.unit.sector === value && e.data.unit.sectorBasis === 'inferred');
      expect((await label('sector', value).innerText()).includes('含编者推断'), value).toBe(some);
    }
    await page.close();
  });

  it('the header search box on any page leads to /search/?q=', async () => {
    const page = await newPage();
    await page.goto(`${env.site.url}cases/`);
    await page.fill('#site-search', '安康杯');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await settled(page);
    expectFirstPractice(await practiceHits(page), 'ankang-cup', '安康杯');
    await page.close();
  });

  it('browses by facet with no query, and sorts by period', async () => {
    const page = await newPage();
    await openSearch(page, env.site.url, null, '?sector=education');
    const education = realEntries().filter((e) => e.data.unit.sector === 'education').length;
    expect(await statusText(page)).toMatch(new RegExp(`共 ${education} 个案例符合筛选条件`));
    await openSearch(page, env.site.url, null, '?tag=our-festivals');
    expect((await practiceHits(page)).length).toBeGreaterThan(0);
    await openSearch(page, env.site.url, null);
    await page.selectOption('#search-sort', 'oldest');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('oldest');
    const years = await page.$$eval('[data-search-results] .result-meta', (els) =>
      els.map((e) => Number(/(\d{4})/.exec(e.textContent ?? '')?.[1])),
    );
    expect(years).toEqual([...years].sort((a, b) => a - b));
    await page.close();
  });

  it('is keyboard operable and announces the result count', async () => {
    const page = await newPage();
    await openSearch(page, env.site.url, null);
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    expect(await page.getAttribute('[data-search-status]', 'aria-live')).toBe('polite');
    await page.focus('#search-q');
    await page.keyboard.type('首问负责制');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await statusText(page)).toMatch(/找到 \d+ 个案例/);
    // Tab from the box reaches the search button, then the filters, and Space ticks a filter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    let focused = await page.evaluate(() => document.activeElement?.getAttribute('type') ?? document.activeElement?.tagName);
    while (focused !== 'checkbox') {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('type') ?? document.activeElement?.tagName);
    }
    await page.keyboard.press('Space');
    await settled(page);
    expect(new URL(page.url()).search).toMatch(/q=.+&\w+=/);
    await page.close();
  });

  it('shows the archive at once with no query, and fetches the index only when the reader heads for it', async () => {
    const page = await newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await openSearch(page, env.site.url, null);
    const titles = () => page.$$eval('[data-search-results] > li h3', (els) => els.map((e) => e.textContent?.trim()));
    const built = await titles();
    expect(built.length).toBeGreaterThan(0);
    expect(await statusText(page)).toMatch(/共 \d+ 个案例/);
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);

    // "Show all" works before any search: the folded values are in the page already.
    const tags = page.locator('[data-search-facets] fieldset', { hasText: '标签' });
    const folded = await tags.locator('li[hidden]').count();
    if (folded) {
      await tags.locator('button').click();
      expect(await tags.locator('li[hidden]').count()).toBe(0);
    }

    await page.focus('#search-q');
    await expect.poll(() => fetched.some((p) => p.endsWith('/pagefind/pagefind.js')), SETTLE).toBe(true);
    // The index lists the same cases in the same order as the built page did.
    await page.selectOption('#search-sort', 'newest');
    await settled(page);
    expect(await titles()).toEqual(built);
    await page.close();
  });

  it('starts with the filters folded on a phone, without moving anything after the first paint', async () => {
    const page = await newPage(375);
    await openSearch(page, env.site.url, null);
    expect(await page.getAttribute('[data-search-filter-panel]', 'open')).toBeNull();
    expect(await page.locator('[data-search-results] > li').first().isVisible()).toBe(true);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 500);
        }),
    );
    expect(shift).toBeLessThan(0.1);
    await page.close();
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const page = await newPage(320);
    await openSearch(page, env.site.url, '首问责任制');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.locator('#search-q').isVisible()).toBe(true);
    await page.close();
  });
});

describe('search under a base path', () => {
  const base = '/practice-archive/';
  let out: string;
  let based: Served;
  beforeAll(() => {
    out = mkdtempSync(join(ROOT, '.cache', 'search-base-'));
    const { ok, output } = buildSite({ env: { BASE_PATH: base }, outDir: out });
    if (!ok) throw new Error(output);
  }, 600_000);
  afterAll(async () => {
    await based?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('loads the index from under the base and links results under it', async () => {
    based = await serve(out, base);
    const page = await newPage();
    await openSearch(page, based.url, '首问责任制');
    const href = await page.getAttribute('[data-practice-hit]', 'href');
    expect(href).toMatch(/^\/practice-archive\/cases\/[a-z0-9-]+\/\?hl=.+#first-inquiry-responsibility$/);
    const slug = /cases\/([a-z0-9-]+)\//.exec(href!)![1]!;
    await page.click('[data-practice-hit]');
    await page.waitForURL(/#first-inquiry-responsibility$/);
    expect(await page.title()).toContain(entryOf(slug).title);
    await page.close();
  });
});
