import { formatRegion } from '../../src/lib/format';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFiles, page, publicPages, textOf } from '../helpers/html';
import { realEntries } from '../helpers/entries';
import { DIST } from '../helpers/paths';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { SITE } from '../../src/config';
import { WEIGHTS } from '../../src/browsing/related';
import { PRACTICE_PAGE_SIZE } from '../../src/browsing/browse';

// What a reader should see, worked out here from the entries and taxonomy themselves (not from
// the site's own query module), then checked against the built pages.
const tax = loadTaxonomy();
const entries = realEntries();
const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');
const origin = new URL(SITE.base, SITE.url).href;

interface P {
  caseSlug: string;
  id: string;
  name: string;
  tags: string[];
}
const practices: P[] = entries.flatMap((e) => e.data.practices.map((p: P) => ({ caseSlug: e.slug, id: p.id, name: p.name, tags: p.tags })));
const themesOfPractice = (p: P) => new Set(p.tags.map((t) => tax.tags.bySlug.get(t)!.theme));
const caseThemes = (e: (typeof entries)[number]) => [e.data.themes.primary, ...(e.data.themes.secondary ?? [])];
// A theme's cases are those with at least one practice in it (issue 23): the one meaning of its case count.
const countedThemes = (e: (typeof entries)[number]) => new Set(e.data.practices.flatMap((p: P) => [...themesOfPractice(p)]));
const caseTags = (e: (typeof entries)[number]) => new Set([...e.data.tags, ...e.data.practices.flatMap((p: P) => p.tags)]);
const usedTags = tax.tags.list.filter((t) => entries.some((e) => caseTags(e).has(t.slug)));
/** Cases newest report first, then title by pinyin: the order of the case list. */
const caseOrder = [...entries].sort(
  (a, b) => b.data.period.reported - a.data.period.reported || pinyin.compare(a.data.title, b.data.title),
);

// What a reader sees of a fact the editors inferred (unit type, sector, honour level): the label
// followed by （编者推断）, or for the level beside its status, （已获；级别为编者推断）.
const STATUS: Record<string, string> = { held: '已获', aspiring: '争创', renewing: '复查', unclear: '不明' };
const typeLabel = (d: Record<string, any>) => tax.unitTypes.bySlug.get(d.unit.type)!.label;
const sectorLabel = (d: Record<string, any>) => tax.sectors.bySlug.get(d.unit.sector)!.label;
const levelLabel = (d: Record<string, any>) => tax.honourLevels.bySlug.get(d.honour.level)!.label;
const marked = (label: string, basis: string) => (basis === 'inferred' ? `${label}（编者推断）` : label);
/** Every fact in a line of facts, ' · ' between them, as the reader reads it. */
const factsOf = (text: string) => text.split(' · ').map((f) => f.trim());

const hrefs = (root: ParentNode, selector = 'a') => [...root.querySelectorAll(selector)].map((a) => a.getAttribute('href'));
const htmlPages = publicPages().filter((f) => !f.startsWith('pagefind/'));

