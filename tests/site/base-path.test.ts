/**
 * The site served under a base path, as GitHub Pages serves a project site
 * (https://<owner>.github.io/practice-archive/). Builds its own copy — with a contributor's new
 * entry (a validate fixture) among the real ones — into its own
 * folder, serves it under /practice-archive/ and crawls it over HTTP from the home page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build';
import { ROOT } from '../helpers/paths';
import { serve, type Served } from '../helpers/serve';
import { crawlHttp, type HttpCrawl } from '../helpers/crawl';
import { launchChrome } from '../helpers/browser';
import { SITE } from '../../src/config';

const BASE = '/practice-archive/';
const SITE_URL = 'https://example-owner.github.io';
const WORK = join(ROOT, '.cache', 'base-path-test');
const CONTENT = join(WORK, 'content');
const OUT = join(WORK, 'dist');
const SLUG = 'contributed-entry';
const LINKED = { text: '三结合', href: '/cases/kindergarten-swimming-programme/#three-linkages' };
const realSlugs = readdirSync(join(ROOT, 'content/cases'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

let server: Served;
let crawl: HttpCrawl;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  cpSync(join(ROOT, 'content/cases'), join(CONTENT, 'cases'), { recursive: true });
  cpSync(join(ROOT, 'content/taxonomy'), join(CONTENT, 'taxonomy'), { recursive: true });
  // The entries' source documents: the archive's, and the invented one the contributed entry cites.
  cpSync(join(ROOT, 'content/sources'), join(CONTENT, 'sources'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/validate/sources'), join(CONTENT, 'sources'), { recursive: true });
  // A contributor's finished entry (a draft with 【待填写】 does not build: tests/site/build-errors.test.ts).
  cpSync(join(ROOT, 'tests/fixtures/validate/valid/riverside-library-reading-club.mdx'), join(CONTENT, 'cases', `${SLUG}.mdx`));
  // A contributor writes links to other cases from the site root; the build must add the base.
  appendFileSync(join(CONTENT, 'cases', `${SLUG}.mdx`), `\n另见[${LINKED.text}](${LINKED.href})。\n`);
  const { ok, output } = buildSite({
    env: { BASE_PATH: BASE, SITE_URL, ARCHIVE_CONTENT_DIR: CONTENT },
    outDir: OUT,
  });
  if (!ok) throw new Error(`astro build with BASE_PATH=${BASE} failed:\n${output}`);
  server = await serve(OUT, BASE);
  crawl = await crawlHttp(server.url);
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe(`the site under ${BASE}`, () => {
  it('reaches every case, theme and tag page from the home page, with nothing broken', () => {
    expect(crawl.broken).toEqual([]);
    for (const slug of [...realSlugs, SLUG]) expect(crawl.pages).toContain(`${BASE}cases/${slug}/`);
    expect(crawl.pages).toContain(`${BASE}themes/`);
    expect(crawl.pages).toContain(`${BASE}tags/retiree-care/`);
    expect(crawl.pages).toContain(`${BASE}search/`);
  });

  it('loads the stylesheets and scripts from under the base path', () => {
    expect(crawl.assets.some((a) => a.startsWith(`${BASE}_astro/`) && a.endsWith('.css'))).toBe(true);
    expect(crawl.assets.every((a) => a.startsWith(BASE))).toBe(true);
  });

  it('serves the data files under the base path, with absolute URLs that include it', async () => {
    const res = await fetch(`${server.url}data/cases.json`);
    expect(res.status).toBe(200);
    const data = (await res.json()) as { cases: { url: string; practices: { url: string }[] }[] };
    expect(data.cases.length).toBe(realSlugs.length + 1);
    for (const c of data.cases) {
      expect(c.url.startsWith(`${SITE_URL}${BASE}cases/`)).toBe(true);
      for (const p of c.practices) expect(p.url.startsWith(`${SITE_URL}${BASE}cases/`)).toBe(true);
    }
    // Every data file the about page offers is there.
    const about = await (await fetch(`${server.url}about/data/`)).text();
    const offered = [...about.matchAll(/href="([^"]*\/data\/[^"]+)"/g)].map((m) => m[1]!);
    expect(offered.length).toBeGreaterThan(0);
    for (const href of offered) {
      expect(href.startsWith(`${BASE}data/`)).toBe(true);
      expect((await fetch(new URL(href, server.url))).status).toBe(200);
    }
  });

  it('points canonical links, the sitemap and the feed at the published address', () => {
    const page = readFileSync(join(OUT, 'cases', SLUG, 'index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}cases/${SLUG}/"`);
    const sitemaps = readdirSync(OUT).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const locs = sitemaps.flatMap((f) => [...readFileSync(join(OUT, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(locs.length).toBeGreaterThan(0);
    for (const loc of locs) expect(loc.startsWith(`${SITE_URL}${BASE}`)).toBe(true);
    if (existsSync(join(OUT, 'rss.xml'))) {
      const links = [...readFileSync(join(OUT, 'rss.xml'), 'utf8').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      for (const link of links) expect(link.startsWith(`${SITE_URL}${BASE}`)).toBe(true);
    }
  });

  it('puts the base path in front of links written in an entry body', async () => {
    const html = await (await fetch(`${server.url}cases/${SLUG}/`)).text();
    expect(html).toContain(`href="${BASE}${LINKED.href.slice(1)}"`);
    const target = await (await fetch(new URL(`${BASE}${LINKED.href.slice(1)}`, server.url))).text();
    expect(target).toContain('id="three-linkages"');
  });

  it('shows the edit and history links and the last-updated date on the case page', async () => {
    const html = await (await fetch(`${server.url}cases/${SLUG}/`)).text();
    expect(html).toContain(`href="${SITE.repo}/edit/${SITE.branch}/content/cases/${SLUG}.mdx"`);
    expect(html).toContain(`href="${SITE.repo}/commits/${SITE.branch}/content/cases/${SLUG}.mdx"`);
    expect(html).toMatch(/最后更新 \d{4} 年 \d{1,2} 月 \d{1,2} 日/);
  });

  it('answers a missing page with the 404 page, whose links still lead into the site', async () => {
    const res = await fetch(`${server.url}no/such/page/`);
    expect(res.status).toBe(404);
    const html = await res.text();
    const hrefs = [...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(BASE)).toBe(true);
  });

  it('finds a case with the search page, in a browser, under the base path', async () => {
    const browser = await launchChrome();
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${server.url}search/?q=${encodeURIComponent('游泳')}`);
      const first = page.locator('[data-search-results] a[href*="/cases/kindergarten-swimming-programme/"]').first();
      await first.waitFor({ timeout: 30_000 });
      expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}cases/kindergarten-swimming-programme/`));
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
