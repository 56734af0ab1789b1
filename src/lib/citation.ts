/**
 * The archive's one citation format. The case page's citation line (CiteCase.astro), the per-case
 * basket data (/data/basket/<case>.json) and therefore the basket's Word and Markdown exports all
 * come from `citation()`, so a practice cited in an exported document reads exactly like the case
 * page does.
 *
 * Paragraph references are optional: entries that give `source.lines` (the report's paragraphs)
 * or `practices[].from` (the paragraphs a practice comes from) get them in the line; entries
 * without them read as before.
 */
import type { CaseData, Practice } from '../schemas/case';
import { t } from '../i18n/ui';
import { plainName } from './format';

export interface CitationInput {
  /** Case title. */
  title: string;
  /** Unit name as plain text (withheld parts already written as ［原文隐去］). */
  unit: string;
  /** Year the report was written (`period.reported`). */
  reported: number;
  /** Absolute URL of the case, or of the practice's anchor when one practice is cited. */
  url: string;
  /** Date the entry was last updated, 'YYYY-MM-DD'. */
  updated: string;
  /** The practice's name, when the line cites one practice of the case. */
  practice?: string | undefined;
  /** Source document (file name or id), the report's number and the paragraphs cited in it (a list). */
  source?: { document: string; report?: number | undefined; paragraphs?: readonly number[] | undefined } | undefined;
}

/**
 * Paragraph numbers as the line shows them: runs of consecutive paragraphs as ranges,
 * '第 79 段', '第 79–81 段', '第 12、79–81 段'.
 */
export function paragraphText(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.length ? t('cite.paragraphs', { list: runs.join('、') }) : '';
}

/** Every paragraph of an inclusive range `[first, last]`. */
const range = ([first, last]: readonly number[]) =>
  first === undefined ? [] : Array.from({ length: (last ?? first) - first + 1 }, (_, i) => first + i);

/** One citation line: archive, title, unit, year, [practice], [source and paragraphs], URL, update date. */
export function citation(c: CitationInput): string {
  const practice = c.practice ? t('cite.practice', { name: c.practice }) : '';
  let source = '';
  if (c.source) {
    const report = c.source.report ? `，${t('cite.report', { n: c.source.report })}` : '';
    const paragraphs = c.source.paragraphs?.length ? `，${paragraphText(c.source.paragraphs)}` : '';
    source = t('cite.source', { document: c.source.document, where: report + paragraphs });
  }
  return t('cite.line', {
    site: t('site.name'),
    title: c.title,
    unit: c.unit,
    year: c.reported,
    practice,
    source,
    url: c.url,
    updated: c.updated,
  });
}

/**
 * Fields the citations work (issue 11) adds to entries: read when present, so paragraphs light
 * up in every citation once entries carry them, and absent fields change nothing.
 */
interface CitedFields {
  source: { document?: string; report?: number; id?: string; lines?: readonly number[] };
  practices: { id: string; from?: readonly number[]; evidence?: string }[];
}
const cited = (d: CaseData) => d as unknown as CitedFields;

/** The practice's verbatim quotation from the source, where the entry gives one. */
export const evidenceOf = (d: CaseData, practiceId: string): string | undefined =>
  cited(d).practices.find((p) => p.id === practiceId)?.evidence;

/**
 * The citation line of a case (the case page's), or of one of its practices: the practice's own
 * paragraphs when the entry gives them, else the report's.
 */
export function citationOf(entry: { data: CaseData }, url: string, practice?: Practice): string {
  const d = entry.data;
  const s = cited(d).source;
  const from = practice ? cited(d).practices.find((p) => p.id === practice.id)?.from : undefined;
  return citation({
    title: d.title,
    unit: plainName(d.unit.name),
    reported: d.period.reported,
    updated: d.updated,
    url,
    practice: practice?.name,
    source: { document: s.id ?? s.document ?? '', report: s.report, paragraphs: from ?? (s.lines ? range(s.lines) : undefined) },
  });
}
