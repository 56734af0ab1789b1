import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMParser, parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { allFiles } from '../helpers/html';
import { ROOT } from '../helpers/paths';
import { launchChrome } from '../helpers/browser';
import { makeScratchCopy, SCRATCH_CONFIG } from '../../scripts/bench/scratch';
import { serveDir } from '../../scripts/static-server';
import { routeOf } from '../../src/core/routes';

// A hostile entry (tests/e2e/fixtures/xss-case.mdx): its title, summary, unit, practice names,
// aliases, figures, honours and provenance all carry <script>, event handlers and plain markup.
// It is built with the real cases in a scratch copy of the project. Wherever the data reaches a
// page, a feed or a data file, it must arrive as text: nothing runs, nothing renders as markup.
const WORK = join(ROOT, '.cache', 'xss');
const COPY = join(WORK, 'copy');
const DIST = join(WORK, 'dist');
const SLUG = 'xss-injection-test';
const TITLE = '注入测试<script>window.__xss = "title"</script><b>粗体标题</b>';
const PRACTICE = '做法名<script>window.__xss = "practice"</script><em>强调</em>';

/** Elements the payloads would create if any of them were written unescaped. */
const INJECTED = [
  'script:not([src]):not([type*="json"])',
  'iframe',
  'svg[onload]',
  'img[src="x"]',
  'img[onerror]',
  'a[href^="javascript:"]',
  'style',
].join(', ');
const MARKERS: [string, string][] = [
  ['b', '粗体标题'],
  ['em', '强调'],
  ['i', '斜体地区'],
  ['u', '个'],
  ['h1', '篇1'],
];

let browser: Browser;
let base = '';
let close = async () => {};

beforeAll(async () => {
  makeScratchCopy(ROOT, COPY, { withCases: true });
  copyFileSync(join(ROOT, 'tests/e2e/fixtures/xss-case.mdx'), join(COPY, 'content', 'cases', `${SLUG}.mdx`));
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--config', SCRATCH_CONFIG, '--outDir', DIST], {
    cwd: COPY,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`build with the hostile entry failed:\n${r.stdout}\n${r.stderr}`);
  const served = await serveDir(DIST);
  base = served.url;
  close = served.close;
  browser = await launchChrome();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await close();
});

const pages = () => allFiles(DIST).filter((f) => f.endsWith('.html'));
const read = (f: string) => readFileSync(join(DIST, f), 'utf8');

