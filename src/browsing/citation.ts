/**
 * The one citation line of the archive: the case page shows it (CiteCase.astro), and anything that
 * cites a case or one of its practices elsewhere (exports, the basket) calls the same function, so
 * the format cannot drift. It names the source document and the paragraphs the claim rests on.
 */
import { t } from '../i18n/ui';
import { paragraphRanges } from '../core/paragraphs';
import { formatReported, plainName } from '../lib/format';
import type { CaseData, Practice } from '../schemas/case';

export interface CitationInput {
  /** The case's title. */
  title: string;
  /** The unit's name as the entry writes it (may contain `{withheld}`). */
  unitName: string;
  period: { reported: number; reportedLatest?: number | undefined };
  /** 'YYYY-MM-DD' of the entry's last substantive change. */
  updated: string;
  /** Absolute URL of the case page, or of the practice's anchor when citing a practice. */
  url: string;
  /** The source document's title and the report's paragraph range in it. */
  source: { title: string; lines: readonly [number, number] };
  /** When citing one practice: its name and the paragraphs it is taken from. */
  practice?: { name: string; from: readonly number[] };
}

/**
 * 文明创建典型经验库：《title》（unit，约 2012—2013 年成文；据《document》第 72–94 段）。URL（更新于 …）
 * For a practice, the practice's name follows the title and its own paragraphs replace the range.
 */
export function citationLine(c: CitationInput): string {
  const paragraphs = c.practice ? paragraphRanges(c.practice.from) : `${c.source.lines[0]}–${c.source.lines[1]}`;
  const cited = c.practice ? `《${c.title}》之〈${c.practice.name}〉` : `《${c.title}》`;
  const where = t('cite.sourceOf', { title: `《${c.source.title}》`, range: paragraphs });
  return `${t('site.name')}：${cited}（${plainName(c.unitName)}，${formatReported(c.period)}；${where}）。${c.url}（更新于 ${c.updated}）`;
}

/**
 * The citation line of an entry, or of one of its practices, given its source document's title:
 * what the case page, the open data and the basket's exports all print.
 */
export function citationFor(d: CaseData, sourceTitle: string, url: string, practice?: Practice): string {
  return citationLine({
    title: d.title,
    unitName: d.unit.name,
    period: d.period,
    updated: d.updated,
    url,
    source: { title: sourceTitle, lines: d.source.lines },
    ...(practice ? { practice: { name: practice.name, from: practice.from } } : {}),
  });
}
