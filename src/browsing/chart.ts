/**
 * Before/after charts for the figures a source states as pairs (floor area, service items,
 * windows …). Only the geometry and wording live here; the component draws the SVG at build time.
 */
import type { Figure } from '../schemas/figure';
import { t } from '../i18n/ui';
import { formatValue } from '../lib/format';

export interface BeforeAfter {
  label: string;
  unit?: string | undefined;
  before: number;
  after: number;
  /** Bar lengths as fractions of the larger value (0–1), so each pair gets its own scale. */
  beforeFraction: number;
  afterFraction: number;
  /** Change relative to the before value, in whole percent; undefined when before is 0. */
  changePercent?: number | undefined;
}

/**
 * The figures that can be drawn: before/after pairs whose values are both plain numbers. A value the
 * source qualifies ("约280") stays text and is left to the table, since drawing it would invent
 * precision the source does not give.
 */
export function beforeAfterPairs(figures: readonly Figure[]): BeforeAfter[] {
  const out: BeforeAfter[] = [];
  for (const f of figures) {
    if (f.withheld || typeof f.before !== 'number' || typeof f.after !== 'number') continue;
    if (f.before < 0 || f.after < 0) continue;
    const max = Math.max(f.before, f.after);
    out.push({
      label: f.label,
      unit: f.unit,
      before: f.before,
      after: f.after,
      beforeFraction: max === 0 ? 0 : f.before / max,
      afterFraction: max === 0 ? 0 : f.after / max,
      changePercent: f.before === 0 ? undefined : Math.round(((f.after - f.before) / f.before) * 100),
    });
  }
  return out;
}

/** "增加 67%", "减少 20%", "不变", or "" when there is no base to compare with. */
export function describeChange(pair: Pick<BeforeAfter, 'changePercent'>): string {
  const p = pair.changePercent;
  if (p === undefined) return '';
  if (p === 0) return t('chart.same');
  return p > 0 ? t('chart.up', { percent: p }) : t('chart.down', { percent: -p });
}

/** The text alternative of one chart: every number the bars show, in words. */
export function describePair(pair: BeforeAfter): string {
  const change = describeChange(pair);
  return t('chart.alt', {
    label: pair.label,
    before: formatValue(pair.before, pair.unit),
    after: formatValue(pair.after, pair.unit),
    change: change ? `，${change}` : '',
  });
}
