import { problemAt, type Problem } from '../problem';
import type { ArchiveRule } from './context';

/** One case per source report: a second entry naming the same document and report number is an error. */
export const duplicateReportsRule: ArchiveRule = (entries) => {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const source = (entry.data as { source?: { document?: unknown; report?: unknown } } | undefined)?.source;
    if (!source || typeof source.document !== 'string' || typeof source.report !== 'number') continue;
    const key = `${source.document}#${source.report}`;
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
        `${source.document} 的第 ${source.report} 篇报告已由 ${earlier} 收录；同一篇报告只建一个案例`,
      ),
    );
  }
  return problems;
};
