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
import { t } from '../i18n/ui';

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
  /** Source document (file name) and the paragraphs cited in it, when the entry gives them. */
  source?: { document: string; report?: number | undefined; paragraphs?: readonly number[] | undefined } | undefined;
}

/** '第 79 段' or '第 79–81 段' from a 1-based inclusive range (a single number or a pair). */
export function paragraphText(paragraphs: readonly number[]): string {
  const from = paragraphs[0];
  const to = paragraphs[paragraphs.length - 1] ?? from;
  if (from === undefined || to === undefined) return '';
  return from === to ? t('cite.paragraph', { n: from }) : t('cite.paragraphs', { from, to });
}

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
