import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { realEntries } from '../helpers/entries';
import { ROOT } from '../helpers/paths';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { citationFor } from '../../src/browsing/citation';
import { loadSource } from '../../src/loaders/sources';
import type { Practice } from '../../src/schemas/case';
import { basketCase, type BasketCase } from '../../src/basket/basket-data';
import { docLabels } from '../../src/basket/doc-labels';
import { buildDoc, mdCitation, mdEscape, toMarkdown } from '../../src/basket/basket-doc';
import { docxBytes } from '../../src/basket/basket-docx';
import { basketFromKeys, setNote } from '../../src/basket/basket';
import type { CaseData } from '../../src/schemas/case';
import { t } from '../../src/i18n/ui';

const tax = loadTaxonomy(join(ROOT, 'content', 'taxonomy'));
const urls = {
  case: (slug: string) => `https://example.org/cases/${slug}/`,
  practice: (slug: string, id: string) => `https://example.org/cases/${slug}/#${id}`,
};
const entries = realEntries().map((e) => ({ id: e.slug, data: e.data as CaseData }));
// What src/data/archive.ts's citationOf gives the build, without astro:content.
const citationOf = (e: (typeof entries)[number], url: string, practice?: Practice) =>
  citationFor(e.data, loadSource(e.data.source.id)?.record?.title ?? e.data.source.id, url, practice);
const basketOf = (e: (typeof entries)[number]) => basketCase(e, tax, urls, (url, practice) => citationOf(e, url, practice));
const cases = new Map<string, BasketCase | null>(entries.map((e) => [e.id, basketOf(e)]));
const [first, second] = entries;

const labels = docLabels();
const themeOrder = tax.themes.list.map((x) => x.slug);

describe('per-case basket data', () => {
  it('carries every practice with its anchor URL, theme and citation, and the case page citation line', () => {
    for (const e of entries) {
      const c = cases.get(e.id)!;
      expect(c.citation).toBe(citationOf(e, urls.case(e.id)));
      expect(c.practices.map((p) => p.id)).toEqual(e.data.practices.map((p) => p.id));
      for (const p of c.practices) {
        expect(p.url).toBe(urls.practice(e.id, p.id));
        expect(tax.themes.bySlug.get(p.theme)?.label).toBe(p.themeLabel);
        expect(p.citation).toContain(p.name);
        expect(p.citation).toContain(p.url);
        expect(p.citation).toContain(e.data.title);
      }
    }
  });
});

function sampleBasket(grouped: boolean) {
  const p1 = first!.data.practices[0]!;
  const p2 = second!.data.practices[1]!;
  let basket = basketFromKeys([
    { c: second!.id, p: p2.id },
    { c: first!.id, p: p1.id },
    { c: first!.id, p: 'renamed-away' },
  ]);
  basket = setNote(basket, { c: first!.id, p: p1.id }, '适合我们窗口的做法');
  return { basket: { ...basket, grouped }, p1, p2 };
}

