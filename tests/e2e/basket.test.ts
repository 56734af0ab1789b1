/**
 * The practice basket in Chromium on the built site: collect practices from a case page, the
 * practice list and search results; order, group, annotate and remove them at /basket/; export
 * Word and Markdown and read both back with independent readers; share the basket into a fresh
 * browser; keep a practice the archive no longer has; axe, CSP and the JavaScript budgets.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { realEntries } from '../helpers/entries';
import { openSearch } from './search-support';
import { BASKET_KEY } from '../../src/basket/basket';

const env = siteInChrome();
const entries = realEntries();
const practiceOf = (slug: string, id: string) =>
  entries.find((e) => e.slug === slug)!.data.practices.find((p: { id: string }) => p.id === id);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Records the CSP violations and the scripts a page loads, from before its first script runs. */
async function watch(context: BrowserContext) {
  const scripts: string[] = [];
  context.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { scripts };
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
const ready = (page: Page) =>
  page.waitForFunction(() => document.querySelector<HTMLElement>('[data-basket-root]')?.dataset.state === 'ready', null, {
    timeout: 20_000,
  });
const count = async (page: Page) => ((await page.textContent('[data-basket-count]')) ?? '').trim();
const itemNames = async (page: Page) => (await page.locator('[data-basket-item] h3').allTextContents()).map((s) => s.trim());
/**
 * The add button of one practice, by its key and its accessible name: a fifth case may hold a
 * practice of the same name (a copied entry), so the name alone need not be unique on a listing.
 */
const addButton = (page: Page, key: string, name: string) => {
  // A listing page's button is bare: it belongs to the entry whose title links to the practice.
  const [c, p] = key.split('~');
  const own = `[data-basket-add="${key}"], li:has(> a.entry-title[href$="/cases/${c}/#${p}"]) > [data-basket-add]`;
  return page.getByRole('button', { name: pressedOrNot(name) }).and(page.locator(own));
};
/** The button's name, pressed or not: its words ("加入素材篮", or "已在素材篮 · 再按移出") and the practice's name. */
const pressedOrNot = (name: string) => new RegExp(`^(加入素材篮|已在素材篮 · 再按移出)：${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), BASKET_KEY);

describe('the practice basket', () => {
  let context: BrowserContext;
  let page: Page;
  let seen: { scripts: string[] };
  const picked: { c: string; p: string; name: string }[] = [];

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    seen = await watch(context);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('collects practices from a case page, /practices/ and search results, and the header counts them', async () => {
    const swim = practiceOf('kindergarten-swimming-programme', 'swimming-programme');
    await page.goto(`${env.site.url}cases/kindergarten-swimming-programme/`);
    expect(await count(page)).toBe('');
    const button = addButton(page, 'kindergarten-swimming-programme~swimming-programme', swim.name);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await button.innerText()).toBe('加入素材篮');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    // Pressed, it says so in words, and that a second press takes the practice out; the name follows.
    expect(await button.innerText()).toBe('已在素材篮 · 再按移出');
    expect(await button.getAttribute('aria-label')).toBe(`已在素材篮 · 再按移出：${swim.name}`);
    expect(await count(page)).toBe('1');
    picked.push({ c: 'kindergarten-swimming-programme', p: 'swimming-programme', name: swim.name });

    // The page of /practices/ that lists it (past PRACTICE_PAGE_SIZE practices the list is paged).
    const swimEntry = 'li:has(> a.entry-title[href$="/cases/kindergarten-swimming-programme/#swimming-programme"])';
    for (let n = 1; ; n++) {
      await page.goto(`${env.site.url}practices/${n === 1 ? '' : `${n}/`}`);
      if ((await page.locator(swimEntry).count()) > 0) break;
      expect(await page.locator(`a[href$="/practices/${n + 1}/"]`).count(), `no page of /practices/ lists ${swim.name}`).toBeGreaterThan(0);
    }
    expect(await count(page)).toBe('1');
    // The practice already collected shows as pressed here too.
    expect(await addButton(page, 'kindergarten-swimming-programme~swimming-programme', swim.name).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // Listing pages carry bare buttons; the script names each after its entry's title link.
    const entry = page
      .locator('li:has(> a.entry-title):not(:has(> a.entry-title[href*="/cases/kindergarten-swimming-programme/#"]))')
      .first();
    const [otherCase, otherId] = (await entry.locator('a.entry-title').getAttribute('href'))!.split('/cases/')[1]!.split('/#') as [
      string,
      string,
    ];
    const otherName = practiceOf(otherCase, otherId).name;
    const other = entry.getByRole('button', { name: pressedOrNot(otherName) });
    expect(await other.getAttribute('aria-pressed')).toBe('false');
    await other.click();
    expect(await count(page)).toBe('2');
    picked.push({ c: otherCase, p: otherId, name: otherName });

    await openSearch(page, env.site.url, '首问责任制');
    const hit = addButton(page, 'district-service-center-expansion~first-inquiry-responsibility', '首问责任制');
    // Each practice appears once among the results, with one button.
    expect(
      await page
        .locator('[data-search-results] [data-basket-add="district-service-center-expansion~first-inquiry-responsibility"]')
        .count(),
    ).toBe(1);
    await hit.click();
    expect(await hit.getAttribute('aria-pressed')).toBe('true');
    expect(await count(page)).toBe('3');
    picked.push({ c: 'district-service-center-expansion', p: 'first-inquiry-responsibility', name: '首问责任制' });
    // A second click takes it out again, and a third puts it back (at the end).
    await hit.click();
    expect(await count(page)).toBe('2');
    await hit.click();
    expect(await count(page)).toBe('3');
  });

  it('lists them at /basket/ in the order collected, with case, unit and link, and keeps them over a reload', async () => {
    await page.goto(`${env.site.url}basket/`);
    await ready(page);
    expect(await itemNames(page)).toEqual(picked.map((p) => p.name));
    const first = page.locator('[data-basket-item]').first();
    expect(await first.locator('h3 a').getAttribute('href')).toMatch(/\/cases\/kindergarten-swimming-programme\/#swimming-programme$/);
    expect(await first.textContent()).toContain(entries.find((e) => e.slug === 'kindergarten-swimming-programme')!.data.title);
    await page.reload();
    await ready(page);
    expect(await itemNames(page)).toEqual(picked.map((p) => p.name));
    expect(await count(page)).toBe('3');
  });

  it('reorders with the keyboard, annotates, and groups by theme', async () => {
    // Move the second practice up: focus its button and press Enter; focus stays with it.
    await page.getByRole('button', { name: `上移：${picked[1]!.name}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => itemNames(page)).toEqual([picked[1]!.name, picked[0]!.name, picked[2]!.name]);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-basket-item]')?.querySelector('h3')?.textContent?.trim())).toBe(
      picked[1]!.name,
    );
    expect(await page.textContent('[data-basket-status]')).toContain('第 1 位');
    // Down again with the keyboard from the last item's up button, then Space on "down".
    await page.getByRole('button', { name: `下移：${picked[1]!.name}` }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => itemNames(page)).toEqual([picked[0]!.name, picked[1]!.name, picked[2]!.name]);

    const note = page.locator('[data-basket-item]').nth(0).locator('textarea');
    await note.fill('适合我们窗口的做法');
    await page.reload();
    await ready(page);
    expect(await page.locator('[data-basket-item]').nth(0).locator('textarea').inputValue()).toBe('适合我们窗口的做法');

    await page.getByLabel('按主题分组').check();
    await expect.poll(() => page.locator('[data-basket-list] > h2').count()).toBeGreaterThan(0);
    expect(JSON.parse((await stored(page))!).grouped).toBe(true);
    await page.getByLabel('按主题分组').uncheck();
    await expect.poll(() => page.locator('[data-basket-list] > h2').count()).toBe(0);
  });

  it('exports a Word document that an independent reader finds complete and cited, loading the library only then', async () => {
    expect(seen.scripts.some((s) => s.includes('basket-docx'))).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-basket-export="docx"]')]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const files = unzipSync(readFileSync((await download.path())!));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    for (const p of picked) expect(text).toContain(p.name);
    expect(text).toContain('适合我们窗口的做法');
    expect(text).toContain('引用的案例');
    // Every practice's citation names its case and its URL.
    for (const p of picked) {
      const data = await (await fetch(`${env.site.url}data/basket/${p.c}.json`)).json();
      const practice = data.practices.find((x: { id: string }) => x.id === p.p);
      expect(text).toContain(practice.citation);
      expect(practice.citation).toContain(data.title);
      expect(xml).toContain(`w:anchor="${p.p}"`);
    }
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(picked.length);
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    for (const p of picked) expect(rels).toMatch(new RegExp(`Target="[^"]*/cases/${p.c}/"`));
    expect(seen.scripts.some((s) => s.includes('basket-docx'))).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it('exports the same content as Markdown', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-basket-export="markdown"]')]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^# 文明创建典型经验素材汇编\n/);
    picked.forEach((p, i) => expect(md).toContain(`### ${i + 1}. ${p.name.replace(/([*_[\]<>|`\\])/g, '\\$1')}`));
    expect(md).toContain('备注：适合我们窗口的做法');
    for (const p of picked) expect(md).toMatch(new RegExp(`\\(https?://[^)]*/cases/${p.c}/#${p.p}\\)`));
    expect(md).toContain('## 引用的案例');
  });

  it('prints the document: the citations on paper, the controls not', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-basket-print-doc]').isVisible()).toBe(true);
    expect(await page.locator('[data-basket-app]').isVisible()).toBe(false);
    const printed = (await page.textContent('[data-basket-print-doc]')) ?? '';
    for (const p of picked) expect(printed).toContain(p.name);
    expect(printed).toContain('引用的案例');
    await page.emulateMedia({ media: 'screen' });
  });

  it('shares: the link opens the same basket in a fresh browser, which keeps it only when asked, after its own', async () => {
    const href = (await page.getAttribute('[data-basket-share]', 'href'))!;
    expect(new URL(href).search).toBe(`?p=${picked.map((p) => `${p.c}~${p.p}`).join(',')}`);
    const fresh = await env.browser.newContext();
    const other = await fresh.newPage();
    // The other reader already has a practice of their own.
    await other.goto(`${env.site.url}cases/county-weather-bureau-service/`);
    await other.locator('[data-basket-add="county-weather-bureau-service~slogan-and-provincial-target"]').click();
    const own = await stored(other);
    await other.goto(href);
    await ready(other);
    expect(await itemNames(other)).toEqual(picked.map((p) => p.name));
    expect(await other.locator('[data-basket-shared]').isVisible()).toBe(true);
    expect(await stored(other)).toBe(own);
    await other.click('[data-basket-keep]');
    await expect.poll(() => other.url()).toBe(`${env.site.url}basket/`);
    const kept = JSON.parse((await stored(other))!).items.map((x: { p: string }) => x.p);
    expect(kept).toEqual(['slogan-and-provincial-target', ...picked.map((p) => p.p)]);
    expect(await count(other)).toBe(String(picked.length + 1));
    await fresh.close();
  });

  it('clears with undo', async () => {
    await page.click('[data-basket-clear]');
    expect(await page.locator('[data-basket-item]').count()).toBe(0);
    expect(await count(page)).toBe('');
    await page.click('[data-basket-undo]');
    await expect.poll(() => itemNames(page)).toEqual(picked.map((p) => p.name));
    expect(await count(page)).toBe(String(picked.length));
  });
});

