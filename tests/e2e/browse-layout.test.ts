import { describe, expect, it } from 'vitest';
import { siteInChrome } from '../helpers/site-in-chrome';

const env = siteInChrome();

const PAGES = [
  '',
  'themes/',
  'tags/',
  'tags/role-models/',
  'practices/',
  'cases/',
  'cases/district-service-center-expansion/',
  'about/',
  'nope/',
];

describe('layout from 320 px up', () => {
  it('no page scrolls sideways at 320 px, and the navigation and search stay usable', async () => {
    const page = await env.browser.newPage({ viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    for (const path of PAGES) {
      await page.goto(env.site.url + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`/${path}: ${width}px`);
      for (const name of ['主题', '标签', '做法', '案例', '搜索']) {
        expect(
          await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true }).isVisible(),
          `${path} ${name}`,
        ).toBe(true);
      }
    }
    expect(overflowing).toEqual([]);
    await page.close();
  });

  it("the header at 375 px keeps its height when the theme toggle's script shows the button (no layout shift on load)", async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${env.site.url}cases/district-service-center-expansion/`);
    // The toggle waits for its script (inlined into the page, so it cannot be held back); marking it
    // pending again shows the header as it is painted before the script runs.
    const heights = await page.evaluate(() => {
      const toggle = document.querySelector<HTMLElement>('.theme-toggle')!;
      const header = document.querySelector<HTMLElement>('.site-header')!;
      toggle.dataset.pending = '';
      const before = header.getBoundingClientRect().height;
      delete toggle.dataset.pending;
      return { before, after: header.getBoundingClientRect().height };
    });
    expect(heights.after).toBe(heights.before);
    await page.close();
  });

  it('the skip link comes first and moves focus to the main content', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}practices/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
