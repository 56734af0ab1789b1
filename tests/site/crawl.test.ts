import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { allFiles } from '../helpers/html';
import { buildSite } from '../helpers/build';
import { DIST, ROOT } from '../helpers/paths';
import { SITE } from '../../src/config';
import { ADMIN_CSP, ADMIN_FOREIGN_HOSTS } from '../../src/integrations/editor';

/**
 * Crawls a whole build the way a link checker would: every link, asset and fragment on every page
 * must resolve inside the build, and nothing may be loaded from another host. Pagefind's files
 * are the search work's business and may or may not be there, so /pagefind/ is not followed.
 */
interface Report {
  pages: number;
  checked: number;
  broken: string[];
  foreign: string[];
}

const OWN_ORIGIN = new URL(SITE.url).origin;
const LOCAL = 'http://crawl.invalid';

function crawl(dist: string, base: string): Report {
  const report: Report = { pages: 0, checked: 0, broken: [], foreign: [] };
  const files = allFiles(dist);
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idCache.get(file);
    if (!set) {
      const { document } = parseHTML(readFileSync(join(dist, file), 'utf8'));
      set = new Set([...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id')!));
      idCache.set(file, set);
    }
    return set;
  };
  /** The build file a same-site path leads to, or undefined when there is none. */
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const rel = decodeURIComponent(pathname.slice(base.length));
    const candidate = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    const full = join(dist, candidate);
    return existsSync(full) && statSync(full).isFile() ? candidate : undefined;
  };

  const check = (from: string, raw: string, kind: 'link' | 'asset', pageUrl: URL) => {
    if (!raw || /^(mailto|tel|data|javascript):/i.test(raw)) return;
    const target = new URL(raw, pageUrl);
    // The published origin (canonical, og:url) counts as the site itself.
    const local = target.origin === OWN_ORIGIN ? new URL(target.pathname + target.search + target.hash, LOCAL) : target;
    if (local.origin !== LOCAL) {
      if (kind === 'asset') report.foreign.push(`${from}: ${raw}`);
      return; // Links to other sites (licence, repository) are navigation, not loads.
    }
    if (local.pathname.startsWith(`${base}pagefind/`)) return;
    report.checked += 1;
    const file = fileFor(local.pathname);
    if (!file) {
      report.broken.push(`${from}: ${raw}`);
      return;
    }
    const fragment = decodeURIComponent(local.hash.slice(1));
    if (fragment && file.endsWith('.html') && !ids(file).has(fragment)) report.broken.push(`${from}: ${raw} (no #${fragment})`);
  };

  for (const file of files) {
    if (file.startsWith('pagefind/')) continue;
    if (file.endsWith('.css')) {
      const css = readFileSync(join(dist, file), 'utf8');
      const cssUrl = new URL(base + file, LOCAL);
      for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) check(file, m[1]!, 'asset', cssUrl);
      for (const m of css.matchAll(/@import\s+['"]([^'"]+)['"]/g)) check(file, m[1]!, 'asset', cssUrl);
      continue;
    }
    if (!file.endsWith('.html')) continue;
    report.pages += 1;
    const pageUrl = new URL(base + file.replace(/(^|\/)index\.html$/, '$1'), LOCAL);
    const { document } = parseHTML(readFileSync(join(dist, file), 'utf8'));
    for (const a of document.querySelectorAll('a[href], area[href]')) check(file, a.getAttribute('href')!, 'link', pageUrl);
    for (const link of document.querySelectorAll('link[href]')) {
      const rel = (link.getAttribute('rel') ?? '').toLowerCase();
      // canonical/alternate/sitemap point at pages; the rest (stylesheet, icon, preload …) are loaded.
      check(file, link.getAttribute('href')!, /canonical|alternate|sitemap/.test(rel) ? 'link' : 'asset', pageUrl);
    }
    for (const el of document.querySelectorAll(
      'script[src], img[src], source[src], iframe[src], video[src], audio[src], track[src], embed[src]',
    )) {
      check(file, el.getAttribute('src')!, 'asset', pageUrl);
    }
    for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const part of el.getAttribute('srcset')!.split(',')) check(file, part.trim().split(/\s+/)[0]!, 'asset', pageUrl);
    }
    for (const el of document.querySelectorAll('object[data]')) check(file, el.getAttribute('data')!, 'asset', pageUrl);
    for (const el of document.querySelectorAll('form[action]')) check(file, el.getAttribute('action')!, 'link', pageUrl);
    for (const el of document.querySelectorAll('meta[property="og:url"], meta[property="og:image"]')) {
      check(file, el.getAttribute('content')!, el.getAttribute('property') === 'og:image' ? 'asset' : 'link', pageUrl);
    }
    for (const el of document.querySelectorAll('[style]')) {
      for (const m of el.getAttribute('style')!.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) check(file, m[1]!, 'asset', pageUrl);
    }
    for (const style of document.querySelectorAll('style')) {
      for (const m of (style.textContent ?? '').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) check(file, m[1]!, 'asset', pageUrl);
    }
  }
  return report;
}