describe('a basket holding practices the archive no longer has', () => {
  it('shows them as such, keeps them, and can remove them', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript((key) => {
      if (localStorage.getItem(key)) return;
      localStorage.setItem(
        key,
        JSON.stringify({
          items: [
            { c: 'kindergarten-swimming-programme', p: 'renamed-practice', note: '旧备注' },
            { c: 'removed-case', p: 'gone', note: '' },
            { c: 'kindergarten-swimming-programme', p: 'swimming-programme', note: '' },
          ],
          grouped: false,
        }),
      );
    }, BASKET_KEY);
    const page = await context.newPage();
    await page.goto(`${env.site.url}basket/`);
    await ready(page);
    const items = page.locator('[data-basket-item]');
    expect(await items.count()).toBe(3);
    expect(await items.nth(0).textContent()).toContain('本库已不再收录这个做法（kindergarten-swimming-programme~renamed-practice）');
    expect(await items.nth(0).locator('textarea').inputValue()).toBe('旧备注');
    expect(await items.nth(1).textContent()).toContain('removed-case~gone');
    expect(await items.nth(2).textContent()).not.toContain('不再收录');
    expect(JSON.parse((await stored(page))!).items).toHaveLength(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-basket-export="markdown"]')]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('本库已不再收录这个做法（removed-case~gone）');
    await page.getByRole('button', { name: '移出：removed-case~gone' }).click();
    await expect.poll(() => items.count()).toBe(2);
    await context.close();
  });
});

