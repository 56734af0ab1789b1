import { describe, expect, it } from 'vitest';
import { addCjkFont, CJK_FAMILY } from '../../scripts/cjk-font';
import { siteInChrome } from '../helpers/site-in-chrome';

const env = siteInChrome();

describe('printing a case page', () => {
  it('drops the navigation, keeps practices whole, shows where links go, and prints black on white even in dark mode', async () => {
    const context = await env.browser.newContext({ colorScheme: 'dark' });
    // Chinese from an npm font, so the PDF shows text, not boxes, where the machine has no CJK font.
    await addCjkFont(context);
    const page = await context.newPage();
    await page.goto(`${env.site.url}cases/district-service-center-expansion/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav.breadcrumbs', '.related', 'nav.prev-next', '.theme-toggle']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('article.case h1').isVisible()).toBe(true);
    const breaks = await page.$$eval('article.practice', (els) => els.map((el) => getComputedStyle(el).breakInside));
    expect(breaks.length).toBeGreaterThan(0);
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
    // The case's own address is printed under the title.
    expect(await page.locator('.print-only').innerText()).toMatch(/^https?:\/\/.+\/cases\/district-service-center-expansion\/$/);
    // Ordinary links print their target; tag pills do not.
    const after = await page.$$eval('main a[href]', (links) =>
      links.map((a) => ({
        tag: a.classList.contains('tag'),
        content: getComputedStyle(a, '::after').content,
        href: a.getAttribute('href'),
      })),
    );
    const theme = after.find((a) => a.href?.startsWith('/themes/'))!;
    expect(theme.content).toContain(theme.href);
    expect(after.filter((a) => a.tag).every((a) => a.content === 'none' || a.content === 'normal')).toBe(true);
    const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);

    // The page's Chinese drew with the served font: its faces for these characters loaded.
    const loaded = await page.evaluate(async (family) => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replaceAll('"', '') === family && f.status === 'loaded').length;
    }, CJK_FAMILY);
    expect(loaded).toBeGreaterThan(0);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await context.close();
  });
});
