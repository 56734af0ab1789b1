import { problemAt, type Problem } from '../problem';
import type { ArchiveRule } from './context';

/** One case per source report: a second entry naming the same source id and report number is an error. */
export const duplicateReportsRule: ArchiveRule = (entries) => {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const source = (entry.data as { source?: { id?: unknown; report?: unknown } } | undefined)?.source;
    if (!source || typeof source.id !== 'string' || typeof source.report !== 'number') continue;
    const key = `${source.id}#${source.report}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, entry.file);
      continue;
    }
    problems.push(
      problemAt(
        entry,
        entry.lineOf(['source', 'report']),
        'source.report',
        `来源 ${source.id} 的第 ${source.report} 篇报告已由 ${earlier} 收录；同一篇报告只建一个案例`,
      ),
    );
  }
  return problems;
};
