/**
 * Queries people (and attackers) type that must not break the search page: no error, no injected
 * markup, no script run, and a sensible answer. Each is pinned here, in Chromium.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { expectFirstPractice, openSearch, practiceHits, settled, statusText } from './search-support';

let page: Page;
let errors: string[];

const env = siteInChrome();
beforeEach(async () => {
  await page?.close();
  page = await env.browser.newPage();
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Every error counts, a 404 too: the instant tier asks only for shards that exist (TierRoot).
    const url = m.location().url;
    errors.push(url ? `${m.text()} (${url})` : m.text());
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
});

/** No script from the query ran, and the results hold no markup but links, marks and text. */
async function expectNothingInjected() {
  expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
  const tags = await page.evaluate(() => [
    ...new Set([...document.querySelectorAll('[data-search-results] *')].map((e) => e.tagName.toLowerCase())),
  ]);
  for (const tag of tags) expect(['li', 'h3', 'a', 'p', 'ul', 'mark', 'button']).toContain(tag);
  expect(errors).toEqual([]);
}

describe('bad queries on /search/', () => {
  it('empty: lists every case to browse, no error', async () => {
    await openSearch(page, env.site.url, '');
    expect(await statusText(page)).toMatch(/共 \d+ 个案例/);
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    await expectNothingInjected();
  });

  it('whitespace only: same as empty, and the box is left empty', async () => {
    await openSearch(page, env.site.url, ' \t\u3000  ');
    expect(await statusText(page)).toMatch(/共 \d+ 个案例/);
    expect(await page.inputValue('#search-q')).toBe('');
    await expectNothingInjected();
  });

  it('1,000 characters: cut to a usable query, answered without error', async () => {
    await openSearch(page, env.site.url, '游泳'.repeat(500));
    expect((await page.inputValue('#search-q')).length).toBe(100);
    expect(await statusText(page)).not.toBe('');
    await expectNothingInjected();
  });

  it('1,000 characters typed into the box', async () => {
    await openSearch(page, env.site.url, null);
    await page.fill('#search-q', `首问责任制${'x'.repeat(995)}`);
    await page.press('#search-q', 'Enter');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')?.length).toBe(100);
    await expectNothingInjected();
  });

  it('<script>: no script runs, nothing is found, popular tags are suggested', async () => {
    await openSearch(page, env.site.url, '<script>window.pwned=1</script>');
    expect(await statusText(page)).toContain('没有找到');
    expect(await statusText(page)).toContain('<script>');
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-empty] a.tag').count()).toBeGreaterThan(3);
    await expectNothingInjected();
  });

  it('an HTML event handler: shown as text, never run', async () => {
    await openSearch(page, env.site.url, '<img src=x onerror="window.pwned=1">游泳');
    await expectNothingInjected();
    expect(await page.locator('img').count()).toBe(0);
  });

  it('quotes: a quoted name is the exact phrase and finds the practice first', async () => {
    await openSearch(page, env.site.url, '"首问责任制"');
    expectFirstPractice(await practiceHits(page), 'first-inquiry-responsibility');
    await openSearch(page, env.site.url, '“安康杯”');
    expectFirstPractice(await practiceHits(page), 'ankang-cup');
    await openSearch(page, env.site.url, `'"'`);
    expect(await statusText(page)).not.toBe('');
    await expectNothingInjected();
  });

  it('regular-expression characters: taken literally, no error', async () => {
    for (const q of ['.*', 'a.*b+[c](d)|^$\\', '(', '[', '+?', '游泳.*']) {
      await openSearch(page, env.site.url, q);
      expect(await statusText(page), q).not.toBe('');
    }
    await expectNothingInjected();
  });

  it('mixed Chinese and English: the Chinese word still finds its practice', async () => {
    await openSearch(page, env.site.url, '12121 电视天气预报');
    expectFirstPractice(await practiceHits(page), 'farming-season-forecasts', '12121 电视天气预报');
    await openSearch(page, env.site.url, '游泳 swimming');
    expect(await practiceHits(page)).toContain('kindergarten-swimming-programme#swimming-programme');
    // An English word the archive does not have does not hide the Chinese match.
    await openSearch(page, env.site.url, 'PDCA 首问责任制');
    expectFirstPractice(await practiceHits(page), 'first-inquiry-responsibility');
    await expectNothingInjected();
  });

  it('junk filter values in the URL are ignored, not fatal', async () => {
    await openSearch(page, env.site.url, '游泳', '&tag=%3Cscript%3E&sort=%22%3E&period=abc');
    expect(await practiceHits(page)).toContain('kindergarten-swimming-programme#swimming-programme');
    await expectNothingInjected();
  });

  it('the case page highlights a hostile ?hl= as text only', async () => {
    await page.goto(
      `${env.site.url}cases/district-service-center-expansion/?hl=${encodeURIComponent('<img src=x onerror="window.pwned=1">首问')}#first-inquiry-responsibility`,
    );
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