describe('site shell on every page', () => {
  it('has the pages this issue asks for', () => {
    for (const f of [
      'index.html',
      'themes/index.html',
      'tags/index.html',
      'practices/index.html',
      'cases/index.html',
      'about/index.html',
      'about/data/index.html',
      '404.html',
    ]) {
      expect(htmlPages, f).toContain(f);
    }
    for (const theme of tax.themes.list) expect(htmlPages).toContain(`themes/${theme.slug}/index.html`);
    for (const tag of usedTags) expect(htmlPages).toContain(`tags/${tag.slug}/index.html`);
  });

  it('every page: zh-CN, one h1, a title and description, Open Graph, skip link, navigation to every section', () => {
    for (const f of htmlPages) {
      const doc = page(`/${f.replace(/index\.html$/, '')}`);
      expect(doc.documentElement.getAttribute('lang'), f).toBe('zh-CN');
      expect(doc.querySelectorAll('h1').length, f).toBe(1);
      expect(textOf(doc.querySelector('title')).length, f).toBeGreaterThan(2);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), f).toBeTruthy();
      expect(doc.querySelector('meta[property="og:title"]'), f).not.toBeNull();
      const skip = doc.querySelector('a.skip-link');
      expect(skip?.getAttribute('href'), f).toBe('#main');
      expect(doc.getElementById('main'), f).not.toBeNull();
      const nav = hrefs(doc.querySelector('header nav')!);
      expect(nav, f).toEqual(['/themes/', '/tags/', '/practices/', '/cases/', '/search/', '/basket/']);
      expect(hrefs(doc.querySelector('footer')!), f).toContain('/about/');
    }
  });

  it('indexable pages carry a canonical URL on the published origin; the 404 page does not', () => {
    expect(page('/tags/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}tags/`);
    expect(page('/404.html').querySelector('link[rel="canonical"]')).toBeNull();
    expect(page('/404.html').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('titles say which page it is', () => {
    expect(textOf(page('/tags/first-inquiry-responsibility/').querySelector('title'))).toMatch(/^标签：首问责任制 · 文明创建典型经验库$/);
    expect(textOf(page('/practices/').querySelector('title'))).toBe('全部做法 · 文明创建典型经验库');
  });
});

describe('/themes/', () => {
  const doc = page('/themes/');
  it('lists every theme with its definition, criteria and correct counts', () => {
    const cards = [...doc.querySelectorAll('[data-theme-slug]')];
    expect(cards.map((c) => c.getAttribute('data-theme-slug'))).toEqual(tax.themes.list.map((t) => t.slug));
    for (const card of cards) {
      const theme = tax.themes.bySlug.get(card.getAttribute('data-theme-slug')!)!;
      const nCases = entries.filter((e) => countedThemes(e).has(theme.slug)).length;
      const nPractices = practices.filter((p) => themesOfPractice(p).has(theme.slug)).length;
      expect(textOf(card)).toContain(`${nCases} 个案例 · ${nPractices} 个做法`);
      expect(textOf(card)).toContain(theme.definition);
      for (const c of theme.criteria.trial2012) expect(textOf(card)).toContain(c);
      expect(hrefs(card)).toContain(`/themes/${theme.slug}/`);
    }
  });
});

describe('theme counts agree everywhere (issue 23)', () => {
  const countsOf = (text: string) => text.match(/(\d+) 个案例 · (\d+) 个做法/)?.slice(1, 3);
  const themes = tax.themes.list.filter((th) => practices.some((p) => themesOfPractice(p).has(th.slug)));
  it('home, /themes/ and each theme page show the same “cases · practices” for a theme, and no theme with practices says it has no cases', () => {
    expect(themes.length).toBeGreaterThan(0);
    const home = page('/');
    const index = page('/themes/');
    for (const theme of themes) {
      const expected = [
        String(entries.filter((e) => countedThemes(e).has(theme.slug)).length),
        String(practices.filter((p) => themesOfPractice(p).has(theme.slug)).length),
      ];
      const homeLink = [...home.querySelectorAll(`a[href="/themes/${theme.slug}/"]`)].find((a) => countsOf(textOf(a)));
      expect(countsOf(textOf(homeLink!)), `home ${theme.slug}`).toEqual(expected);
      expect(countsOf(textOf(index.querySelector(`[data-theme-slug="${theme.slug}"]`))), `/themes/ ${theme.slug}`).toEqual(expected);
      const own = page(`/themes/${theme.slug}/`);
      expect(countsOf(textOf(own.querySelector('main'))), `/themes/${theme.slug}/`).toEqual(expected);
      expect(expected[0]).not.toBe('0');
      expect(textOf(own.querySelector('main'))).not.toContain('暂未收录');
    }
  });
  it('the search page’s unit type, sector and level filters say 含编者推断 where some case rests on the editors’ inference', () => {
    const doc = page('/search/');
    const facets = [
      ['unitType', (d: Record<string, any>) => [d.unit.type, d.unit.typeBasis]],
      ['sector', (d: Record<string, any>) => [d.unit.sector, d.unit.sectorBasis]],
      ['honour', (d: Record<string, any>) => [d.honour.level, d.honour.levelBasis]],
    ] as const;
    for (const [facet, of] of facets) {
      for (const input of doc.querySelectorAll(`input[data-facet="${facet}"]`)) {
        const value = input.getAttribute('value')!;
        const some = entries.some((e) => of(e.data)[0] === value && of(e.data)[1] === 'inferred');
        const text = textOf(input.closest('label'));
        expect(text.includes('含编者推断'), `${facet} ${value}`).toBe(some);
      }
    }
    expect(textOf(doc.querySelector('input[data-facet="sector"][value="meteorology"]')!.closest('label'))).toMatch(
      /^气象（含编者推断）\d+$/,
    );
  });
  it('the search page’s theme filter counts the same cases', () => {
    const doc = page('/search/');
    for (const theme of themes) {
      const n = entries.filter((e) => countedThemes(e).has(theme.slug)).length;
      const input = doc.querySelector(`input[value="${theme.slug}"]`);
      expect(input, theme.slug).not.toBeNull();
      expect(textOf(input!.closest('label') ?? input!.parentElement), theme.slug).toContain(String(n));
    }
  });
});

describe('/themes/<slug>/', () => {
  it('lists the theme’s used tags with counts, its practices (linked to their anchors) and its cases', () => {
    const theme = tax.themes.bySlug.get('service-performance')!;
    const doc = page(`/themes/${theme.slug}/`);
    expect(textOf(doc.querySelector('h1'))).toBe(theme.label);
    const tagLinks = hrefs(doc, 'a.tag');
    const ownUsed = usedTags.filter((t) => t.theme === theme.slug);
    expect(tagLinks).toEqual([...ownUsed].sort((a, b) => pinyin.compare(a.label, b.label)).map((t) => `/tags/${t.slug}/`));
    const expected = practices.filter((p) => themesOfPractice(p).has(theme.slug));
    expect(hrefs(doc, '.practice-list .entry-title').sort()).toEqual(expected.map((p) => `/cases/${p.caseSlug}/#${p.id}`).sort());
    expect(hrefs(doc, '.case-list .entry-title').sort()).toEqual(
      entries
        .filter((e) => countedThemes(e).has(theme.slug))
        .map((e) => `/cases/${e.slug}/`)
        .sort(),
    );
  });

  it('labels the years each listed case covers (issue 23: no bare year range), on theme and tag pages alike', () => {
    const theme = [...countedThemes(entries[0]!)][0]!;
    const tag = usedTags[0]!;
    for (const path of [`/themes/${theme}/`, `/tags/${tag.slug}/`]) {
      const lines = [...page(path).querySelectorAll('.case-list .entry-meta')].map((p) => textOf(p));
      expect(lines.length, path).toBeGreaterThan(0);
      for (const line of lines) expect(line, path).toMatch(/· 记述 \d{4}/);
    }
  });
});

describe('/tags/', () => {
  const doc = page('/tags/');
  it('lists exactly the used tags, grouped by home theme, in pinyin order within each group', () => {
    const groups = [...doc.querySelectorAll('[data-theme-group]')];
    const listed = groups.flatMap((g) => [...g.querySelectorAll('[data-tag]')].map((li) => li.getAttribute('data-tag')!));
    expect([...listed].sort()).toEqual(usedTags.map((t) => t.slug).sort());
    for (const g of groups) {
      const slugs = [...g.querySelectorAll('[data-tag]')].map((li) => li.getAttribute('data-tag')!);
      const labels = slugs.map((s) => tax.tags.bySlug.get(s)!.label);
      expect(slugs.every((s) => tax.tags.bySlug.get(s)!.theme === g.getAttribute('data-theme-group'))).toBe(true);
      expect(labels).toEqual([...labels].sort(pinyin.compare));
    }
    // Groups follow the taxonomy's theme order.
    const order = tax.themes.list.map((t) => t.slug);
    const groupOrder = groups.map((g) => order.indexOf(g.getAttribute('data-theme-group')!));
    expect(groupOrder).toEqual([...groupOrder].sort((a, b) => a - b));
  });
  it('shows each tag’s practice and case counts', () => {
    for (const tag of usedTags) {
      const li = doc.querySelector(`[data-tag="${tag.slug}"]`);
      const nP = practices.filter((p) => p.tags.includes(tag.slug)).length;
      const nC = entries.filter((e) => caseTags(e).has(tag.slug)).length;
      expect(textOf(li), tag.slug).toContain(`${nC} 个案例 · ${nP} 个做法`);
    }
  });
});

describe('/tags/<slug>/', () => {
  it('gives the definition and aliases and every practice carrying the tag, across cases', () => {
    // The tag with the most practices across the most cases makes the strongest check.
    const tag = [...usedTags].sort(
      (a, b) => practices.filter((p) => p.tags.includes(b.slug)).length - practices.filter((p) => p.tags.includes(a.slug)).length,
    )[0]!;
    const doc = page(`/tags/${tag.slug}/`);
    const text = textOf(doc.querySelector('main'));
    expect(text).toContain(tag.definition);
    for (const alias of tag.aliases) expect(text).toContain(alias);
    const expected = practices.filter((p) => p.tags.includes(tag.slug)).map((p) => `/cases/${p.caseSlug}/#${p.id}`);
    expect(expected.length).toBeGreaterThan(1);
    expect(hrefs(doc, '.practice-list .entry-title').sort()).toEqual(expected.sort());
    expect(hrefs(doc, '.case-list .entry-title').sort()).toEqual(
      entries
        .filter((e) => caseTags(e).has(tag.slug))
        .map((e) => `/cases/${e.slug}/`)
        .sort(),
    );
  });
  it('has no page for a tag nobody uses', () => {
    const unused = tax.tags.list.find((t) => !usedTags.includes(t));
    if (unused) expect(htmlPages).not.toContain(`tags/${unused.slug}/index.html`);
  });
});

describe('/practices/', () => {
  const doc = page('/practices/');
  // Past PRACTICE_PAGE_SIZE practices the list goes on at /practices/2/, /practices/3/ …
  const pages = [doc];
  while (htmlPages.includes(`practices/${pages.length + 1}/index.html`)) pages.push(page(`/practices/${pages.length + 1}/`));
  it('lists every practice once over its pages, each linking to its anchor, grouped under its first tag’s theme', () => {
    const links = pages.flatMap((d) => hrefs(d, '#practice-groups .entry-title'));
    expect(links).toHaveLength(practices.length);
    expect([...links].sort()).toEqual(practices.map((p) => `/cases/${p.caseSlug}/#${p.id}`).sort());
    for (const d of pages) expect(hrefs(d, '#practice-groups .entry-title').length).toBeLessThanOrEqual(PRACTICE_PAGE_SIZE);
    for (const section of pages.flatMap((d) => [...d.querySelectorAll('[data-filter-group]')])) {
      const theme = tax.themes.list.find((t) => textOf(section.querySelector('h2')).startsWith(t.label))!;
      for (const a of section.querySelectorAll('.entry-title')) {
        const [, caseSlug, id] = a.getAttribute('href')!.match(/^\/cases\/([^/]+)\/#(.+)$/)!;
        const p = practices.find((x) => x.caseSlug === caseSlug && x.id === id)!;
        expect(tax.tags.bySlug.get(p.tags[0]!)!.theme).toBe(theme.slug);
      }
    }
  });
  it('works without JavaScript: the filters start hidden and every entry carries its facets', () => {
    const filters = doc.querySelector('[data-filter-for="practice-groups"]');
    expect(filters?.hasAttribute('hidden')).toBe(true);
    for (const li of doc.querySelectorAll('[data-filter-item]')) {
      expect(li.getAttribute('data-themes')).toMatch(/^[a-z-]+( [a-z-]+)*$/);
      expect(tax.unitTypes.bySlug.has(li.getAttribute('data-unit-type')!)).toBe(true);
      expect(tax.honourLevels.bySlug.has(li.getAttribute('data-honour')!)).toBe(true);
      expect(li.hasAttribute('hidden')).toBe(false);
    }
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
  });
  it('marks a unit type or level the editors inferred in each entry’s line, and says so in the filter’s options', () => {
    for (const li of doc.querySelectorAll('#practice-groups [data-filter-item]')) {
      const caseSlug = li.querySelector('.entry-meta a')!.getAttribute('href')!.split('/')[2]!;
      const d = entries.find((e) => e.slug === caseSlug)!.data;
      const facts = factsOf(textOf(li.querySelector('.entry-meta')));
      expect(facts, caseSlug).toContain(marked(typeLabel(d), d.unit.typeBasis));
      expect(facts, caseSlug).toContain(marked(levelLabel(d), d.honour.levelBasis));
    }
    const option = (name: string, slug: string) => textOf(doc.querySelector(`select[name="${name}"] option[value="${slug}"]`));
    expect(option('unit', 'soe')).toBe('国有企业（含编者推断）');
    expect(option('unit', 'health')).toBe(tax.unitTypes.bySlug.get('health')!.label);
    expect(option('honour', 'county-district')).toBe('县（区）级文明单位（含编者推断）');
    expect(option('honour', 'national')).toBe('全国文明单位');
  });
});

describe('/cases/', () => {
  const doc = page('/cases/');
  it('lists every case newest first with unit type, sector, region, period and honour level', () => {
    const items = [...doc.querySelectorAll('#case-list [data-filter-item]')];
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(caseOrder.map((e) => `/cases/${e.slug}/`));
    items.forEach((li, i) => {
      const d = caseOrder[i]!.data;
      const text = textOf(li);
      expect(text).toContain(tax.unitTypes.bySlug.get(d.unit.type)!.label);
      expect(text).toContain(tax.sectors.bySlug.get(d.unit.sector)!.label);
      // A region the report does not name says so, never a bare 未说明 (issue 23).
      expect(text).toContain(formatRegion(d.unit.region));
      expect(text).not.toMatch(/· 未说明 ·/);
      expect(text).toContain(String(d.period.from));
      expect(text).toContain(tax.honourLevels.bySlug.get(d.honour.level)!.label);
      expect(li.getAttribute('data-reported')).toBe(String(d.period.reported));
    });
  });
  it('marks each unit type, sector and level the editors inferred, and only those', () => {
    const items = [...doc.querySelectorAll('#case-list [data-filter-item]')];
    items.forEach((li, i) => {
      const { slug, data: d } = caseOrder[i]!;
      const facts = factsOf(textOf(li.querySelector('.meta')));
      expect(facts, slug).toContain(marked(typeLabel(d), d.unit.typeBasis));
      expect(facts, slug).toContain(marked(sectorLabel(d), d.unit.sectorBasis));
      const status = STATUS[d.honour.status]!;
      expect(facts, slug).toContain(
        d.honour.levelBasis === 'inferred' ? `${levelLabel(d)}（${status}；级别为编者推断）` : `${levelLabel(d)}（${status}）`,
      );
      const marks = [d.unit.typeBasis, d.unit.sectorBasis, d.honour.levelBasis].filter((b) => b === 'inferred').length;
      expect(textOf(li).split('编者推断').length - 1, slug).toBe(marks);
    });
    // The county bureau: the source blanks the industry, so 气象 is the editors' reading.
    const county = items.find((li) => li.querySelector('a')?.getAttribute('href') === '/cases/county-weather-bureau-service/')!;
    expect(factsOf(textOf(county.querySelector('.meta')))).toContain('气象（编者推断）');
    // Yonggang: 张家港市“文明单位标兵”, read as 县（区）级 because 张家港 is a county-level city.
    const yonggang = items.find((li) => li.querySelector('a')?.getAttribute('href') === '/cases/yonggang-group-civility-volunteering/')!;
    expect(factsOf(textOf(yonggang.querySelector('.meta')))).toContain('县（区）级文明单位（已获；级别为编者推断）');
  });
  it('says in the filter which unit types and levels some case rests on the editors’ inference for', () => {
    for (const [name, key, label] of [
      ['unit', 'typeBasis', typeLabel],
      ['honour', 'levelBasis', levelLabel],
    ] as const) {
      for (const option of doc.querySelectorAll(`select[name="${name}"] option:not([value=""])`)) {
        const slug = option.getAttribute('value')!;
        const cases = entries.filter((e) => (name === 'unit' ? e.data.unit.type : e.data.honour.level) === slug);
        const some = cases.some((e) => (name === 'unit' ? e.data.unit[key] : e.data.honour[key]) === 'inferred');
        expect(textOf(option), slug).toBe(some ? `${label(cases[0]!.data)}（含编者推断）` : label(cases[0]!.data));
      }
    }
  });
  it('offers sort options alongside the filters', () => {
    const sort = doc.querySelector('select[name="sort"]');
    expect([...sort!.querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual(['newest', 'oldest', 'title', 'practices']);
  });
});

describe('case page browsing', () => {
  for (const [i, entry] of caseOrder.entries()) {
    describe(entry.slug, () => {
      const doc = page(`/cases/${entry.slug}/`);
      it('has breadcrumbs: home / cases / primary theme / the case', () => {
        const crumbs = doc.querySelector('nav.breadcrumbs');
        expect(hrefs(crumbs!)).toEqual(['/', '/cases/', `/themes/${entry.data.themes.primary}/`]);
        expect(textOf(crumbs!.querySelector('[aria-current="page"]'))).toBe(entry.data.title);
      });
      it('links previous and next in the case list’s order', () => {
        const nav = doc.querySelector('nav.prev-next');
        expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null).toBe(i > 0 ? `/cases/${caseOrder[i - 1]!.slug}/` : null);
        expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href') ?? null).toBe(
          i < caseOrder.length - 1 ? `/cases/${caseOrder[i + 1]!.slug}/` : null,
        );
      });
      it('lists related cases with the tags they really share, best match first', () => {
        const items = [...doc.querySelectorAll('[data-related]')];
        expect(items.length).toBeGreaterThan(0);
        const tagsOf = (li: Element, sel: string) =>
          [...li.querySelectorAll(`${sel} a.tag`)].map((a) => a.getAttribute('href')!.split('/')[2]!);
        const scores = items.map((li) => {
          const other = entries.find((e) => e.slug === li.getAttribute('data-related'))!;
          const caseShared: string[] = other.data.tags.filter((t: string) => entry.data.tags.includes(t));
          const mine = caseTags(entry);
          const practiceShared = [...caseTags(other)].filter((t) => mine.has(t) && !caseShared.includes(t));
          const themeShared = caseThemes(other).filter((t) => caseThemes(entry).includes(t));
          expect(tagsOf(li, '.shared-case').sort()).toEqual([...caseShared].sort());
          expect(tagsOf(li, '.shared-practice').sort()).toEqual(practiceShared.sort());
          const sameType = other.data.unit.type === entry.data.unit.type;
          // A reader sees the shared unit type named, as the tags and themes are.
          expect(li.querySelector('.same-type') !== null).toBe(sameType);
          return (
            caseShared.length * WEIGHTS.caseTag +
            themeShared.length * WEIGHTS.theme +
            Math.min(WEIGHTS.practiceTagCap, practiceShared.length * WEIGHTS.practiceTag) +
            (sameType ? WEIGHTS.unitType : 0)
          );
        });
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(items.map((li) => li.getAttribute('data-related'))).not.toContain(entry.slug);
      });
    });
  }

  it('draws before/after figures as an SVG with a text alternative, and the numbers in a table', () => {
    const doc = page('/cases/district-service-center-expansion/');
    const section = doc.querySelector('.before-after')!;
    const svgs = [...section.querySelectorAll('svg[role="img"]')];
    expect(svgs.map((s) => s.getAttribute('aria-label'))).toEqual([
      '办事大厅面积：之前 1800 ㎡，之后 3000 ㎡，增加 67%',
      '服务项目：之前 95 项，之后 194 项，增加 104%',
      '服务窗口：之前 45 个，之后 90 个，增加 100%',
    ]);
    // The longer bar belongs to the larger number.
    const [before, after] = [...svgs[0]!.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(after).toBeGreaterThan(before!);
    expect(before! / after!).toBeCloseTo(1800 / 3000, 1);
    const rows = [...section.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(textOf));
    expect(rows[0]).toEqual(['办事大厅面积', '1800 ㎡', '3000 ㎡', '增加 67%']);
    // A case whose figures have no pairs gets no chart.
    expect(page('/cases/kindergarten-swimming-programme/').querySelector('.before-after svg')).toBeNull();
  });
});

describe('data files', () => {
  const json = JSON.parse(readFileSync(join(DIST, 'data/cases.json'), 'utf8'));
  it('/data/cases.json has every case with slug, absolute url, facts, themes, tags and practices with ids', () => {
    expect(json.count).toBe(entries.length);
    expect(json.licence.name).toBe(SITE.licence.name);
    expect(json.cases.map((c: { slug: string }) => c.slug).sort()).toEqual(entries.map((e) => e.slug).sort());
    for (const c of json.cases) {
      const e = entries.find((x) => x.slug === c.slug)!;
      expect(c.url).toBe(`${origin}cases/${c.slug}/`);
      expect(c.title).toBe(e.data.title);
      expect(c.unit.type.slug).toBe(e.data.unit.type);
      expect(c.honour.level.slug).toBe(e.data.honour.level);
      // What the editors inferred is said in the data too.
      expect([c.unit.typeBasis, c.unit.sectorBasis, c.honour.levelBasis]).toEqual([
        e.data.unit.typeBasis,
        e.data.unit.sectorBasis,
        e.data.honour.levelBasis,
      ]);
      expect(c.period.reported).toBe(e.data.period.reported);
      expect(c.themes.primary.slug).toBe(e.data.themes.primary);
      expect(c.tags.map((t: { slug: string }) => t.slug)).toEqual(e.data.tags);
      expect(c.practices.map((p: { id: string }) => p.id)).toEqual(e.data.practices.map((p: P) => p.id));
      for (const p of c.practices) expect(p.url).toBe(`${origin}cases/${c.slug}/#${p.id}`);
      // The open data carry the citations.
      expect(c.source.id).toBe(e.data.source.id);
      expect(c.source.lines).toEqual(e.data.source.lines);
      c.practices.forEach((p: { from: number[]; evidence: string }, i: number) => {
        expect(p.from).toEqual(e.data.practices[i].from);
        expect(p.evidence).toBe(e.data.practices[i].evidence);
      });
      for (const f of c.figures) expect(f.from.length).toBeGreaterThan(0);
    }
  });
  it('/data/practices.csv has one row per practice with absolute URLs', () => {
    const csv = readFileSync(join(DIST, 'data/practices.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFcase_slug,case_title,case_url,practice_id')).toBe(true);
    expect(csv.split('\r\n')[0]!.endsWith(',reported,source_id,paragraphs,evidence')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(practices.length + 1);
    for (const p of practices) expect(csv).toContain(`,${origin}cases/${p.caseSlug}/#${p.id},`);
    // Each row says how the unit type and the level are known.
    const header = lines[0]!.replace('\uFEFF', '').split(',');
    expect(header.slice(header.indexOf('unit_type'), header.indexOf('reported'))).toEqual([
      'unit_type',
      'unit_type_basis',
      'honour_level',
      'honour_level_basis',
    ]);
    for (const e of entries) {
      const facts = `,${e.data.unit.type},${e.data.unit.typeBasis},${e.data.honour.level},${e.data.honour.levelBasis},${e.data.period.reported},`;
      expect(
        lines.filter((l) => l.includes(`${origin}cases/${e.slug}/#`) && l.includes(facts)),
        e.slug,
      ).toHaveLength(e.data.practices.length);
    }
    expect(csv).toContain(',non-public-enterprise,inferred,county-district,inferred,');
  });
  it('/data/case.schema.json is a JSON Schema generated from the entry schema', () => {
    const schema = JSON.parse(readFileSync(join(DIST, 'data/case.schema.json'), 'utf8'));
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.$id).toBe(`${origin}data/case.schema.json`);
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'unit', 'practices', 'source']));
    expect(schema.properties.practices.items.properties.id.pattern).toBeTruthy();
    expect(schema.properties.unit.properties.nameBasis.enum).toEqual(['stated', 'partly-withheld', 'withheld']);
    expect(schema.additionalProperties).toBe(false);
  });
  it('/rss.xml lists the cases with absolute links; the sitemap lists every page but the 404', () => {
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    expect(rss.match(/<item>/g)).toHaveLength(entries.length);
    for (const e of entries) expect(rss).toContain(`<link>${origin}cases/${e.slug}/</link>`);
    const sitemap = allFiles()
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(DIST, f), 'utf8'))
      .join('');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const f of htmlPages.filter((x) => x !== '404.html')) expect(locs).toContain(origin + f.replace(/index\.html$/, ''));
    expect(locs.some((l) => l!.includes('404'))).toBe(false);
  });
  it('/about/data/ documents every data file and its fields; /about/ gives the licence and how to report an error', () => {
    const data = page('/about/data/');
    const text = textOf(data.querySelector('main'));
    for (const f of ['/data/cases.json', '/data/practices.csv', '/data/case.schema.json', '/rss.xml']) expect(text).toContain(f);
    for (const field of ['slug', 'url', 'practices', 'practice_id', 'practice_url']) expect(text).toContain(field);
    const about = page('/about/');
    const aboutText = textOf(about.querySelector('main'));
    expect(aboutText).toContain(SITE.licence.name);
    expect(hrefs(about)).toContain(SITE.licence.url);
    // 关于 is for readers: no field tables there, a way to send a correction or a report, and the way to the data.
    expect(about.querySelector('main table')).toBeNull();
    expect(hrefs(about)).toContain(`${SITE.repo}/issues/new?template=report-error.yml`);
    expect(hrefs(about)).toContain(`${SITE.repo}/issues/new?template=propose-case.yml`);
    expect(hrefs(about)).toContain('/about/data/');
  });
});