describe('Markdown export', () => {
  it('lists the practices in the reader order with summary, note, citation and link, then the cited cases', () => {
    const { basket, p1, p2 } = sampleBasket(false);
    const md = toMarkdown(buildDoc(basket, cases, { labels, date: '2026-11-30', themeOrder }));
    expect(md.startsWith(`# ${labels.title}\n\n整理日期：2026-11-30`)).toBe(true);
    const at = (s: string) => md.indexOf(s);
    expect(at(`### 1. ${mdEscape(p2.name)}`)).toBeGreaterThan(0);
    expect(at(`### 2. ${mdEscape(p1.name)}`)).toBeGreaterThan(at('### 1.'));
    expect(md).toContain(`- ${labels.note}适合我们窗口的做法`);
    expect(md).toContain(`(${urls.practice(first!.id, p1.id)})`);
    expect(md).toContain(mdCitation(cases.get(first!.id)!.practices[0]!.citation));
    expect(md).toContain(`${first!.id}~renamed-away`);
    expect(md).toContain(t('basket.doc.missing', { key: `${first!.id}~renamed-away` }));
    const list = md.slice(at(`## ${labels.cases}`));
    expect(list).toContain(`1. ${mdCitation(cases.get(second!.id)!.citation)}`);
    expect(list).toContain(`2. ${mdCitation(cases.get(first!.id)!.citation)}`);
  });

  it('groups by theme in the taxonomy order when asked, the missing practice last', () => {
    const { basket } = sampleBasket(true);
    const doc = buildDoc(basket, cases, { labels, date: '2026-11-30', themeOrder });
    const headings = doc.sections.map((s) => s.heading);
    expect(headings.at(-1)).toBe(labels.missingGroup);
    const themes = doc.sections.flatMap((s) => s.entries.map((e) => e.practice?.theme)).filter(Boolean) as string[];
    expect(themes).toEqual([...themes].sort((a, b) => themeOrder.indexOf(a) - themeOrder.indexOf(b)));
  });

  it("puts each citation's URL in angle brackets, so the text after it is not linked too", () => {
    const line = '《甲》（某中心）。https://example.org/cases/a/#b（更新于 2026-11-30）';
    expect(mdCitation(line)).toBe('《甲》（某中心）。<https://example.org/cases/a/#b>（更新于 2026-11-30）');
    expect(mdCitation('no link *here*')).toBe('no link \\*here\\*');
  });

  it('keeps the line breaks of a note as hard breaks inside its list item', () => {
    const { basket, p1 } = sampleBasket(false);
    const noted = setNote(basket, { c: first!.id, p: p1.id }, '第一行\n第二行');
    const md = toMarkdown(buildDoc(noted, cases, { labels, date: '2026-11-30', themeOrder }));
    expect(md).toContain(`- ${labels.note}第一行\\\n  第二行\n`);
  });

  it('escapes markup in text', () => {
    expect(mdEscape('a*b_[c]<d>|e')).toBe('a\\*b\\_\\[c\\]\\<d\\>\\|e');
    expect(mdEscape('# not a heading')).toBe('\\# not a heading');
  });
});

describe('Word export', () => {
  it('writes a .docx whose document.xml carries the headings, names, notes, citations and links', async () => {
    const { basket, p1, p2 } = sampleBasket(true);
    const doc = buildDoc(basket, cases, { labels, date: '2026-11-30', themeOrder });
    const files = unzipSync(await docxBytes(doc));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)!.length).toBe(doc.sections.length + 1);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(3);
    for (const s of [p1.name, p2.name, '适合我们窗口的做法', labels.cases, cases.get(first!.id)!.practices[0]!.citation]) {
      expect(text).toContain(s.replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
    }
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    // docx keeps the #fragment as the link's w:anchor, which Word and WPS append to the target.
    expect(rels).toContain(`Target="${urls.case(first!.id)}" TargetMode="External"`);
    expect(xml).toContain(`w:anchor="${p1.id}"`);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:eastAsia="黑体"');
    // Outline levels: WPS's 导航窗格 and Word's navigation pane list headings by level, not by name.
    const style = (id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))![0];
    expect(style('Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    // The font table says what a system without 宋体/黑体 should substitute: a GB2312 face.
    const fonts = strFromU8(files['word/fontTable.xml']!);
    for (const [name, alt] of [
      ['宋体', 'SimSun'],
      ['黑体', 'SimHei'],
    ]) {
      expect(fonts).toMatch(new RegExp(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>.*?<w:charset w:val="86"/>`));
    }
  });

  it('keeps the line breaks of a note', async () => {
    const { basket, p1 } = sampleBasket(false);
    const noted = setNote(basket, { c: first!.id, p: p1.id }, '第一行\n第二行');
    const xml = strFromU8(
      unzipSync(await docxBytes(buildDoc(noted, cases, { labels, date: '2026-11-30', themeOrder })))['word/document.xml']!,
    );
    expect(xml).toMatch(/<w:t[^>]*>第一行<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>第二行<\/w:t>/);
  });
});
