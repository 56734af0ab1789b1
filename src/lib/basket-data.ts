/**
 * What the basket page knows about one case: `/data/basket/<case>.json`, written at build time.
 * The basket fetches only the files of the cases it holds, never the whole archive, and gets
 * every text it shows and exports (names, summaries, the citation line) ready-made, so the
 * browser needs neither the taxonomy nor the UI dictionary.
 */
import type { CaseData } from '../schemas/case';
import type { DocLabels } from './basket-doc';
import { t } from '../i18n/ui';
import type { Taxonomy } from './taxonomy';
import { citation } from './citation';
import { plainName } from './format';
import { resultFields } from './search-record';

export interface BasketPractice {
  id: string;
  name: string;
  summary: string;
  /** Absolute URL of the practice's anchor on the case page. */
  url: string;
  /** Slug and label of the theme the practice is grouped under (its first tag's home theme). */
  theme: string;
  themeLabel: string;
  /** Verbatim quotation from the source, where the entry gives one (`practices[].evidence`). */
  evidence?: string;
  /** The citation line for this practice, in the case page's format. */
  citation: string;
}

export interface BasketCase {
  slug: string;
  title: string;
  /** Unit name as plain text. */
  unit: string;
  /** Period as the search results word it: '约 2006 年，2005–2007 年'. */
  period: string;
  url: string;
  /** The case page's citation line. */
  citation: string;
  practices: BasketPractice[];
}

/**
 * Fields the citations work (issue 11) adds to entries: read when present, so paragraphs light
 * up in every citation once entries carry them, and absent fields change nothing.
 */
interface CitedFields {
  source: { document: string; report?: number; id?: string; lines?: readonly number[] };
  practices: { id: string; from?: readonly number[]; evidence?: string }[];
}

const cited = (d: CaseData) => d as unknown as CitedFields;

/** Source document (its id once sources have one) and the paragraphs cited, for `citation()`. */
function sourceOf(d: CaseData, paragraphs: readonly number[] | undefined) {
  const s = cited(d).source;
  return { document: s.id ?? s.document, report: s.report, paragraphs };
}

const citeInput = (d: CaseData, url: string) => ({
  title: d.title,
  unit: plainName(d.unit.name),
  reported: d.period.reported,
  updated: d.updated,
  url,
});

/** The case page's citation line: the report's paragraph range when the entry gives it. */
export function caseCitation(entry: { data: CaseData }, url: string): string {
  const d = entry.data;
  return citation({ ...citeInput(d, url), source: sourceOf(d, cited(d).source.lines) });
}

export function basketCase(
  c: { id: string; data: CaseData },
  tax: Taxonomy,
  urls: { case: (slug: string) => string; practice: (slug: string, id: string) => string },
): BasketCase {
  const d = c.data;
  return {
    slug: c.id,
    title: d.title,
    unit: plainName(d.unit.name),
    period: resultFields(d).period,
    url: urls.case(c.id),
    citation: caseCitation(c, urls.case(c.id)),
    practices: d.practices.map((p, i) => {
      const extra = cited(d).practices[i] ?? { id: p.id };
      const theme = tax.tags.bySlug.get(p.tags[0]!)!.theme;
      const url = urls.practice(c.id, p.id);
      return {
        id: p.id,
        name: p.name,
        summary: p.summary.replace(/\s+/g, ' ').trim(),
        url,
        theme,
        themeLabel: tax.themes.bySlug.get(theme)?.label ?? theme,
        ...(extra.evidence ? { evidence: extra.evidence } : {}),
        citation: citation({ ...citeInput(d, url), practice: p.name, source: sourceOf(d, extra.from ?? cited(d).source.lines) }),
      };
    }),
  };
}

/** The exported document's words, from the UI dictionary (the browser gets them in the page). */
export function docLabels(): DocLabels {
  return {
    title: t('basket.doc.title'),
    date: t('basket.doc.date'),
    intro: t('basket.doc.intro'),
    practices: t('basket.doc.practices'),
    cases: t('basket.doc.cases'),
    caseLabel: t('basket.doc.case'),
    evidence: t('basket.doc.evidence'),
    note: t('basket.doc.note'),
    cite: t('basket.doc.cite'),
    missing: t('basket.doc.missing'),
    missingGroup: t('basket.doc.missingGroup'),
  };
}
