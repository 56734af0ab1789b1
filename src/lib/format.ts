/** Turns entry values into the text readers see. Pure, so it is unit-tested without a build. */
import type { Figure } from '../schemas/figure';
import { t } from '../i18n/ui';

export const WITHHELD_TOKEN = '{withheld}';

/** Splits a name like "{withheld}党总支" into text and withheld parts, in order. */
export function splitWithheld(text: string): { text: string; withheld: boolean }[] {
  const parts: { text: string; withheld: boolean }[] = [];
  text.split(WITHHELD_TOKEN).forEach((chunk, i) => {
    if (i > 0) parts.push({ text: t('withheld.mark'), withheld: true });
    if (chunk) parts.push({ text: chunk, withheld: false });
  });
  return parts;
}

/** Plain-text form of a name with withheld parts, for titles, feeds and data files. */
export function plainName(text: string): string {
  return splitWithheld(text)
    .map((p) => p.text)
    .join('');
}

export interface PeriodLike {
  reported: number;
  reportedLatest?: number | undefined;
  from: number;
  to: number;
}

export function formatReported(p: Pick<PeriodLike, 'reported' | 'reportedLatest'>): string {
  return p.reportedLatest && p.reportedLatest !== p.reported
    ? t('period.reportedRange', { from: p.reported, to: p.reportedLatest })
    : t('period.reported', { year: p.reported });
}

export function formatCovered(p: PeriodLike): string {
  return p.from === p.to ? `${p.from} 年` : t('period.range', { from: p.from, to: p.to });
}

/** The covered years with what they are, for lines that also give the year of writing ("记述 2003—2008 年"). */
export function formatCoveredLabelled(p: PeriodLike): string {
  return t('period.covered', { range: formatCovered(p) });
}

/**
 * The region for a one-line list of facts: where the report names none, or the source blanks it,
 * the line says so ("地区原文未提") instead of a bare "未说明" that could be any fact's.
 */
export function formatRegion(region: { label: string; basis: 'stated' | 'inferred' | 'withheld' | 'absent' }): string {
  if (region.basis === 'absent') return t('region.absent');
  if (region.basis === 'withheld') return t('region.withheld');
  return region.label;
}

/** How a fact the editors chose from the taxonomy (unit type, sector, honour level) is known. */
export type FactBasis = 'stated' | 'inferred';

/**
 * A unit type, sector or honour level as one fact in a line of facts: marked （编者推断） when the
 * editors inferred it, so it never reads as the source's word.
 */
export function formatFact(label: string, basis: FactBasis | undefined): string {
  return basis === 'inferred' ? `${label}（${t('basis.editorsInference')}）` : label;
}

/** The unit's honour level with its status (已获, 争创 …), saying so when the level is the editors' reading. */
export function formatHonour(label: string, status: string, basis: FactBasis | undefined): string {
  return basis === 'inferred' ? `${label}（${status}；${t('basis.levelInferred')}）` : `${label}（${status}）`;
}

/** A number with thousands separators only from five digits on, as Chinese print usually does. */
export function formatNumber(value: number | string): string {
  if (typeof value === 'string') return value;
  return Math.abs(value) >= 10000 ? value.toLocaleString('zh-CN') : String(value);
}

export function formatValue(value: number | string, unit?: string): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** One line for a figure: "47 人", "1800 ㎡ → 3000 ㎡", or the withheld mark. */
export function formatFigure(f: Figure): string {
  if (f.withheld) return t('figure.withheld');
  if (f.before !== undefined && f.after !== undefined) return `${formatValue(f.before, f.unit)} → ${formatValue(f.after, f.unit)}`;
  return f.value === undefined ? '' : formatValue(f.value, f.unit);
}

/** ISO date 'YYYY-MM-DD' → '2026 年 11 月 26 日' without going through time zones. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y} 年 ${m} 月 ${d} 日`;
}