describe('escaping: built pages', () => {
  it('the hostile entry was built', () => {
    expect(existsSync(join(DIST, 'cases', SLUG, 'index.html'))).toBe(true);
  });

  it('no page contains an element the payloads would create', () => {
    const found: string[] = [];
    for (const f of pages()) {
      const { document } = parseHTML(read(f));
      for (const el of document.querySelectorAll(INJECTED)) {
        // The site's own inline code is fine; the payloads all mention __xss or hide the body.
        const code = `${el.textContent ?? ''} ${el
          .getAttributeNames()
          .map((a) => el.getAttribute(a))
          .join(' ')}`;
        const ownCode = el.localName === 'script' || el.localName === 'style';
        if (!ownCode || /__xss|body\s*\{\s*display:\s*none/.test(code)) found.push(`${f}: <${el.localName}> ${code.slice(0, 80)}`);
      }
      for (const [tag, text] of MARKERS) {
        for (const el of document.querySelectorAll(tag)) {
          if ((el.textContent ?? '').trim() === text) found.push(`${f}: payload markup rendered as <${tag}>`);
        }
      }
      for (const el of document.querySelectorAll('script[type*="json"]')) {
        // A JSON data block must still parse: a payload that broke out of it would not.
        try {
          JSON.parse(el.textContent ?? '');
        } catch {
          found.push(`${f}: a JSON script block no longer parses`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('the case page shows the hostile title and practice name as plain text', () => {
    const { document } = parseHTML(read(`cases/${SLUG}/index.html`));
    expect(document.querySelector('h1')?.textContent).toContain(TITLE);
    expect(document.body.textContent).toContain(PRACTICE);
    expect(document.title).toContain(TITLE);
  });
});

describe('escaping: feeds and data files', () => {
  it('the RSS feed carries the title as text and its description renders no markup', () => {
    const document = new DOMParser().parseFromString(read('rss.xml'), 'text/xml');
    const items = [...document.getElementsByTagName('item')].filter((i) =>
      (i.getElementsByTagName('link')[0]?.textContent ?? '').includes(SLUG),
    );
    expect(items.length).toBe(1);
    const item = items[0]!;
    expect(item.getElementsByTagName('title')[0]?.textContent).toBe(TITLE);
    // Feed readers render <description> as HTML: once the XML is decoded it must hold no tags.
    for (const tag of ['description', 'content:encoded']) {
      const html = item.getElementsByTagName(tag)[0]?.textContent ?? '';
      expect(html, tag).not.toMatch(/<(script|img|iframe|svg|b|a)\b/i);
    }
  });

  it('every XML file is well-formed and contains no payload element', () => {
    for (const f of allFiles(DIST).filter((x) => x.endsWith('.xml'))) {
      const xml = read(f);
      expect(xml, f).not.toMatch(/<script>window/);
      expect(xml, f).not.toMatch(/<img src="x"/);
    }
  });

  it('the JSON data carries the exact strings, and the CSV the exact practice name', () => {
    for (const f of allFiles(DIST).filter((x) => x.endsWith('.json') && !x.startsWith('pagefind/'))) {
      const text = read(f);
      expect(() => JSON.parse(text), f).not.toThrow();
      if (text.includes(SLUG)) expect(text, f).toContain(JSON.stringify(TITLE).slice(1, -1));
    }
    for (const f of allFiles(DIST).filter((x) => x.endsWith('.csv'))) {
      const text = read(f);
      // CSV is not markup: the name is there exactly, quoted the CSV way (" doubled).
      if (text.includes(SLUG)) expect(text, f).toContain(`"${PRACTICE.replaceAll('"', '""')}"`);
    }
  });
});

describe('escaping: in the browser', () => {
  it('nothing runs on any kind of page, and the CSP blocks nothing the site needs', async () => {
    // One page per route (every tag page looks alike), plus every page that shows the entry.
    const chosen = new Map<string, string>();
    for (const f of pages()) {
      const route = routeOf(f);
      if (read(f).includes('注入测试')) chosen.set(f, f);
      else if (![...chosen.values()].some((c) => routeOf(c) === route)) chosen.set(f, f);
    }
    const problems: string[] = [];
    const context = await browser.newContext();
    for (const f of chosen.keys()) {
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`${f}: page error ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !/404|Failed to load resource/.test(m.text())) problems.push(`${f}: console ${m.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __csp: string[] }).__csp ??= [];
          (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      const path = f.replace(/index\.html$/, '');
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
        hidden: getComputedStyle(document.body).display === 'none',
      }));
      if (state.xss !== undefined) problems.push(`${f}: payload ran (${String(state.xss)})`);
      if (state.hidden) problems.push(`${f}: injected style hid the page`);
      for (const v of state.csp) problems.push(`${f}: CSP violation ${v}`);
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('search results show the hostile entry as text and run nothing', async () => {
    if (!existsSync(join(DIST, 'search', 'index.html'))) throw new Error('the site has no /search/ page');
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('pageerror', (e) => violations.push(e.message));
    await page.goto(`${base}search/?q=${encodeURIComponent('注入测试')}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('注入测试'), null, { timeout: 15_000 });
    const state = await page.evaluate(
      ([injected]) => ({
        xss: (window as unknown as { __xss?: unknown }).__xss,
        injected: [...document.querySelectorAll(injected as string)].filter((el) =>
          /__xss/.test(`${el.textContent} ${el.getAttributeNames().map((a) => el.getAttribute(a))}`),
        ).length,
        bold: [...document.querySelectorAll('main b, main em')].filter((el) => ['粗体标题', '强调'].includes(el.textContent ?? '')).length,
        text: document.querySelector('main')?.textContent ?? '',
      }),
      [INJECTED],
    );
    await page.close();
    expect(violations).toEqual([]);
    expect(state.xss).toBeUndefined();
    expect(state.injected).toBe(0);
    expect(state.bold).toBe(0);
    expect(state.text).toContain('<b>粗体标题</b>');
  });
});
