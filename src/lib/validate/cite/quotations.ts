/**
 * Rule: text inside “…” anywhere in an entry (frontmatter and body) is the source's words and must
 * occur in the source verbatim; only punctuation width and whitespace may differ. Something the
 * source does not say — a corrected reading, a coined label — is written without “…” (a source
 * error as `{ quote, reading }`).
 */
import { joinCjkLines } from '../../cjk';
import { stringsOf } from '../../../core/citations';
import { findQuotations, longestMatchingStart, occursVerbatim, quotationKey } from '../../../core/quotes';
import { fieldName } from '../entry';
import type { Problem } from '../problem';
import { lineOfText, type CiteContext } from './context';
import { isDraft } from '../../../core/draft';

function message(quote: string, sourceText: string, id: string): string {
  const ok = longestMatchingStart(quote, sourceText);
  const chars = [...quotationKey(quote)];
  const where = ok > 0 && ok < chars.length ? `（前 ${ok} 个字与原文相同，从“${chars[ok]}”起不同）` : '';
  return `引号“”里的文字须是原文原话：“${quote}”在来源 ${id} 中找不到${where}。请照原文改正（标点只可有全角半角之别）；若是自己的说法、更正后的读法或自创的名称，请去掉引号（原文的错字写进 source.errors 的 quote 和 reading）`;
}

export function checkQuotations(ctx: CiteContext): Problem[] {
  const problems: Problem[] = [];
  const { entry } = ctx;
  const sourceText = ctx.source.text;
  for (const { path, text } of stringsOf(ctx.data)) {
    if (isDraft(text)) continue;
    for (const q of findQuotations(joinCjkLines(text))) {
      if (occursVerbatim(q.text, sourceText)) continue;
      const line = lineOfText(entry, `“${q.text}`, entry.lineOf(path));
      problems.push({
        file: entry.file,
        line,
        field: fieldName(path),
        message: message(q.text, sourceText, ctx.source.id),
        severity: 'error',
      });
    }
  }
  entry.body.split('\n').forEach((text, i) => {
    for (const q of findQuotations(text)) {
      if (!occursVerbatim(q.text, sourceText)) {
        problems.push({
          file: entry.file,
          line: entry.bodyLine + i,
          field: 'body',
          message: message(q.text, sourceText, ctx.source.id),
          severity: 'error',
        });
      }
    }
  });
  return problems;
}
