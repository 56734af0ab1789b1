/** The search index and the markup it is built from, as the build leaves them. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allFiles, page, textOf } from '../helpers/html';
import { DIST, ROOT } from '../helpers/paths';
import { realEntries } from '../helpers/entries';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { parsePracticeMeta } from '../../src/search/payload';
import { indexedPage, writeIndex } from '../../src/integrations/pagefind';

const entries = realEntries();
const tax = loadTaxonomy();
/** The tags' wordings by slug as the built search page carries them (what it looks up for each practice). */
let tagWordsOfSearchPage: Record<string, string[]> | undefined;
const searchTagWords = (slug: string): string[] | undefined => {
  tagWordsOfSearchPage ??= (
    JSON.parse(page('/search/').querySelector('[data-search-root]')!.getAttribute('data-config')!) as { tagWords: Record<string, string[]> }
  ).tagWords;
  return tagWordsOfSearchPage[slug];
};

describe('search index', () => {
  it('is written into the build by the integration, with one page per case', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBe(entries.length);
  });

  it('splits its words into the smaller chunks the integration asks for, not Pagefind’s default', () => {
    // The chunk size reaches Pagefind through an environment variable Pagefind calls unstable
    // (src/integrations/pagefind.ts): if an upgrade dropped it, this fails instead of queries
    // quietly fetching twice the bytes. The same case pages indexed at the default size give fewer chunks.
    const copy = mkdtempSync(join(tmpdir(), 'chunks-'));
    cpSync(join(DIST, 'cases'), join(copy, 'cases'), { recursive: true });
    const script = `import { buildSearchIndex } from './src/integrations/pagefind.ts'; await buildSearchIndex(${JSON.stringify(copy)});`;
    const run = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '20000' },
    });
    expect(run.status, run.stderr).toBe(0);
    const chunks = (dir: string) => readdirSync(join(dir, 'pagefind', 'index')).length;
    expect(chunks(DIST)).toBeGreaterThan(chunks(copy));
  });

  it('holds the same words, weights and anchors from the pages the build gives Pagefind as from the whole pages', async () => {
    // The build hands Pagefind each case page without what Pagefind ignores and with its
    // sub-headings as plain blocks of the same weight (indexedPage): a third fewer bytes to read,
    // and no sub-result excerpts for the browser to build. The word index and the filters must
    // come out byte for byte the same, and each page's record the same but for the element its
    // section anchors name (a div where the page has an h2).
    const pages = entries.map(({ slug }) => ({
      url: `/cases/${slug}/`,
      html: readFileSync(join(DIST, 'cases', slug, 'index.html'), 'utf8'),
    }));
    const lean = pages.map((p) => ({ ...p, html: indexedPage(p.html) }));
    expect(lean.reduce((n, p) => n + p.html.length, 0)).toBeLessThan(0.8 * pages.reduce((n, p) => n + p.html.length, 0));
    const out = mkdtempSync(join(tmpdir(), 'lean-index-'));
    for (const [name, list] of [
      ['whole', pages],
      ['lean', lean],
    ] as const)
      await writeIndex(
        list.map((p) => () => p),
        join(out, name),
      );
    const files = (name: string, folder: string) => allFiles(join(out, name, folder)).map((f) => join(folder, f));
    for (const folder of ['index', 'filter']) {
      expect(files('lean', folder)).toEqual(files('whole', folder));
      for (const f of files('whole', folder))
        expect(readFileSync(join(out, 'lean', f)).equals(readFileSync(join(out, 'whole', f))), f).toBe(true);
    }
    type Fragment = { url: string; anchors: { element: string; id: string }[] };
    // A fragment is gzip-compressed JSON after Pagefind's 12-byte signature.
    const fragments = (name: string) =>
      new Map(
        files(name, 'fragment').map((f) => {
          const fragment = JSON.parse(
            gunzipSync(readFileSync(join(out, name, f)))
              .subarray(12)
              .toString(),
          ) as Fragment;
          return [fragment.url, fragment] as const;
        }),
      );
    const [whole, leaner] = [fragments('whole'), fragments('lean')];
    expect([...leaner.keys()].sort()).toEqual([...whole.keys()].sort());
    let sections = 0;
    for (const [url, fragment] of whole) {
      const anchors = fragment.anchors.map((a) => {
        if (!/^h[2-6]$/.test(a.element)) return a;
        sections++;
        return { ...a, element: 'div' };
      });
      expect(leaner.get(url), url).toEqual({ ...fragment, anchors });
    }
    expect(sections).toBeGreaterThan(entries.length);
  });

  it('is never in public/ (so never in git)', () => {
    expect(existsSync(join(ROOT, 'public', 'pagefind'))).toBe(false);
  });

  it('indexes case pages only: no other page has a search body', () => {
    const withBody = allFiles()
      .filter((f) => f.endsWith('.html'))
      .filter((f) => readFileSync(join(DIST, f), 'utf8').includes('data-pagefind-body'));
    expect(withBody.sort()).toEqual(entries.map((e) => `cases/${e.slug}/index.html`).sort());
  });

  for (const { slug, data } of entries) {
    describe(slug, () => {
      const doc = page(`/cases/${slug}/`);
      const body = doc.querySelector('[data-pagefind-body]')!;
      const metaOf = (key: string) => textOf(body.querySelector(`[data-pagefind-meta="${key}"]`));
      const filters = (key: string) => [...body.querySelectorAll(`[data-pagefind-filter="${key}"]`)].map((e) => textOf(e));

      it('is in Chinese, which turns on Pagefind’s word segmentation', () => {
        expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
      });

      it('carries unit, period and summary metadata, and the period sort key', () => {
        expect(metaOf('unit').length).toBeGreaterThan(0);
        expect(metaOf('period')).toContain(String(data.period.reported));
        expect(metaOf('summary')).toBe(data.summary.replace(/\s+/g, ' ').trim());
      });

      it('has a filter for every facet', () => {
        // A case is found under the themes its practices reach through their tags (issue 23: the same
        // count as on the theme pages), its declared primary theme first where a practice reaches it.
        const reached = new Set<string>();
        for (const p of data.practices as { tags: string[] }[]) for (const tag of p.tags) reached.add(tax.tags.bySlug.get(tag)!.theme);
        expect(new Set(filters('theme'))).toEqual(reached);
        if (reached.has(data.themes.primary)) expect(filters('theme')[0]).toBe(data.themes.primary);
        const tags = new Set<string>([...data.tags, ...data.practices.flatMap((p: { tags: string[] }) => p.tags)]);
        expect(new Set(filters('tag'))).toEqual(tags);
        expect(filters('unitType')).toEqual([data.unit.type]);
        expect(filters('sector')).toEqual([data.unit.sector]);
        expect(filters('honour')).toEqual([data.honour.level]);
        expect(filters('period')).toEqual([String(data.period.reported)]);
      });

      it('describes every practice for ranking: id, name, aliases, tags (their wordings looked up on the search page)', () => {
        const stored = JSON.parse(metaOf('practices')) as Record<string, unknown>[];
        // The wordings are not stored: Pagefind would index them as words a second time.
        for (const p of stored) expect(Object.keys(p).sort()).toEqual(['a', 'id', 'n', 's', 't']);
        const practices = parsePracticeMeta(metaOf('practices'), searchTagWords);
        expect(practices.map((p) => p.id)).toEqual(data.practices.map((p: { id: string }) => p.id));
        for (const p of data.practices) {
          const m = practices.find((x) => x.id === p.id)!;
          expect(m.n).toBe(p.name);
          expect(m.a).toEqual((p.aliases ?? []).map(String));
          for (const t of p.tags) expect(m.k).toContain(tax.tags.bySlug.get(t)!.label);
        }
      });

      it('indexes each practice’s aliases and its tags’ aliases inside the practice, hidden', () => {
        for (const p of data.practices) {
          const el = doc.getElementById(p.id)!;
          const field = el.querySelector('.search-aliases');
          const expected = [...(p.aliases ?? []).map(String), ...p.tags.flatMap((t: string) => tax.tags.bySlug.get(t)!.aliases)];
          if (expected.length === 0) continue;
          expect(field?.hasAttribute('hidden'), p.id).toBe(true);
          for (const a of expected) expect(textOf(field)).toContain(a);
        }
      });

      it('keeps the practice number and permalink sign out of the index', () => {
        for (const p of data.practices) {
          const h3 = doc.getElementById(p.id)!.querySelector('h3')!;
          expect(h3.querySelector('.num')?.hasAttribute('data-pagefind-ignore')).toBe(true);
          expect(h3.querySelector('.anchor')?.hasAttribute('data-pagefind-ignore')).toBe(true);
        }
      });
    });
  }
});

