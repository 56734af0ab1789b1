/**
 * What the basket page knows about one case: `/data/basket/<case>.json`, written at build time.
 * The basket fetches only the files of the cases it holds, never the whole archive, and gets
 * every text it shows and exports (names, summaries, the citation line) ready-made, so the
 * browser needs neither the taxonomy nor the UI dictionary.
 */
import type { CaseData, Practice } from '../schemas/case';
import type { Taxonomy } from '../schemas/taxonomy';
import { plainName } from '../lib/format';
import { resultFields } from '../search/search-record';

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

/** Makes the citation line of the case (no practice) or of one of its practices (`citationOf` in src/data/archive.ts). */
export type Cite = (url: string, practice?: Practice) => string;

export function basketCase(
  c: { id: string; data: CaseData },
  tax: Taxonomy,
  urls: { case: (slug: string) => string; practice: (slug: string, id: string) => string },
  cite: Cite,
): BasketCase {
  const d = c.data;
  return {
    slug: c.id,
    title: d.title,
    unit: plainName(d.unit.name),
    period: resultFields(d).period,
    url: urls.case(c.id),
    citation: cite(urls.case(c.id)),
    practices: d.practices.map((p) => {
      const evidence = p.evidence;
      const theme = tax.tags.bySlug.get(p.tags[0]!)!.theme;
      const url = urls.practice(c.id, p.id);
      return {
        id: p.id,
        name: p.name,
        summary: p.summary.replace(/\s+/g, ' ').trim(),
        url,
        theme,
        themeLabel: tax.themes.bySlug.get(theme)?.label ?? theme,
        ...(evidence ? { evidence } : {}),
        citation: cite(url, p),
      };
    }),
  };
}
