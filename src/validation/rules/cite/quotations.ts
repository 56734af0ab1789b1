/**
 * Rule: text inside “…” anywhere in an entry (frontmatter and body) is the source's words and must
 * occur verbatim in the entry's own report (its `source.lines`; in a compilation, another report's
 * words are not this unit's); only punctuation width and whitespace may differ. Something the
 * source does not say — a corrected reading, a coined label — is written without “…” (a source
 * error as `{ quote, reading }`).
 */
import { toSimplified } from '../../../text/to-simplified';
import { joinCjkLines } from '../../../text/cjk';
import { stringsOf } from '../../../core/citations';
import { findQuotations, longestMatchingStart, occursVerbatim, quotationKey } from '../../../core/quotes';
import { fieldName } from '../../entry';
import type { Problem } from '../../problem';
import { lineOfText, type CiteContext } from './context';
import { isDraft } from '../../../core/draft';

function message(quote: string, sourceText: string, id: string): string {
  const ok = longestMatchingStart(quote, sourceText, toSimplified);
  const chars = [...quotationKey(quote)];
  const where = ok > 0 && ok < chars.length ? `（前 ${ok} 个字与原文相同，从“${chars[ok]}”起不同）` : '';
  return `引号“”里的文字须是原文原话：“${quote}”在来源 ${id} 中找不到${where}。请照原文改正（标点只可有全角半角之别）；若是自己的说法、更正后的读法或自创的名称，请去掉引号（原文的错字写进 source.errors 的 quote 和 reading）`;
}

/** Where a quotation the report does not hold stands elsewhere in the document: another report's words. */
function outsideMessage(quote: string, ctx: CiteContext, found: number): string {
  const [a, b] = ctx.range;
  return `引号“”里的文字须是本报告的原话：“${quote}”不在本报告（第 ${a}–${b} 段）中，而在第 ${found} 段，那是同一来源里的另一部分。请改引本报告的话，或去掉引号；若 source.lines 划错了范围，请改正它`;
}

export function checkQuotations(ctx: CiteContext): Problem[] {
  const problems: Problem[] = [];
  const { entry } = ctx;
  const [a, b] = ctx.range;
  const numbers = Array.from({ length: ctx.source.paragraphs.count }, (_, i) => i + 1);
  const reportText = numbers
    .filter((n) => n >= a && n <= b)
    .map((n) => ctx.source.paragraphs.at(n) ?? '')
    .join('\n');
  const problemFor = (quote: string): string | undefined => {
    if (occursVerbatim(quote, reportText, toSimplified)) return undefined;
    const elsewhere = numbers.find((n) => (n < a || n > b) && occursVerbatim(quote, ctx.source.paragraphs.at(n) ?? '', toSimplified));
    return elsewhere === undefined ? message(quote, ctx.source.text, ctx.source.id) : outsideMessage(quote, ctx, elsewhere);
  };
  for (const { path, text } of stringsOf(ctx.data)) {
    if (isDraft(text)) continue;
    for (const q of findQuotations(joinCjkLines(text))) {
      const problem = problemFor(q.text);
      if (!problem) continue;
      const line = lineOfText(entry, `“${q.text}`, entry.lineOf(path));
      problems.push({ file: entry.file, line, field: fieldName(path), message: problem, severity: 'error' });
    }
  }
  entry.body.split('\n').forEach((text, i) => {
    for (const q of findQuotations(text)) {
      const problem = problemFor(q.text);
      if (problem) problems.push({ file: entry.file, line: entry.bodyLine + i, field: 'body', message: problem, severity: 'error' });
    }
  });
  return problems;
}
