import { findCopied, prepareSource, type PreparedSource } from '../copy';
import { sourceId } from '../../core/citations';
import { isDraft } from '../../core/draft';
import type { ParsedEntry } from '../entry';
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

/** A cited document prepared once per validation run (a compilation is cited by several entries). */
const citedCache = new Map<string, PreparedSource>();

/**
 * The documents an entry is compared with: those `sources.config.yaml` names, and the one the entry
 * itself cites (`source.id`), so that a report just imported is checked before anyone lists it.
 */
function sourcesFor(entry: ParsedEntry, ctx: Parameters<EntryRule>[1]): readonly PreparedSource[] {
  const id = sourceId(entry.data);
  if (id === undefined || isDraft(id)) return ctx.sources;
  const cited = ctx.loadSource(id);
  const name = `${id}.txt`;
  if (!cited || ctx.sources.some((s) => s.name === name)) return ctx.sources;
  const key = `${id}\0${cited.text.length}\0${ctx.copyOptions.minRun}`;
  let prepared = citedCache.get(key);
  if (!prepared) citedCache.set(key, (prepared = prepareSource(name, cited.text, ctx.copyOptions.minRun)));
  return [...ctx.sources, prepared];
}

/** No passage shared word for word with a configured source document or the cited one (short quotations aside). */
export const copiedTextRule: EntryRule = (entry, ctx) => {
  const { copyOptions } = ctx;
  const lineOf = lineFinder(entry.text);
  return sourcesFor(entry, ctx).flatMap((source) =>
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
