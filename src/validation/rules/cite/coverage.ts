/**
 * Note (neither error nor warning): the report's paragraphs that nothing in the entry cites, so a
 * reviewer can see what the entry might be missing.
 */
import { citationsOf, paragraphNumbers } from '../../../core/citations';
import { paragraphRanges, uncited } from '../../../core/paragraphs';
import type { CiteContext } from './context';

export function coverageNote(ctx: CiteContext): string | undefined {
  const cited = citationsOf(ctx.data).flatMap((c) => paragraphNumbers(c.from));
  const missing = uncited(ctx.range, cited, ctx.source.paragraphs);
  if (!missing.length) return undefined;
  return `覆盖：${ctx.entry.file} 没有引用原文第 ${paragraphRanges(missing)} 段（本报告第 ${ctx.range[0]}–${ctx.range[1]} 段中的 ${missing.length} 段）；请看看是否漏了什么`;
}
