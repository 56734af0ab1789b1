/**
 * The exported document, as plain data, and its Markdown. The basket page resolves the reader's
 * basket against the per-case data (src/basket/basket-data.ts) into a `BasketDoc`; the Markdown
 * export below and the Word export (src/basket/basket-docx.ts) both render that one model, so the
 * two files cannot say different things. The printed page shows the same content.
 */
import type { BasketCase, BasketPractice } from './basket-data';
import { keyText, type Basket } from './basket';
import { groupBy } from '../browsing/browse';
import { fill } from '../i18n/fill';

/** Every text the document carries besides the archive's data (from src/i18n/ui.ts `basket.doc.*`). */
export interface DocLabels {
  title: string;
  /** '整理日期：{date}' */
  date: string;
  /** Where the material comes from and how to cite it. */
  intro: string;
  /** Heading of the practices when not grouped by theme. */
  practices: string;
  /** Heading of the list of cited cases. */
  cases: string;
  caseLabel: string;
  evidence: string;
  note: string;
  cite: string;
  /** '本库已不再收录这个做法（{key}）……' */
  missing: string;
  /** Heading of the group of practices the archive no longer has. */
  missingGroup: string;
}

export interface DocEntry {
  /** `case~practice`. */
  key: string;
  /** Undefined when the archive no longer has this practice. */
  practice?: BasketPractice | undefined;
  case?: BasketCase | undefined;
  note: string;
}

export interface BasketDoc {
  labels: DocLabels;
  /** 'YYYY-MM-DD', the day of the export. */
  date: string;
  sections: { heading: string; entries: DocEntry[] }[];
  /** Cases cited, in the order their first practice appears. */
  cases: BasketCase[];
}

/**
 * The entries in the order the page shows them: the reader's order, or grouped by theme (themes
 * in `themeOrder`, the practices the archive no longer has last).
 */
export function resolveEntries(basket: Basket, cases: ReadonlyMap<string, BasketCase | null>): DocEntry[] {
  return basket.items.map((it) => {
    const c = cases.get(it.c) ?? undefined;
    const practice = c?.practices.find((p) => p.id === it.p);
    return { key: keyText(it), practice, case: practice ? c : undefined, note: it.note.trim() };
  });
}

export function groupEntries(entries: readonly DocEntry[], grouped: boolean, themeOrder: readonly string[], labels: DocLabels) {
  if (!grouped) return [{ heading: labels.practices, entries: [...entries] }];
  return groupBy(entries, (e) => e.practice?.theme, themeOrder).map((g) => ({
    heading: g.items[0]!.practice?.themeLabel ?? labels.missingGroup,
    entries: g.items,
  }));
}

export function buildDoc(
  basket: Basket,
  cases: ReadonlyMap<string, BasketCase | null>,
  options: { labels: DocLabels; date: string; themeOrder: readonly string[] },
): BasketDoc {
  const entries = resolveEntries(basket, cases);
  const sections = groupEntries(entries, basket.grouped, options.themeOrder, options.labels);
  const cited = new Map<string, BasketCase>();
  for (const e of sections.flatMap((s) => s.entries)) if (e.case && !cited.has(e.case.slug)) cited.set(e.case.slug, e.case);
  return { labels: options.labels, date: options.date, sections, cases: [...cited.values()] };
}

/** Text safe inside Markdown: the characters that would start markup are escaped. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (ch) => `\\${ch}`).replace(/^#/, '\\#');
}

/**
 * A citation line in Markdown: the text escaped, its URL in angle brackets. A bare URL would be
 * auto-linked together with the full-width text after it (（更新于 …）), which GFM does not stop at.
 */
export function mdCitation(text: string): string {
  return text
    .split(/(https?:\/\/[!-~]+)/)
    .map((part, i) => (i % 2 ? `<${part}>` : mdEscape(part)))
    .join('');
}

/** A reader's note keeps its line breaks inside its list item: a hard break, then the item's indent. */
const mdNote = (note: string): string =>
  note
    .split(/\s*\n\s*/)
    .map(mdEscape)
    .join('\\\n  ');

export function toMarkdown(doc: BasketDoc): string {
  const L = doc.labels;
  const out: string[] = [`# ${mdEscape(L.title)}`, '', fill(L.date, { date: doc.date }), '', mdEscape(L.intro), ''];
  let n = 0;
  for (const section of doc.sections) {
    out.push(`## ${mdEscape(section.heading)}`, '');
    for (const e of section.entries) {
      n += 1;
      if (!e.practice || !e.case) {
        out.push(`### ${n}. ${mdEscape(e.key)}`, '', mdEscape(fill(L.missing, { key: e.key })), '');
        if (e.note) out.push(`- ${L.note}${mdNote(e.note)}`, '');
        continue;
      }
      const p = e.practice;
      out.push(`### ${n}. ${mdEscape(p.name)}`, '', mdEscape(p.summary), '');
      out.push(`- ${L.caseLabel}[${mdEscape(e.case.title)}](${p.url})（${mdEscape(e.case.unit)}，${mdEscape(e.case.period)}）`);
      if (p.evidence) out.push(`- ${L.evidence}「${mdEscape(p.evidence)}」`);
      if (e.note) out.push(`- ${L.note}${mdNote(e.note)}`);
      out.push(`- ${L.cite}${mdCitation(p.citation)}`, '');
    }
  }
  if (doc.cases.length) {
    out.push(`## ${mdEscape(L.cases)}`, '');
    doc.cases.forEach((c, i) => out.push(`${i + 1}. ${mdCitation(c.citation)}`));
    out.push('');
  }
  return out.join('\n');
}
