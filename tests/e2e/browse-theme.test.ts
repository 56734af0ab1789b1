import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { THEME_KEY } from '../../src/lib/theme';

const env = siteInChrome();

const DARK_BG = 'rgb(22, 24, 27)';
const LIGHT_BG = 'rgb(253, 252, 249)';

/**
 * Records the theme at the moment <body> is created: nothing can be painted before that, so if
 * the theme is right then, the page never flashes the wrong one.
 */
async function watchFirstPaint(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __themeAtBody?: string | null };
    new MutationObserver((_, observer) => {
      if (document.body) {
        w.__themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}
const themeAtBody = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as unknown as { __themeAtBody?: string }).__themeAtBody);
const bodyBg = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('dark mode', () => {
  it('follows a dark system setting from the first paint', async () => {
    const context = await env.browser.newContext({ colorScheme: 'dark' });
    await watchFirstPaint(context);
    const page = await context.newPage();
    await page.goto(`${env.site.url}cases/`);
    expect(await themeAtBody(page)).toBe('dark');
    expect(await bodyBg(page)).toBe(DARK_BG);
    expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('the toggle switches, is remembered across pages, and the next page starts in the chosen theme', async () => {
    const context = await env.browser.newContext({ colorScheme: 'light' });
    await watchFirstPaint(context);
    const page = await context.newPage();
    await page.goto(env.site.url);
    expect(await themeAtBody(page)).toBe('light');
    expect(await bodyBg(page)).toBe(LIGHT_BG);
    const toggle = page.locator('.theme-toggle');
    expect(await toggle.isVisible()).toBe(true);
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => bodyBg(page)).toBe(DARK_BG);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe('dark');

    await page.goto(`${env.site.url}tags/`);
    expect(await themeAtBody(page)).toBe('dark');
    expect(await bodyBg(page)).toBe(DARK_BG);
    await page.locator('.theme-toggle').click();
    await page.reload();
    expect(await themeAtBody(page)).toBe('light');
    await context.close();
  });

  it('a stored light choice wins over a dark system', async () => {
    const context = await env.browser.newContext({ colorScheme: 'dark' });
    await context.addInitScript((key) => localStorage.setItem(key, 'light'), THEME_KEY);
    await watchFirstPaint(context);
    const page = await context.newPage();
    await page.goto(`${env.site.url}practices/`);
    expect(await themeAtBody(page)).toBe('light');
    expect(await bodyBg(page)).toBe(LIGHT_BG);
    await context.close();
  });

  it('without JavaScript the page still follows the system, and the toggle is not offered', async () => {
    const context = await env.browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url);
    expect(await bodyBg(page)).toBe(DARK_BG);
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    await context.close();
  });
});