describe('sorting by period', () => {
  // The case list (/cases/) is newest first, ties by title; the sort key is that order reversed.
  const listed = [...page('/cases/').querySelectorAll('[data-case]')].map((el) => el.getAttribute('data-case')!);
  const keyOf = (slug: string) => Number(textOf(page(`/cases/${slug}/`).querySelector('[data-pagefind-sort="period"]')));

  it('gives every case a distinct whole-number key, oldest 0, so Pagefind never meets a tie', () => {
    const keys = entries.map((e) => keyOf(e.slug)).sort((a, b) => a - b);
    expect(keys).toEqual(entries.map((_, i) => i));
  });
  it('orders cases by the key exactly as the case list orders them, newest first', () => {
    expect(listed).toHaveLength(entries.length);
    expect([...listed].sort((a, b) => keyOf(b) - keyOf(a))).toEqual(listed);
    const years = listed.map((slug) => entries.find((e) => e.slug === slug)!.data.period.reported as number);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

describe('search page', () => {
  const doc = page('/search/');
  it('is complete before any search: every case counted, newest first, every filter with its count', () => {
    expect(textOf(doc.querySelector('[data-search-status]'))).toContain(`共 ${entries.length} 个案例`);
    const shown = [...doc.querySelectorAll('[data-search-results] > li.result h3 a')].map((a) => a.getAttribute('href'));
    const newest = [...entries].sort((a, b) => b.data.period.reported - a.data.period.reported).map((e) => `/cases/${e.slug}/`);
    // Cases of the same year may come in either order (a new case can tie with an old one).
    const yearOf = new Map(entries.map((e) => [`/cases/${e.slug}/`, e.data.period.reported]));
    expect(shown.map((h) => yearOf.get(h!))).toEqual(newest.slice(0, 10).map((h) => yearOf.get(h)));
    expect(new Set(shown).size).toBe(shown.length);
    const boxes = [...doc.querySelectorAll<HTMLInputElement>('[data-search-facets] input[type="checkbox"]')];
    const swimming = boxes.find((b) => b.id === 'facet-tag-signature-programme')!;
    expect(swimming.getAttribute('data-facet')).toBe('tag');
    const carrying = entries.filter((e) =>
      [...e.data.tags, ...e.data.practices.flatMap((p: { tags: string[] }) => p.tags)].includes('signature-programme'),
    );
    expect(textOf(swimming.closest('label')!.querySelector('.facet-count'))).toBe(String(carrying.length));
    const periods = boxes.filter((b) => b.getAttribute('data-facet') === 'period').map((b) => b.value);
    expect(new Set(periods)).toEqual(new Set(entries.map((e) => String(e.data.period.reported))));
    // Nothing says "ready" until the script has checked the URL: a query in it replaces this list.
    expect(doc.querySelector('[data-search-root]')!.hasAttribute('data-state')).toBe(false);
  });
  it('has a labelled search box, a live result count and the sort control', () => {
    const input = doc.querySelector('#search-q')!;
    expect(input.getAttribute('name')).toBe('q');
    expect(textOf(doc.querySelector('label[for="search-q"]'))).not.toBe('');
    const status = doc.querySelector('[data-search-status]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(doc.querySelector('#search-sort')).not.toBeNull();
  });
  it('points the client at the index under the site’s base', () => {
    const config = JSON.parse(doc.querySelector('[data-search-root]')!.getAttribute('data-config')!) as { bundle: string };
    expect(config.bundle).toBe('/pagefind/');
  });
  it('does not show the development notice in the build', () => {
    expect(textOf(doc.querySelector('main'))).not.toContain('npm run dev');
  });
  it('has popular tags and themes ready for the no-results state', () => {
    const links = [...doc.querySelectorAll('[data-search-empty] a')].map((a) => a.getAttribute('href'));
    expect(links.some((h) => h?.startsWith('/search/?tag='))).toBe(true);
    expect(links.some((h) => h?.startsWith('/search/?theme='))).toBe(true);
  });
});

describe('header search box', () => {
  it('sends every page’s query to /search/?q=', () => {
    // The home page has its box in the page, the others in the header: one box a page.
    for (const path of ['/', '/cases/', `/cases/${entries[0]!.slug}/`]) {
      const forms = page(path).querySelectorAll('form[role="search"]');
      expect(forms, path).toHaveLength(1);
      const form = forms[0]!;
      expect(form.getAttribute('action')).toBe('/search/');
      expect(form.querySelector('input[name="q"]')).not.toBeNull();
    }
  });
});