describe('a basket whose data cannot be read, and share links that name nothing new', () => {
  const two = [
    { c: 'kindergarten-swimming-programme', p: 'swimming-programme', note: '' },
    { c: 'district-service-center-expansion', p: 'first-inquiry-responsibility', note: '' },
  ];
  const withBasket = async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    await context.addInitScript(
      ([key, items]) => {
        if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify({ items, grouped: false }));
      },
      [BASKET_KEY, two] as const,
    );
    return context;
  };

  it('does not export a case it could not read as removed from the archive: it waits, then exports once the data arrives', async () => {
    const context = await withBasket();
    await context.route('**/data/basket/**', (route) => route.abort());
    const page = await context.newPage();
    const downloads: unknown[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.goto(`${env.site.url}basket/`);
    await ready(page);
    expect(await page.locator('[data-basket-item]').first().textContent()).toContain('暂时读不到');
    await page.click('[data-basket-export="markdown"]');
    await expect.poll(() => page.textContent('[data-basket-status]')).toContain('文档没有生成');
    expect(downloads).toEqual([]);
    // The network is back: the export asks again and writes the practices, none of them as removed.
    await context.unroute('**/data/basket/**');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-basket-export="markdown"]')]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).not.toContain('不再收录');
    for (const item of two) expect(md).toContain(practiceOf(item.c, item.p).name);
    await context.close();
  });

  it("opens an empty share link, or the reader's own, as the reader's basket with nothing to keep", async () => {
    const context = await withBasket();
    const page = await context.newPage();
    const own = `${two.map((x) => `${x.c}~${x.p}`).join(',')}`;
    for (const query of ['?p=', `?p=${own}`]) {
      await page.goto(`${env.site.url}basket/${query}`);
      await ready(page);
      expect(await page.locator('[data-basket-shared]').isVisible(), query).toBe(false);
      expect(await page.locator('[data-basket-item]').count(), query).toBe(two.length);
    }
    await context.close();
  });

  it('moves focus to the next practice when one is removed', async () => {
    const context = await withBasket();
    const page = await context.newPage();
    await page.goto(`${env.site.url}basket/`);
    await ready(page);
    const first = practiceOf(two[0]!.c, two[0]!.p).name;
    const second = practiceOf(two[1]!.c, two[1]!.p).name;
    await page.getByRole('button', { name: `移出：${first}` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(second);
    await context.close();
  });
});

