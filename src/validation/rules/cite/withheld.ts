/**
 * Rule: a withheld value points at the gap. A blanked one (`source.withheld[]` of kind `blanked`,
 * or a figure with `withheld: true`) cites a paragraph that holds a blank form from
 * src/core/blanks.ts; an apparently removed one quotes, in `around`, the words on either side of
 * the gap as they stand in a cited paragraph.
 */
import { toSimplified } from '../../../text/to-simplified';
import { blankFormsList, hasBlank } from '../../../core/blanks';
import { pilcrow } from '../../../core/paragraphs';
import { occursVerbatim } from '../../../core/quotes';
import type { Problem } from '../../problem';
import { citedParagraphs, problemAt, type CiteContext } from './context';
import { isDraft } from '../../../core/draft';

type Obj = Record<string, unknown>;
const items = (value: unknown): Obj[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null ? (v as Obj) : {})) : [];

export function checkWithheld(ctx: CiteContext): Problem[] {
  const problems: Problem[] = [];
  const data = ctx.data as { source?: { withheld?: unknown }; figures?: unknown } | undefined;
  const noBlank = (cited: number[]) =>
    `所引段落（${pilcrow(cited)}）里没有空白记号（${blankFormsList()}）。原文留空的，请引用留空的那一段；若原文没有记号、只是像被删去了字，请写 kind: removed，并在 around 中逐字引出缺口前后的原文`;

  items(data?.source?.withheld).forEach((w, i) => {
    const cited = citedParagraphs(ctx, w.from);
    if (!cited.length) return;
    if (w.kind === 'blanked' && !cited.some((n) => hasBlank(ctx.source.paragraphs.at(n)!))) {
      problems.push(problemAt(ctx, ['source', 'withheld', i, 'from'], noBlank(cited)));
    }
    if (w.kind === 'removed' && typeof w.around === 'string' && w.around.trim() && !isDraft(w.around)) {
      if (!cited.some((n) => occursVerbatim(w.around as string, ctx.source.paragraphs.at(n)!, toSimplified))) {
        problems.push(
          problemAt(
            ctx,
            ['source', 'withheld', i, 'around'],
            `around 须逐字引出缺口前后的原文：“${w.around}”在所引段落（${pilcrow(cited)}）中找不到`,
          ),
        );
      }
    }
  });

  items(data?.figures).forEach((f, i) => {
    if (f.withheld !== true) return;
    const cited = citedParagraphs(ctx, f.from);
    if (cited.length && !cited.some((n) => hasBlank(ctx.source.paragraphs.at(n)!))) {
      problems.push(problemAt(ctx, ['figures', i, 'from'], `标为原文隐去（withheld: true）的数字，${noBlank(cited)}`));
    }
  });
  return problems;
}