describe('404', () => {
  const doc = page('/404.html');
  it('is in Chinese with a search box and links back to the themes', () => {
    expect(textOf(doc.querySelector('h1'))).toBe('找不到这个页面');
    expect(doc.querySelectorAll('form[role="search"]')).toHaveLength(1);
    const links = hrefs(doc.querySelector('main')!);
    for (const theme of tax.themes.list) expect(links).toContain(`/themes/${theme.slug}/`);
    expect(links).toContain('/');
  });
});

describe('JavaScript stays small outside search', () => {
  it('no page but /search/ carries more than 10 KB of script, and pages without filters only the theme toggle', () => {
    for (const f of htmlPages.filter((x) => !x.startsWith('search/'))) {
      const html = readFileSync(join(DIST, f), 'utf8');
      let bytes = 0;
      for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        const src = m[1]!.match(/src="([^"]+)"/)?.[1];
        bytes += src ? readFileSync(join(DIST, src.replace(/^\//, ''))).length : Buffer.byteLength(m[2]!);
      }
      expect(bytes, f).toBeLessThanOrEqual(10 * 1024);
      // The lists of all practices and all cases filter the page they are on, each of their pages.
      if (!/^(practices|cases)\/(\d+\/)?index\.html$/.test(f)) expect(html.includes('data-filter-for'), f).toBe(false);
    }
  });
});