describe('the basket page for everyone', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 A/AA violation with practices in it (${scheme})`, async () => {
      const context = await env.browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      const keys =
        'kindergarten-swimming-programme~swimming-programme,district-service-center-expansion~first-inquiry-responsibility,removed-case~gone';
      await page.goto(`${env.site.url}basket/?p=${keys}`);
      await ready(page);
      await page.addScriptTag({ path: AXE });
      const result = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        }),
      )) as { passes: { id: string }[]; violations: { id: string; nodes: { target: string[] }[] }[] };
      expect(result.passes.map((p) => p.id)).toContain('color-contrast');
      expect(result.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }

  it('explains itself without JavaScript, and shows no basket buttons that could not work', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}basket/`);
    expect(await page.locator('main').textContent()).toContain('素材篮需要浏览器启用 JavaScript');
    await page.goto(`${env.site.url}cases/kindergarten-swimming-programme/`);
    expect(await page.locator('[data-basket-add]').first().isVisible()).toBe(false);
    await context.close();
  });

  it('keeps the header still when the count appears', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.site.url}cases/kindergarten-swimming-programme/`);
    const box = () => page.locator('.site-header').evaluate((el) => JSON.stringify(el.getBoundingClientRect()));
    const link = () => page.locator('.basket-link').evaluate((el) => JSON.stringify(el.getBoundingClientRect()));
    const [headerBefore, linkBefore] = [await box(), await link()];
    // Clicked without scrolling, so any movement is the header's own.
    await page
      .locator('[data-basket-add]')
      .first()
      .evaluate((el: HTMLElement) => el.click());
    expect(await count(page)).toBe('1');
    expect(await box()).toBe(headerBefore);
    expect(await link()).toBe(linkBefore);
    await context.close();
  });
});

describe('the basket stays light', () => {
  it('pages other than /basket/ load at most 2 KB (gzip) of basket script, and case pages stay within 10 KB of JS', async () => {
    for (const path of ['cases/kindergarten-swimming-programme/', 'practices/', 'tags/first-inquiry-responsibility/']) {
      const context = await env.browser.newContext();
      const scripts: { url: string; body: Buffer }[] = [];
      const pending: Promise<void>[] = [];
      context.on('response', (r) => {
        if (r.request().resourceType() === 'script') pending.push(r.body().then((body) => void scripts.push({ url: r.url(), body })));
      });
      const page = await context.newPage();
      await page.goto(env.site.url + path, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      const basket = scripts.filter((s) => /basket/i.test(s.url));
      expect(basket.length, path).toBeGreaterThan(0);
      expect(
        scripts.some((s) => s.url.includes('basket-docx')),
        path,
      ).toBe(false);
      const gz = basket.reduce((sum, s) => sum + gzipSync(s.body).length, 0);
      expect(gz, path).toBeLessThanOrEqual(2048);
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')].reduce((s, el) => s + new Blob([el.textContent ?? '']).size, 0),
      );
      const js = scripts.reduce((sum, s) => sum + s.body.length, 0) + inline;
      if (path.startsWith('cases/')) expect(js, path).toBeLessThanOrEqual(10 * 1024);
      const html = Buffer.byteLength(await page.content());
      if (!path.startsWith('cases/')) expect(html, path).toBeLessThanOrEqual(200 * 1024);
      await context.close();
    }
  });
});
