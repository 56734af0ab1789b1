/**
 * The citation checks of `npm run validate`: finds the entry's source in `content/sources/` (through
 * the loader) and runs each rule on it. Each rule is its own module, a pure function of the entry and
 * the source's paragraphs.
 */
import { reportRange, sourceId } from '../../../core/citations';
import type { ParsedEntry } from '../../entry';
import { fieldName } from '../../entry';
import type { Problem } from '../../problem';
import type { LoadedSource } from '../../../loaders/sources';
import { isDraft } from '../../../core/draft';
import type { CiteContext, Rule } from './context';
import { checkCitedParagraphs } from './paragraphs';
import { checkFigures } from './figures';
import { checkWithheld } from './withheld';
import { checkQuotations } from './quotations';
import { checkEvidence } from './evidence';
import { checkProseNumbers } from './prose-numbers';
import { coverageNote } from './coverage';

export const CITATION_RULES: readonly Rule[] = [
  checkCitedParagraphs,
  checkFigures,
  checkWithheld,
  checkQuotations,
  checkEvidence,
  checkProseNumbers,
];

/** Added to a citation problem found without the text at hand. */
const WITHOUT_TEXT = (id: string) =>
  `（本机没有来源 ${id} 的原文，只按代码库里的指纹 ${id}.fingerprint.json 核对：所引短句、数字须是核对原文后记录在指纹里的。有原文的编辑者改过条目后，请运行 npm run source -- record ${id} 更新指纹）`;

export interface CitationResult {
  problems: Problem[];
  notes: string[];
}

/** Runs every citation rule on one entry; `load` finds a source by id (the loader, or a test's). */
export function checkCitations(entry: ParsedEntry, load: (id: string) => LoadedSource | null, sourcesDir: string): CitationResult {
  const data = entry.data;
  const id = sourceId(data);
  const range = reportRange(data);
  // Without a usable source id or range the schema reports the fields; a draft's id is still a placeholder.
  if (data === undefined || id === undefined || range === undefined || isDraft(id)) return { problems: [], notes: [] };
  /** A problem with the source as a whole, located at the entry's `source.id`. */
  const atSourceId = (message: string): Problem => {
    const path = ['source', 'id'];
    return { file: entry.file, line: entry.lineOf(path), field: fieldName(path), message, severity: 'error' };
  };
  const source = load(id);
  if (!source) {
    return {
      problems: [
        atSourceId(
          `找不到来源“${id}”：${sourcesDir}/ 里既没有 ${id}.txt（代码库保存的原文），也没有 ${id}.fingerprint.json（原文的指纹），本机的 ${sourcesDir}/local/ 里也没有原文。先用 npm run import 导入原文（写好 ${id}.yaml），条目才能引用它的段落`,
        ),
      ],
      notes: [],
    };
  }
  const problems: Problem[] = [];
  if (source.recordProblem) problems.push(atSourceId(`来源记录有误：${source.recordProblem}`));
  if (source.fingerprintProblem) {
    problems.push(atSourceId(`来源指纹有误：${source.fingerprintProblem}`));
    // Without the text and without a readable fingerprint there is nothing to check the citations against.
    if (!source.textAtHand) return { problems, notes: [] };
  }
  // A report's first paragraph is the compiler's when it is the heading the record gives it (the
  // compilation's "2021年…" headings): its numbers are not the report's.
  const headings = new Set(
    (source.record?.reports ?? []).filter((r) => source.paragraphs.at(r.lines[0])?.trim() === r.heading.trim()).map((r) => r.lines[0]),
  );
  const fp = source.textAtHand ? undefined : source.fingerprint;
  const numbers = fp ? (n: number) => fp.paragraphs[n - 1]?.numbers ?? [] : undefined;
  const ctx: CiteContext = { entry, data, source: { id, text: source.text, paragraphs: source.paragraphs, headings, numbers }, range };
  for (const rule of CITATION_RULES) {
    const found = rule(ctx);
    // Without the text, a passage is found only where it was recorded: say how to record it.
    problems.push(...(fp ? found.map((p) => (p.severity === 'error' ? { ...p, message: `${p.message}${WITHOUT_TEXT(id)}` } : p)) : found));
  }
  const note = coverageNote(ctx);
  return { problems, notes: note ? [note] : [] };
}
