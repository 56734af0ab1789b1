/** Rule: every cited paragraph exists in the source and lies inside the entry's report (`source.lines`). */
import { citationsOf, paragraphNumbers } from '../../../core/citations';
import { isParagraph } from '../../../core/paragraphs';
import type { Problem } from '../../problem';
import { problemAt, type CiteContext } from './context';

export function checkCitedParagraphs(ctx: CiteContext): Problem[] {
  const problems: Problem[] = [];
  const { id, paragraphs } = ctx.source;
  const [first, last] = ctx.range;
  if (last > paragraphs.count) {
    problems.push(
      problemAt(
        ctx,
        ['source', 'lines'],
        `source.lines 的末段 ${last} 超出了来源 ${id}.txt 的段数（共 ${paragraphs.count} 段）；段落号就是源文件的行号`,
      ),
    );
  }
  for (const citation of citationsOf(ctx.data)) {
    citation.from.forEach((value, i) => {
      if (!paragraphNumbers([value]).length) return; // not a whole number: the schema says so
      const n = value as number;
      const path = [...citation.path, i];
      if (!isParagraph(paragraphs, n)) {
        const why = n > paragraphs.count ? `来源 ${id}.txt 只有 ${paragraphs.count} 段` : `来源 ${id}.txt 的第 ${n} 行是空行`;
        problems.push(problemAt(ctx, path, `第 ${n} 段不存在：${why}。段落号是源文件的行号，可用 npm run source -- show ${id} ${n} 核对`));
      } else if (n < first || n > last) {
        problems.push(
          problemAt(
            ctx,
            path,
            `第 ${n} 段不在本报告的范围内（source.lines: [${first}, ${last}]）：只能引用本报告的段落；请核对段落号，或改正 source.lines`,
          ),
        );
      }
    });
  }
  return problems;
}
