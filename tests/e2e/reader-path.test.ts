/**
 * Issue 23, a first-time reader's path: case pages one can find one's way in (contents, the first
 * practice on the first screen, the editors' apparatus folded but printed), similar practices one
 * click away, /practices/ filters that regroup and recount, the home page's how-to and search box,
 * and the header's small things.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { realEntries } from '../helpers/entries';
import { page as builtPage, textOf } from '../helpers/html';
import { loadTaxonomy } from '../../src/loaders/taxonomy';

const tax = loadTaxonomy();
const entries = realEntries();
const env = siteInChrome();
const bySlug = new Map(entries.map((e) => [e.slug, e]));
const practiceOf = (slug: string, id: string) => bySlug.get(slug)?.data.practices.find((p: { id: string }) => p.id === id);

/** Where on the page (document coordinates) an element starts. */
const topOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));

describe('case pages: contents, the first practice on the first screen, folded apparatus', () => {
  it('every case page lists its practices and sections in 本页目录, each link leading to an anchor on the page', () => {
    for (const { slug, data } of entries) {
      const doc = builtPage(`/cases/${slug}/`);
      const toc = doc.querySelector('nav.toc');
      expect(textOf(toc?.querySelector('summary')), slug).toBe('本页目录');
      const targets = [...toc!.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      for (const p of data.practices) expect(targets, slug).toContain(`#${p.id}`);
      for (const href of targets) {
        expect(href.startsWith('#'), `${slug} ${href}`).toBe(true);
        expect(doc.getElementById(href.slice(1)), `${slug} ${href}`).not.toBeNull();
      }
    }
  });

  it('at 375 × 812 the first practice’s heading starts on the first screen, and the contents are folded', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 812 } });
    const late: string[] = [];
    for (const { slug } of entries) {
      await page.goto(`${env.site.url}cases/${slug}/`);
      const top = await topOf(page, 'article.practice h3');
      if (top + 24 > 812) late.push(`${slug}: ${top}px`);
      expect(await page.locator('nav.toc details').evaluate((d) => (d as HTMLDetailsElement).open), slug).toBe(false);
      expect(await page.locator('nav.toc ol').first().isVisible(), slug).toBe(false);
    }
    expect(late).toEqual([]);
    // A long summary shows its first lines; the toggle shows it whole.
    await page.goto(`${env.site.url}cases/county-weather-bureau-service/`);
    const summary = page.locator('.case .summary');
    const folded = await summary.evaluate((el) => el.getBoundingClientRect().height);
    await page.locator('.summary-toggle summary').click();
    expect(await summary.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(folded * 1.5);
    await page.close();
  });

  it('at 1280 px the contents stand open in a right column beside the practices', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.site.url}cases/district-service-center-expansion/`);
    const toc = page.locator('nav.toc');
    const list = toc.locator('ol').first();
    expect(await list.isVisible()).toBe(true);
    const tocBox = (await toc.boundingBox())!;
    const practiceBox = (await page.locator('article.practice').first().boundingBox())!;
    expect(tocBox.x).toBeGreaterThan(practiceBox.x + practiceBox.width);
    expect(tocBox.y).toBeLessThan(practiceBox.y);
    // A link in it scrolls to the practice.
    const id = entries.find((e) => e.slug === 'district-service-center-expansion')!.data.practices[5].id;
    await toc.locator(`a[href="#${id}"]`).click();
    await expect.poll(() => page.evaluate((target) => document.getElementById(target)!.getBoundingClientRect().top, id)).toBeLessThan(100);
    await page.close();
  });

  it('dating clues, withheld values and source errors are folded on screen, in the HTML, and printed unfolded', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // A case with all three.
    const entry = entries.find(
      (e) => e.data.period.clues.length > 0 && e.data.source.withheld.length > 0 && e.data.source.errors.length > 0,
    )!;
    expect(entry).toBeDefined();
    await page.goto(`${env.site.url}cases/${entry.slug}/`);
    const folds = page.locator('details.apparatus');
    expect(await folds.count()).toBeGreaterThanOrEqual(3);
    const clue = entry.data.period.clues[0].text as string;
    const withheld = entry.data.source.withheld[0].what as string;
    const error = entry.data.source.errors[0].reading as string;
    for (const text of [clue, withheld, error]) {
      const el = page.locator('details.apparatus li', { hasText: text.slice(0, 12) }).first();
      expect(await el.count(), text).toBe(1);
      expect(await el.isVisible(), text).toBe(false);
    }
    for (const d of await folds.all()) expect(await d.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await page.emulateMedia({ media: 'print' });
    for (const text of [clue, withheld, error]) {
      expect(
        await page
          .locator('details.apparatus li', { hasText: text.slice(0, 12) })
          .first()
          .isVisible(),
        text,
      ).toBe(true);
    }
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    await page.close();
  });
});

describe('其他单位的同类做法', () => {
  it('under each practice: other cases’ practices sharing a tag, one per unit, at most three, and a link to the tag page', () => {
    let blocks = 0;
    for (const { slug, data } of entries) {
      const doc = builtPage(`/cases/${slug}/`);
      for (const p of data.practices) {
        const block = doc.getElementById(p.id)!.querySelector('.similar');
        if (!block) continue;
        blocks += 1;
        expect(textOf(block.querySelector('h4'))).toBe('其他单位的同类做法');
        const links = [...block.querySelectorAll('li > a')].map((a) => a.getAttribute('href')!);
        expect(links.length).toBeGreaterThan(0);
        expect(links.length).toBeLessThanOrEqual(3);
        const cases = links.map((href) => href.match(/^\/cases\/([^/]+)\/#(.+)$/)!);
        expect(new Set(cases.map((m) => m[1])).size, `${slug}#${p.id}`).toBe(cases.length);
        for (const [href, other, id] of cases) {
          expect(other, href).not.toBe(slug);
          const target = practiceOf(other!, id!);
          expect(target, href).toBeDefined();
          expect(
            target.tags.some((t: string) => p.tags.includes(t)),
            href,
          ).toBe(true);
          // The anchor is really on that page.
          expect(builtPage(`/cases/${other}/`).getElementById(id!), href).not.toBeNull();
        }
        const all = block.querySelector(':scope > a')?.getAttribute('href');
        if (all) expect(p.tags.map((t: string) => `/tags/${t}/`)).toContain(all);
      }
    }
    expect(blocks).toBeGreaterThan(0);
  });

  it('a similar practice’s link opens the other case at that practice', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.site.url}cases/district-service-center-expansion/`);
    const link = page.locator('.similar li > a').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((u) => u.pathname === href.split('#')[0]);
    const id = decodeURIComponent(href.split('#')[1]!);
    expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate((t) => document.getElementById(t)!.getBoundingClientRect().top, id)).toBeLessThan(200);
    await page.close();
  });

  it('related cases are explained in plain words', () => {
    const doc = builtPage('/cases/district-service-center-expansion/');
    const lead = textOf(doc.querySelector('.related p.muted'));
    expect(lead).not.toMatch(/案例标签|做法标签/);
    expect(textOf(doc.querySelector('.related .shared-case'))).toMatch(/^都涉及：/);
  });
});

describe('/practices/: filters regroup the list and recount it', () => {
  const visible = (page: Page, selector: string) =>
    page.$$eval(selector, (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.textContent?.trim() ?? ''));

  it('a theme gathers every practice of it under its heading, whose count and jump link match what shows', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.site.url}practices/`);
    // A jump link per group, each to a heading on the page.
    for (const href of await page.$$eval('.group-jump a', (as) => as.map((a) => a.getAttribute('href')!))) {
      expect(await page.locator(href).count(), href).toBe(1);
    }
    // The practices this page lists (past PRACTICE_PAGE_SIZE the list is paged, and filters act on
    // the page open), and of their themes the one most often filed under another theme's heading.
    const byHref = new Map(
      entries.flatMap((e) =>
        (e.data.practices as { id: string; tags: string[] }[]).map((p) => [`/cases/${e.slug}/#${p.id}` as string, p] as const),
      ),
    );
    const all = (await page.$$eval('#practice-groups .entry-title', (as) => as.map((a) => a.getAttribute('href')!))).map((h) =>
      byHref.get(h)!,
    );
    expect(all.every(Boolean)).toBe(true);
    const themeOfTag = (t: string) => tax.tags.bySlug.get(t)!.theme;
    const theme = tax.themes.list
      .map((th) => ({
        slug: th.slug,
        elsewhere: all.filter((p) => p.tags.some((t) => themeOfTag(t) === th.slug) && themeOfTag(p.tags[0]!) !== th.slug).length,
      }))
      .sort((a, b) => b.elsewhere - a.elsewhere)[0]!;
    expect(theme.elsewhere).toBeGreaterThan(0);
    const expected = all.filter((p) => p.tags.some((t) => themeOfTag(t) === theme.slug)).length;
    await page.selectOption('select[name="theme"]', theme.slug);
    const groups = await page.$$eval('[data-filter-group]', (els) =>
      els
        .filter((el) => !(el as HTMLElement).hidden)
        .map((el) => ({
          group: (el as HTMLElement).dataset.group,
          count: el.querySelector('[data-group-count]')?.textContent?.trim(),
          shown: [...el.querySelectorAll('[data-filter-item]')].filter((li) => !(li as HTMLElement).hidden).length,
        })),
    );
    // One heading, the chosen theme's, over all its practices, and its count says how many.
    expect(groups).toEqual([{ group: theme.slug, count: `共 ${expected} 个做法`, shown: expected }]);
    expect(await visible(page, '.group-jump li')).toEqual([`${tax.themes.bySlug.get(theme.slug)!.label} ${expected}`]);
    // Back to all: every practice under its own theme again, in the first order, with full counts.
    await page.click('[data-filter-for] .reset');
    const counts = await page.$$eval('[data-filter-group]', (els) =>
      els.map((el) => [el.querySelector('[data-group-count]')?.textContent?.trim(), el.querySelectorAll('[data-filter-item]').length]),
    );
    for (const [text, n] of counts) expect(text).toBe(`共 ${n} 个做法`);
    await page.close();
  });

  it('the keyword box keeps practices whose text holds every word, updates the counts and the address', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${env.site.url}practices/`);
    const word = '志愿';
    const box = '[data-filter-for] input[name="q"]';
    await page.fill(box, word);
    const shown = await page.$$eval('[data-filter-item]', (els) =>
      els.filter((el) => !(el as HTMLElement).hidden).map((el) => el.textContent ?? ''),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(text).toContain(word);
    const total = await page.locator('[data-filter-item]').count();
    expect(await page.locator('[data-filter-for] .status').innerText()).toBe(`显示 ${shown.length} / ${total} 项`);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    // The view can be linked to.
    await page.goto(page.url());
    expect(await page.inputValue(box)).toBe(word);
    expect(await page.$$eval('[data-filter-item]', (els) => els.filter((el) => !(el as HTMLElement).hidden).length)).toBe(shown.length);
    await page.close();
  });
});

describe('home, header and small copy', () => {
  it('the home page says how to use the archive, has a search box with example queries, and compact case cards', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(env.site.url);
    expect(await page.locator('form[role="search"]').count()).toBe(1);
    expect(await page.locator('main form[role="search"] input').isVisible()).toBe(true);
    const steps = page.locator('.how-to li');
    expect(await steps.count()).toBe(3);
    expect(await steps.last().locator('a').getAttribute('href')).toBe('/basket/');
    expect(await steps.last().innerText()).toContain('素材篮');
    const examples = await page.$$eval('.examples a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(examples.length).toBeGreaterThan(2);
    for (const href of examples) expect(href).toMatch(/^\/search\/\?q=/);
    const heights = await page.$$eval('.case-card', (cards) => cards.map((c) => c.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    for (const h of heights) expect(h).toBeLessThan(450);
    // Card lines label what they give: no bare 未说明, the years marked as what the report covers.
    for (const line of await page.$$eval('.case-card .meta', (ps) => ps.map((p) => p.textContent ?? ''))) {
      expect(line).not.toMatch(/(^|· )未说明($| ·)/);
      expect(line).toMatch(/记述 \d{4}/);
    }
    await page.close();
  });

  it('素材篮 has the nav links’ size and baseline; the header placeholder shows whole at 1280 px', async () => {
    for (const width of [375, 1280]) {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${env.site.url}cases/`);
      const metrics = await page.$$eval('.site-header nav li > a', (links) =>
        links.map((a) => {
          const range = document.createRange();
          range.selectNodeContents(a.firstChild!);
          return {
            size: getComputedStyle(a).fontSize,
            bottom: Math.round(range.getBoundingClientRect().bottom),
            top: Math.round(a.getBoundingClientRect().top),
          };
        }),
      );
      const basket = metrics.at(-1)!;
      const first = metrics[0]!;
      expect(basket.size, `${width}`).toBe(first.size);
      // Same row, same baseline (the text's bottom), within a pixel.
      if (basket.top === first.top) expect(Math.abs(basket.bottom - first.bottom), `${width}`).toBeLessThanOrEqual(1);
      if (width === 1280) {
        const fits = await page.locator('#site-search').evaluate((input) => {
          const el = input as HTMLInputElement;
          const style = getComputedStyle(el);
          const ctx = document.createElement('canvas').getContext('2d')!;
          ctx.font = `${style.fontSize} ${style.fontFamily}`;
          const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return ctx.measureText(el.placeholder).width <= room;
        });
        expect(fits).toBe(true);
      }
      await page.close();
    }
  });

  it('/search/ shows one search box and does not place its filters “左侧”', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${env.site.url}search/`);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toContain('左侧');
    await page.close();
  });

  it('search results label both year ranges; no case title carries an editors’ inference', () => {
    const search = textOf(builtPage('/search/').querySelector('main'));
    expect(search).toMatch(/约 \d{4}(—\d{4})? 年成文，记述 \d{4}/);
    for (const { slug } of entries) expect(textOf(builtPage(`/cases/${slug}/`).querySelector('h1')), slug).not.toMatch(/推断|编者/);
  });

  it('list summaries do not start with the source’s place in a series', () => {
    const doc = builtPage('/practices/');
    for (const p of doc.querySelectorAll('[data-filter-item] > p:not(.entry-meta)')) {
      expect(textOf(p)).not.toMatch(/^[^，。：]{1,12}之[一二三四五六七八九十]+：/);
    }
    // The case page keeps the summary whole.
    const drainage = entries.find((e) => e.data.practices.some((p: { summary: string }) => /^七项载体之/.test(p.summary)));
    if (drainage) {
      const p = drainage.data.practices.find((x: { summary: string }) => /^七项载体之/.test(x.summary));
      expect(textOf(builtPage(`/cases/${drainage.slug}/`).getElementById(p.id))).toContain(p.summary.trim().slice(0, 8));
    }
  });
});
