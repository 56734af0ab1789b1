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
  // Without its text, the cited source is among ctx.sources by its fingerprint's sample already.
  if (!cited?.textAtHand || ctx.sources.some((s) => s.name === name)) return ctx.sources;
  const key = `${id}\0${cited.text.length}\0${ctx.copyOptions.minRun}`;
  let prepared = citedCache.get(key);
  if (!prepared) citedCache.set(key, (prepared = prepareSource(name, cited.text, ctx.copyOptions.minRun)));
  return [...ctx.sources, prepared];
}

/**
 * Fields that are the source's words by definition: a practice's evidence, a source error's quote,
 * the words around a gap (each checked to be verbatim, at most 40 characters, by the citation
 * rules), so here they count as quotations, like text in “…”.
 */
const QUOTING_FIELD = /(?:^|\.)(?:evidence|quote|around)$/u;
/**
 * Names given exactly as the source gives them, however long: the report's heading and the names
 * of honours (“全省税务系统县级税务局政治机关建设优秀单位”). A name is not prose: repeating it is
 * citing it.
 */
const NAME_FIELD = /^(?:source\.heading|source\.compilationTitle|honours\[\d+\]\.name)$/u;

/** No passage shared word for word with a configured source document or the cited one (short quotations aside). */
export const copiedTextRule: EntryRule = (entry, ctx) => {
  const { copyOptions } = ctx;
  const lineOf = lineFinder(entry.text);
  return sourcesFor(entry, ctx).flatMap((source) =>
    findCopied(entry.text, source, copyOptions).flatMap((passage) => {
      const line = lineOf(passage.start);
      const field = entry.fieldAt(line);
      if ((QUOTING_FIELD.test(field) && passage.letters <= copyOptions.quotedMax) || NAME_FIELD.test(field)) return [];
      const excerpt = entry.text.slice(passage.start, passage.end).replace(/\s+/g, ' ');
      const shown = excerpt.length > 40 ? `${excerpt.slice(0, 40)}……` : excerpt;
      return problemAt(
        entry,
        line,
        entry.fieldAt(line),
        `与来源 ${source.name.replace(/\.(txt|fingerprint\.json)$/u, '')} 有连续 ${passage.letters} 个字相同：“${shown}”。请用自己的话改写；项目名称、口号等短引语可放在引号“”内（不超过 ${copyOptions.quotedMax} 个字）`,
      );
    }),
  );
};
