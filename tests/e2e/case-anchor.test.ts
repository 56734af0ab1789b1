import { describe, expect, it } from 'vitest';
import { siteInChrome } from '../helpers/site-in-chrome';
import { realEntries } from '../helpers/entries';

// Landing on an anchor settles after the page's layout does; on a loaded machine that takes more than a second.
const SETTLE = { timeout: 10_000 };

const env = siteInChrome();

describe('following a practice anchor', () => {
  const { slug, data } = realEntries().find((e) => e.slug === 'district-service-center-expansion')!;
  const practice = data.practices.find((p: { id: string }) => p.id === 'first-inquiry-responsibility') ?? data.practices.at(-1);

  it('a link to /cases/<case>/#<practice> lands on that practice, in view', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(`${env.site.url}cases/${slug}/#${practice.id}`);
    const target = page.locator(`#${practice.id}`);
    await expect.poll(() => target.evaluate((el) => el.matches(':target')), SETTLE).toBe(true);
    await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top), SETTLE).toBeLessThan(120);
    expect(await target.locator('h3').innerText()).toContain(practice.name);
    await page.close();
  });

  it('clicking a practice permalink moves to it and updates the address', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${env.site.url}cases/${slug}/`);
    const last = data.practices.at(-1);
    await page.locator(`#${last.id} a.anchor`).click();
    await expect.poll(() => page.url(), SETTLE).toMatch(new RegExp(`#${last.id}$`));
    const top = await page.locator(`#${last.id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
    await page.close();
  });
});
