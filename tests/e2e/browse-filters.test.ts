import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { realEntries } from '../helpers/entries';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { PRACTICE_PAGE_SIZE } from '../../src/browsing/browse';

const tax = loadTaxonomy();
const entries = realEntries();
const practices = entries.flatMap((e) => e.data.practices.map((p: { id: string; tags: string[] }) => ({ ...p, entry: e })));

const env = siteInChrome();

const visibleHrefs = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getAttribute('href')));

type Listed = (typeof practices)[number];
const hrefOf = (p: Listed) => `/cases/${p.entry.slug}/#${p.id}`;
const themesOf = (p: Listed) => new Set(p.tags.map((t: string) => tax.tags.bySlug.get(t)!.theme));

/**
 * The practices the open page of /practices/ lists, shown or filtered out, known by their links.
 * Past PRACTICE_PAGE_SIZE practices the list is paged and its filters act on the page open (the
 * about page says so), so expectations are drawn from the entries of the practices on it.
 */
async function listedOnPage(page: Page): Promise<Listed[]> {
  const hrefs = await page.$$eval('#practice-groups .entry-title', (els) => els.map((el) => el.getAttribute('href')));
  return hrefs.map((h) => {
    const p = practices.find((x) => hrefOf(x) === h);
    expect(p, `${h} is a practice of a real entry`).toBeDefined();
    return p!;
  });
}

describe('filtering /practices/', () => {
  it('without JavaScript the whole list shows and the filter controls do not', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.site.url}practices/`);
    expect(await visibleHrefs(page, '#practice-groups .entry-title')).toHaveLength(Math.min(practices.length, PRACTICE_PAGE_SIZE));
    expect(await page.locator('[data-filter-for]').isVisible()).toBe(false);
    // The rest, if any, is a page further on, reached by a link.
    expect((await page.locator('a[href$="/practices/2/"]').count()) > 0).toBe(practices.length > PRACTICE_PAGE_SIZE);
    await context.close();
  });

  it('choosing a theme shows only practices with a tag of that theme, and says how many', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}practices/`);
    const listed = await listedOnPage(page);
    // A theme of the page's last practice: the list is grouped by theme, so some practices before it lack it.
    const theme = [...themesOf(listed.at(-1)!)][0]!;
    await page.selectOption('select[name="theme"]', theme);
    const expected = listed.filter((p) => themesOf(p).has(theme));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(listed.length);
    const shown = await visibleHrefs(page, '#practice-groups .entry-title');
    expect(shown.sort()).toEqual(expected.map(hrefOf).sort());
    await expect.poll(() => page.locator('[data-filter-for] .status').innerText()).toBe(`显示 ${expected.length} / ${listed.length} 项`);
    // Theme groups left empty disappear with their heading.
    const visibleGroups = await page.$$eval('[data-filter-group]', (els) => els.filter((el) => !(el as HTMLElement).hidden).length);
    const allGroups = await page.locator('[data-filter-group]').count();
    expect(visibleGroups).toBeLessThan(allGroups);
    // The filtered view has its own address.
    expect(new URL(page.url()).searchParams.get('theme')).toBe(theme);
    await page.close();
  });

  it('combines theme, unit type and honour level, and an empty result says so', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}practices/`);
    const listed = await listedOnPage(page);
    // Every practice the page lists of one unit type (its first practice's: which types reach the
    // first page moves as cases are added), however many such units the archive holds.
    const unitType = listed[0]!.entry.data.unit.type as string;
    const ofType = listed.filter((p) => p.entry.data.unit.type === unitType);
    await page.goto(`${env.site.url}practices/?unit=${unitType}`);
    expect((await visibleHrefs(page, '#practice-groups .entry-title')).sort()).toEqual(ofType.map(hrefOf).sort());
    const otherHonour = tax.honourLevels.list.find(
      (h) => !ofType.some((p) => p.entry.data.honour.level === h.slug) && listed.some((p) => p.entry.data.honour.level === h.slug),
    )!;
    expect(otherHonour, `a level on the page that no ${unitType} practice there has`).toBeDefined();
    await page.selectOption('select[name="honour"]', otherHonour.slug);
    expect(await visibleHrefs(page, '#practice-groups .entry-title')).toEqual([]);
    expect(await page.locator('[data-filter-for] .empty').isVisible()).toBe(true);
    await page.click('[data-filter-for] .reset');
    expect(await visibleHrefs(page, '#practice-groups .entry-title')).toHaveLength(listed.length);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('sorting and filtering /cases/', () => {
  it('sorts by oldest report and by practice count, and filters by unit type', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}cases/`);
    const order = () => visibleHrefs(page, '#case-list h2 a');
    await page.selectOption('select[name="sort"]', 'oldest');
    // First comes a case of the earliest year (cases of the same year may come in either order).
    const earliest = Math.min(...entries.map((e) => e.data.period.reported));
    const firstOnes = entries.filter((e) => e.data.period.reported === earliest).map((e) => `/cases/${e.slug}/`);
    expect(firstOnes).toContain((await order())[0]);
    const years = await page.$$eval('#case-list [data-filter-item]', (els) => els.map((el) => Number(el.getAttribute('data-reported'))));
    expect(years).toEqual([...years].sort((a, b) => a - b));

    await page.selectOption('select[name="sort"]', 'practices');
    const counts = await page.$$eval('#case-list [data-filter-item]', (els) => els.map((el) => Number(el.getAttribute('data-practices'))));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const soe = entries.filter((e) => e.data.unit.type === 'soe');
    await page.selectOption('select[name="unit"]', 'soe');
    expect((await order()).sort()).toEqual(soe.map((e) => `/cases/${e.slug}/`).sort());
    expect(new URL(page.url()).searchParams.get('sort')).toBe('practices');
    await page.close();
  });

  it('a filter whose cases partly rest on the editors’ inference says so, and each case shown carries its own mark', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}cases/?unit=soe`);
    const chosen = () => page.$eval('select[name="unit"]', (el) => (el as HTMLSelectElement).selectedOptions[0]!.textContent);
    await expect.poll(chosen).toBe('国有企业（含编者推断）');
    const soe = entries.filter((e) => e.data.unit.type === 'soe');
    const lines = await page.$$eval('#case-list [data-filter-item]:not([hidden]) .meta', (els) =>
      els.map((el) => ({ href: el.closest('[data-filter-item]')!.querySelector('a')!.getAttribute('href'), text: el.textContent ?? '' })),
    );
    expect(lines).toHaveLength(soe.length);
    for (const { href, text } of lines) {
      const d = soe.find((e) => `/cases/${e.slug}/` === href)!.data;
      expect(text.includes('国有企业（编者推断）'), href!).toBe(d.unit.typeBasis === 'inferred');
    }
    // A level no case rests on inference for is offered plainly.
    await page.selectOption('select[name="honour"]', 'national');
    expect(await page.$eval('select[name="honour"]', (el) => (el as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe(
      '全国文明单位',
    );
    await page.close();
  });
});
