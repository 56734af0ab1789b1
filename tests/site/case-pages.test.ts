import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';
import { page, textOf } from '../helpers/html';
import { realEntries } from '../helpers/entries';
import { formatFigure } from '../../src/lib/format';
import { loadTaxonomy } from '../../src/loaders/taxonomy';

const entries = realEntries();
const tax = loadTaxonomy();

describe('case pages', () => {
  // Derived from content/cases, so a new case needs no edit here (CONTRIBUTING, "Tests a new case may touch").
  it('every entry in content/cases has its page', () => {
    const files = readdirSync(join(ROOT, 'content', 'cases')).filter((f) => f.endsWith('.mdx'));
    expect(entries.length).toBe(files.length);
    expect(entries.length).toBeGreaterThan(0);
    for (const { slug } of entries) expect(textOf(page(`/cases/${slug}/`).querySelector('h1')), slug).not.toBe('');
  });

  for (const { slug, data } of entries) {
    describe(slug, () => {
      const doc = page(`/cases/${slug}/`);

      it('is a Chinese page with one h1 that is the title', () => {
        expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
        const h1s = doc.querySelectorAll('h1');
        expect(h1s).toHaveLength(1);
        expect(textOf(h1s[0])).toBe(data.title);
        expect(textOf(doc.querySelector('title'))).toContain(data.title);
      });

      it('shows every practice under its anchor, with its name and tag links', () => {
        for (const p of data.practices) {
          const el = doc.getElementById(p.id);
          expect(el, p.id).not.toBeNull();
          expect(textOf(el)).toContain(p.name);
          expect(textOf(el)).toContain(p.summary.trim());
          // The evidence is shown as the report's words, with the paragraphs it comes from.
          const evidence = el!.querySelector('.evidence');
          expect(textOf(evidence?.querySelector('blockquote') ?? null), p.id).toBe(p.evidence);
          expect(textOf(evidence?.querySelector('figcaption') ?? null)).toMatch(/^报告原话（原文第 [\d–、]+ 段）$/);
          expect(textOf(evidence?.querySelector('figcaption') ?? null)).toContain(String(p.from[0]));
          const tagHrefs = [...el!.querySelectorAll('a.tag')].map((a) => a.getAttribute('href'));
          expect(tagHrefs).toEqual(p.tags.map((tag: string) => `/tags/${tag}/`));
        }
      });

      it('shows every figure exactly as the entry states it', () => {
        const rows = [...doc.querySelectorAll('table tbody tr')].map((tr) => textOf(tr));
        for (const f of data.figures) {
          const row = rows.find((r) => r.startsWith(f.label));
          expect(row, f.label).toBeDefined();
          expect(row).toContain(formatFigure({ withheld: false, ...f }));
        }
      });

      it('shows the unit facts, shortcomings, source and a citation', () => {
        const text = textOf(doc.querySelector('main'));
        expect(text).toContain(data.unit.region.label);
        for (const s of data.shortcomings) expect(text).toContain(s.text.trim());
        // The page names the document the paragraph numbers refer to.
        expect(text).toContain(data.source.id);
        expect(text).toContain(`本报告在文档中的第 ${data.source.lines[0]}–${data.source.lines[1]} 段`);
        expect(textOf(doc.querySelector('.cite'))).toContain(`/cases/${slug}/`);
        expect(textOf(doc.querySelector('.cite'))).toContain(`第 ${data.source.lines[0]}–${data.source.lines[1]} 段`);
      });

      it('marks the unit type, sector and honour level the editors inferred, in the facts and in the line under the title', () => {
        const dd = (term: string) => {
          const row = [...doc.querySelectorAll('.facts dl > div')].find((div) => textOf(div.querySelector('dt')) === term);
          return textOf(row?.querySelector('dd'));
        };
        const type = tax.unitTypes.bySlug.get(data.unit.type)!.label;
        const sector = tax.sectors.bySlug.get(data.unit.sector)!.label;
        const level = tax.honourLevels.bySlug.get(data.honour.level)!.label;
        const mark = (basis: string) => (basis === 'inferred' ? '（编者推断）' : '');
        expect(dd('单位类型').replace(/ （/g, '（')).toBe(`${type}${mark(data.unit.typeBasis)} · ${sector}${mark(data.unit.sectorBasis)}`);
        const status = { held: '已获', aspiring: '争创', renewing: '复查', unclear: '不明' }[data.honour.status as string];
        const levelText = `${level}（${status}${data.honour.levelBasis === 'inferred' ? '；级别为编者推断' : ''}）`;
        expect(dd('文明单位级别').startsWith(levelText), dd('文明单位级别')).toBe(true);
        const line = textOf(doc.querySelector('.case-line')).split(' · ');
        expect(line).toContain(`${type}${mark(data.unit.typeBasis)}`);
        expect(line).toContain(`${level}${mark(data.honour.levelBasis)}`);
      });

      it('sets the editors’ note apart from what the report states', () => {
        const note = doc.querySelector('aside.editors-note');
        if (!data.editorsNote) return expect(note).toBeNull();
        expect(textOf(note?.querySelector('h2') ?? null)).toBe('编者按');
        expect(textOf(note)).toContain('不是报告原文所说的内容');
        // The note is not inside the narrative or the practices, where the report's content is.
        expect(note?.closest('.narrative, .practice')).toBeNull();
      });

      it('shows an honour’s level with a neutral level word, never as a 文明单位 title it does not have', () => {
        const items = [...doc.querySelectorAll('#honours-heading + ul > li')].map((li) => textOf(li));
        expect(items).toHaveLength(data.honours.length);
        data.honours.forEach((h: { name: string; level?: string }, i: number) => {
          if (!h.name.includes('文明单位')) expect(items[i], h.name).not.toContain('文明单位');
        });
      });
    });
  }

  it('names the levels of ordinary honours plainly (省文明工地 is 省级, 好教师 is 县（区）级)', () => {
    const honour = (slug: string, name: string) =>
      [...page(`/cases/${slug}/`).querySelectorAll('#honours-heading + ul > li')].map((li) => textOf(li)).find((t) => t.startsWith(name));
    expect(honour('drainage-ankang-cup-safety-drive', '省文明工地')).toMatch(/^省文明工地（部门或班组，省级；/);
    expect(honour('kindergarten-swimming-programme', '市体育先进单位')).toMatch(/^市体育先进单位（单位，市级）/);
    expect(honour('kindergarten-swimming-programme', '好教师')).toMatch(/^好教师（个人，县（区）级；/);
    expect(honour('county-weather-bureau-service', '县先进集体')).toMatch(/^县先进集体（单位，县（区）级；/);
    // The unit's own 文明单位 status keeps its wording.
    expect(honour('county-weather-bureau-service', '市级文明单位')).toMatch(/^市级文明单位（单位，市级；/);
  });

  it('the home page links the full case list and the newest cases; the case list links every case', () => {
    const doc = page('/');
    const links = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/cases/');
    // The home page shows the latest additions, not the whole archive (it grows with every pull request).
    expect(links.filter((l) => /^\/cases\/[^/]+\/$/.test(l ?? '')).length).toBeGreaterThan(0);
    const listed = new Set<string>();
    for (let n = 1; ; n++) {
      const path = n === 1 ? '/cases/' : `/cases/page/${n}/`;
      let list;
      try {
        list = page(path);
      } catch {
        break;
      }
      for (const a of list.querySelectorAll('main a')) listed.add(a.getAttribute('href') ?? '');
    }
    for (const { slug } of entries) expect(listed).toContain(`/cases/${slug}/`);
  });
});
