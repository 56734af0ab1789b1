/**
 * The instant tier in Chromium on the built site: suggestions of practices as the reader types, in
 * the header box and on /search/, without Pagefind (its files are blocked here, so what shows came
 * from the tier alone), in simplified and traditional script; the keyboard of a combobox; no layout
 * shift; nothing of it fetched on a plain page view, and Pagefind only after the tier's shard (when
 * typing pauses, or at once when the tier has nothing to show).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { realEntries } from '../helpers/entries';

const SETTLE = { timeout: 10_000 };
const env = siteInChrome();

const { slug } = realEntries().find((e) => e.slug === 'district-service-center-expansion')!;
/** A page with the header box and the tier (case pages have the box without it: their JS budget). */
const LISTING = 'practices/';
const TIER = /\/search\/suggest\/|suggest-ui/;
const PAGEFIND = /\/pagefind[^/]*\//;

/** A page whose Pagefind files fail, with every requested URL recorded. */
async function pageWithoutPagefind(): Promise<{ page: Page; requests: string[] }> {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route(PAGEFIND, (route) => route.abort());
  return { page, requests };
}

/** Types like a reader, one character at a time. */
async function typeSlowly(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text, { delay: 150 });
}

const options = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[role=listbox]:not([hidden]) [role=option]')].map((o) => o.innerText));

describe('the instant tier', () => {
  let requests: string[];
  let page: Page;
  beforeAll(async () => {
    ({ page, requests } = await pageWithoutPagefind());
  });

  it('fetches nothing of the tier or of Pagefind on a plain page view', async () => {
    for (const path of [`cases/${slug}/`, LISTING]) {
      await page.goto(`${env.site.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect(requests.filter((u) => TIER.test(u) || PAGEFIND.test(u))).toEqual([]);
  });

  it('suggests 首问责任制 for 首问 in the header box with Pagefind blocked, as a combobox with a live count', async () => {
    await typeSlowly(page, '#site-search', '首问');
    await expect.poll(() => options(page), SETTLE).toEqual(expect.arrayContaining([expect.stringContaining('首问责任制')]));
    const box = page.locator('#site-search');
    expect(await box.getAttribute('role')).toBe('combobox');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const live = await page.locator('.search-box [role=status]').innerText();
    expect(live).toContain(String((await options(page)).length));
  });

  it('moves with the arrows, closes with Esc and opens the practice with Enter', async () => {
    const box = page.locator('#site-search');
    await page.keyboard.press('ArrowDown');
    const first = await page.locator('[role=option]').first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    const href = (await first.getAttribute('data-suggestion'))!;
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type('责');
    await expect.poll(() => box.getAttribute('aria-expanded'), SETTLE).toBe('true');
    await page.keyboard.press('ArrowDown');
    const target = (await page.locator('[role=option]').first().getAttribute('data-suggestion'))!;
    expect(target).toMatch(/#/);
    expect(href).toMatch(/#/);
    await page.keyboard.press('Enter');
    await expect.poll(() => decodeURI(new URL(page.url()).pathname + new URL(page.url()).hash), SETTLE).toBe(decodeURI(target));
  });

  it('suggests 首问责任制 for the traditional 首問 too, on /search/', async () => {
    await page.goto(`${env.site.url}search/`);
    await typeSlowly(page, '#search-q', '首問');
    await expect.poll(() => options(page), SETTLE).toEqual(expect.arrayContaining([expect.stringContaining('首问责任制')]));
  });

  it('warms Pagefind when typing pauses, after the tier has answered, not before', async () => {
    const fresh = await pageWithoutPagefind();
    const p = fresh.page;
    await p.goto(`${env.site.url}${LISTING}`);
    await p.click('#site-search');
    // Heading for the box brings the tier's code and its tag table, not Pagefind.
    await expect.poll(() => fresh.requests.filter((u) => TIER.test(u)).length, SETTLE).toBeGreaterThan(0);
    await p.waitForTimeout(500);
    expect(fresh.requests.filter((u) => PAGEFIND.test(u))).toEqual([]);
    await p.keyboard.type('首');
    await expect.poll(() => fresh.requests.some((u) => PAGEFIND.test(u)), SETTLE).toBe(true);
    // The first key's shard was asked for before any of Pagefind's files.
    const shard = fresh.requests.findIndex((u) => /\/search\/suggest\/[^/]+\/p[0-9a-f]+\.json/.test(u));
    expect(shard).toBeGreaterThanOrEqual(0);
    expect(shard).toBeLessThan(fresh.requests.findIndex((u) => PAGEFIND.test(u)));
    expect(fresh.requests.filter((u) => /\/search\/suggest\/[^/]+\/root\.json/.test(u))).toHaveLength(1);
    await p.close();
  });

  it('warms Pagefind for a query the tier has no suggestion for', async () => {
    const fresh = await pageWithoutPagefind();
    const p = fresh.page;
    await p.goto(`${env.site.url}${LISTING}`);
    await typeSlowly(p, '#site-search', '鑫龘');
    await expect.poll(() => fresh.requests.some((u) => PAGEFIND.test(u)), SETTLE).toBe(true);
    expect(await options(p)).toEqual([]);
    // No practice has 鑫: the root says so, and no shard is asked for (none exists to answer).
    expect(fresh.requests.filter((u) => /\/search\/suggest\//.test(u)).map((u) => u.split('/').at(-1))).toEqual(['root.json']);
    await p.close();
  });

  it('shows the suggestions without moving the page (no layout shift)', async () => {
    const fresh = await pageWithoutPagefind();
    const p = fresh.page;
    await p.goto(`${env.site.url}${LISTING}`);
    await p.evaluate(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      // Every shift counts here, those right after input too, which CLS itself would forgive.
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.shift += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: false });
    });
    const main = () => p.locator('main').evaluate((el) => el.getBoundingClientRect().top);
    const before = await main();
    await typeSlowly(p, '#site-search', '首问');
    await expect.poll(() => options(p), SETTLE).not.toEqual([]);
    expect(await main()).toBe(before);
    expect(await p.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    await p.close();
  });
});
