/**
 * Rule: every figure's value (and its before/after values) occurs in one of the paragraphs it cites,
 * after normalising width, Chinese numerals, units and script (src/core/figures.ts). Bound words
 * must be the source's own: `95%以上`, never `>95%`, and a bound the source gives is not dropped
 * (`95%` where the source only says 95%以上).
 */
import { droppedBound, figureOccursIn } from '../../../core/figures';
import { toSimplified } from '../../../text/to-simplified';
import { pilcrow } from '../../../core/paragraphs';
import type { Problem } from '../../problem';
import { citedParagraphs, excerpt, problemAt, type CiteContext } from './context';
import { isDraft } from '../../../core/draft';

const BOUND_SIGNS = /[<>≤≥＜＞~～]/u;

export function checkFigures(ctx: CiteContext): Problem[] {
  const figures = (ctx.data as { figures?: unknown } | undefined)?.figures;
  if (!Array.isArray(figures)) return [];
  const problems: Problem[] = [];
  figures.forEach((figure: unknown, i) => {
    if (typeof figure !== 'object' || figure === null) return;
    const f = figure as Record<string, unknown>;
    if (f.withheld === true) return; // withheld.ts checks that its paragraph holds a blank
    const cited = citedParagraphs(ctx, f.from);
    if (!cited.length) return; // no usable paragraph: paragraphs.ts or the schema reports it
    for (const key of ['value', 'before', 'after'] as const) {
      const value = f[key];
      if ((typeof value !== 'number' && typeof value !== 'string') || isDraft(value)) continue;
      const holding = cited.filter((n) => figureOccursIn(value, ctx.source.paragraphs.at(n)!, toSimplified));
      if (holding.length) {
        // Found, but the source may bound it (95%以上, 约280): the bare number would overstate it.
        const unit = typeof f.unit === 'string' ? f.unit : undefined;
        const bounds = holding.map((n) => ({ n, words: droppedBound(value, unit, ctx.source.paragraphs.at(n)!, toSimplified) }));
        if (bounds.every((b) => b.words)) {
          const where = bounds.map((b) => `第 ${b.n} 段作“${b.words}”`).join('，');
          problems.push(
            problemAt(
              ctx,
              ['figures', i, key],
              `数字“${value}”在原文里带着上下限：${where}（已统一数字写法）。请照原文写出上下限（如 95%以上、约280、20多），不要只写数字`,
            ),
          );
        }
        continue;
      }
      const searched = cited.map((n) => `第 ${n} 段：“${excerpt(ctx.source.paragraphs.at(n)!)}”`).join('；');
      const hint = BOUND_SIGNS.test(String(value))
        ? '上下限要照原文的说法写（如 95%以上、20人以上、约280），不要改写成 >、<、~ 等符号'
        : '数字须照原文写；若原文在别的段落，请改正 from';
      problems.push(
        problemAt(
          ctx,
          ['figures', i, key],
          `数字“${value}”在所引段落（${pilcrow(cited)}）中找不到（已统一全角半角、中文数字、单位和繁简）。${hint}。所查的段落：${searched}`,
        ),
      );
    }
  });
  return problems;
}