/** Every practice in /data/cases.json whose URL does not lead to an element with its id. */
function missingPracticeAnchors(dist: string, base: string): { total: number; missing: string[] } {
  const data = JSON.parse(readFileSync(join(dist, 'data/cases.json'), 'utf8'));
  const missing: string[] = [];
  const pages = new Map<string, Document>();
  let total = 0;
  for (const c of data.cases) {
    for (const p of c.practices) {
      total += 1;
      const url = new URL(p.url);
      expect(url.hash).toBe(`#${p.id}`);
      const file = join(dist, url.pathname.slice(base.length), 'index.html');
      let document = pages.get(file);
      if (!document) {
        document = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
        pages.set(file, document);
      }
      if (!document.getElementById(p.id)) missing.push(p.url);
    }
  }
  return { total, missing };
}

describe('crawl of the built site', () => {
  const base = new URL(SITE.base, 'http://x').pathname;
  it('every internal link, asset and fragment resolves, and nothing loads from another host', () => {
    const report = crawl(DIST, base);
    expect(report.pages).toBeGreaterThan(20);
    expect(report.checked).toBeGreaterThan(500);
    expect(report.broken).toEqual([]);
    expect(report.foreign).toEqual([]);
  });
  it('every practice in /data/cases.json has its anchor on its case page', () => {
    const { total, missing } = missingPracticeAnchors(DIST, base);
    expect(total).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

describe('crawl of a build under a base path', () => {
  const BASE = '/practice-archive/';
  const out = join(ROOT, '.cache', `crawl-base-${basename(DIST)}`);
  beforeAll(() => {
    const { ok, output } = buildSite({ env: { BASE_PATH: BASE }, outDir: out });
    if (!ok) throw new Error(`astro build with BASE_PATH failed:\n${output}`);
  }, 600_000);

  it('every link still resolves under /practice-archive/ and none escapes it', () => {
    const report = crawl(out, BASE);
    expect(report.pages).toBeGreaterThan(20);
    expect(report.broken).toEqual([]);
    expect(report.foreign).toEqual([]);
  });
  it('data files carry absolute URLs under the base path', () => {
    const { total, missing } = missingPracticeAnchors(out, BASE);
    expect(total).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    const data = JSON.parse(readFileSync(join(out, 'data/cases.json'), 'utf8'));
    expect(data.cases[0].url.startsWith(new URL(BASE, SITE.url).href)).toBe(true);
  });
});

/**
 * The content editor at /admin/ is the one page allowed to reach beyond the site, and only as far
 * as saving needs: the pull-request flow talks to the git host's API (api.github.com, with the
 * contributor's avatar and file previews from GitHub's two content hosts), and `npm run admin`
 * saves through decap-server on the contributor's own machine (localhost). It is a tool for
 * contributors, not a page for readers: no reader's visit ever loads it (no page links to it, it is
 * not in the sitemap or the search index, and it asks search engines not to index it), so the
 * public pages keep their strict policy and make no request to another host.
 */
describe('the content editor at /admin/', () => {
  const policyOf = (file: string) => {
    const { document } = parseHTML(readFileSync(join(DIST, file), 'utf8'));
    return document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  };
  const hostsIn = (policy: string) => [...policy.matchAll(/https?:\/\/([^\s;:/]+)/g)].map((m) => m[1]!);

  it('loads only its own files, and its policy reaches only the git host and the local server', () => {
    const { document } = parseHTML(readFileSync(join(DIST, 'admin/index.html'), 'utf8'));
    for (const s of document.querySelectorAll('script')) expect(s.getAttribute('src') ?? '', 'no inline script').toMatch(/^[\w.-]+\.js$/);
    expect([...new Set(hostsIn(policyOf('admin/index.html')))].sort()).toEqual([...ADMIN_FOREIGN_HOSTS].sort());
    expect(policyOf('admin/index.html')).toBe(ADMIN_CSP);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
  });

  it('is no public page: not in the sitemap, linked from no page, and no public policy lets its hosts in', () => {
    const sitemaps = allFiles(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    for (const f of sitemaps) expect(readFileSync(join(DIST, f), 'utf8')).not.toMatch(/\/admin\//);
    const pages = allFiles(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(20);
    for (const f of pages) {
      const html = readFileSync(join(DIST, f), 'utf8');
      expect(html, f).not.toMatch(/href="[^"]*\/admin\//);
      expect(hostsIn(policyOf(f)), f).toEqual([]);
    }
    // The header for every page keeps the strict policy; /admin/* gets its own in place of it.
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const [site, admin] = headers.split(/^\/admin\/\*$/m);
    expect(hostsIn(site!.match(/Content-Security-Policy: (.*)/)![1]!)).toEqual([]);
    expect(admin).toContain(`Content-Security-Policy: ${ADMIN_CSP}`);
  });
});
