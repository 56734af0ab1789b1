/**
 * Issue 23, point 2, in Chromium on the built site: the filters a search offers are counted over
 * the results it shows, so every one of them leads only to results that match the query; cases
 * matching only through a tag come after those matching in their own words, and say which tag;
 * a search that finds nothing offers the tags close to it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { openSearch, settled } from './search-support';

const env = siteInChrome();
let page: Page;
beforeAll(async () => {
  page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
});

/** The result cases' links, top to bottom. */
const resultCases = () => page.$$eval('.result h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Every value the filter panel offers: its checkbox id and its count. */
const offered = () =>
  page.$$eval('[data-search-facets] input[data-facet]', (inputs) =>
    inputs.map((i) => ({ id: i.id, count: Number(i.closest('label')!.querySelector('.facet-count')!.textContent) })),
  );

/** Ticks or unticks a filter as a reader does (folded values too, as after "show all"). */
async function toggle(id: string, on: boolean) {
  await page.$eval(
    `#${id}`,
    (box, checked) => {
      (box as HTMLInputElement).checked = checked;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    },
    on,
  );
  await settled(page);
}

describe('search filters fit the results', () => {
  // Queries whose loose Pagefind matches include pages that do not hold them.
  for (const q of ['首问责任制', '义诊']) {
    it(`every filter offered for “${q}” leads to exactly its count of cases, all among the query's results`, async () => {
      await openSearch(page, env.site.url, q);
      const matches = new Set(await resultCases());
      expect(matches.size).toBeGreaterThan(0);
      const values = await offered();
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) {
        expect(v.count, v.id).toBeGreaterThan(0);
        await toggle(v.id, true);
        const shown = await resultCases();
        expect(shown.length, `${q} + ${v.id}`).toBe(v.count);
        for (const url of shown) expect(matches.has(url), `${q} + ${v.id}: ${url} does not match the query`).toBe(true);
        await toggle(v.id, false);
      }
    });
  }
});

describe('ranking by how a case matches', () => {
  it('“窗口”: cases matching only through a tag come last and say which tag', async () => {
    await openSearch(page, env.site.url, '窗口');
    const rows = await page.$$eval('.result', (items) =>
      items.map((li) => ({
        practices: [...li.querySelectorAll('.practice-hits > li')].map((p) => p.querySelector('.via-tags')?.textContent ?? ''),
        caseVia: li.querySelector(':scope > .via-tags')?.textContent ?? '',
      })),
    );
    // A case is tag-only when every practice it lists says 匹配标签 (or the case itself does).
    const tagOnly = rows.map((r) => (r.practices.length ? r.practices.every(Boolean) : Boolean(r.caseVia)));
    expect(tagOnly.some(Boolean)).toBe(true);
    expect(tagOnly.some((t) => !t)).toBe(true);
    const firstTagOnly = tagOnly.indexOf(true);
    expect(tagOnly.slice(firstTagOnly).every(Boolean)).toBe(true);
    const lines = rows.flatMap((r) => [...r.practices, r.caseVia]).filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^匹配标签：\S+/);
    expect(lines.some((l) => l.includes('文明科室、班组与窗口创建'))).toBe(true);
  });

  it('a practice named exactly as the query comes first', async () => {
    await openSearch(page, env.site.url, '首问责任制');
    const first = await page.$eval('[data-practice-hit]', (a) => a.textContent?.trim());
    expect(first).toBe('首问责任制');
  });
});

describe('nothing found', () => {
  it('offers the tags close to the query', async () => {
    await openSearch(page, env.site.url, '节约用水');
    expect(await resultCases()).toEqual([]);
    expect(await page.isVisible('[data-search-nearby]')).toBe(true);
    const tags = await page.$$eval('[data-search-nearby-list] a', (as) =>
      as.map((a) => ({ text: a.textContent, href: (a as HTMLAnchorElement).getAttribute('href') })),
    );
    expect(tags.map((t) => t.text)).toContain('勤俭节约');
    for (const t of tags) expect(t.href).toMatch(/\/search\/\?tag=[a-z0-9-]+$/);
  });
  it('hides them when something is found', async () => {
    await openSearch(page, env.site.url, '游泳');
    expect(await page.isVisible('[data-search-nearby]')).toBe(false);
  });
});
