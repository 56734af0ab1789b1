import { findCopied } from '../copy';
import { problemAt } from '../problem';
import type { EntryRule } from './context';

/** The 1-based line of each offset in `text`, by binary search over the line starts. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** No passage shared word for word with a configured source document (short quotations aside). */
export const copiedTextRule: EntryRule = (entry, { sources, copyOptions }) => {
  const lineOf = lineFinder(entry.text);
  return sources.flatMap((source) =>
    findCopied(entry.text, source, copyOptions).map((passage) => {
      const line = lineOf(passage.start);
      const excerpt = entry.text.slice(passage.start, passage.end).replace(/\s+/g, ' ');
      const shown = excerpt.length > 40 ? `${excerpt.slice(0, 40)}……` : excerpt;
      return problemAt(
        entry,
        line,
        entry.fieldAt(line),
        `与来源文档 ${source.name} 有连续 ${passage.letters} 个字相同：“${shown}”。请用自己的话改写；项目名称、口号等短引语可放在引号“”内（不超过 ${copyOptions.quotedMax} 个字）`,
      );
    }),
  );
};
