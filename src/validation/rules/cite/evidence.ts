/**
 * Rule: each practice's evidence, and each source error's `quote`, is the source's words taken
 * verbatim from one of the paragraphs it cites (punctuation may differ in width only).
 */
import { toSimplified } from '../../../text/to-simplified';
import { pilcrow } from '../../../core/paragraphs';
import { longestMatchingStart, occursVerbatim, quotationKey } from '../../../core/quotes';
import type { Problem } from '../../problem';
import { citedParagraphs, problemAt, type CiteContext } from './context';
import { isDraft } from '../../../core/draft';

type Obj = Record<string, unknown>;
const items = (value: unknown): Obj[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null ? (v as Obj) : {})) : [];

function verbatimProblem(ctx: CiteContext, path: (string | number)[], what: string, words: unknown, from: unknown): Problem | undefined {
  if (typeof words !== 'string' || !words.trim() || isDraft(words)) return undefined;
  const cited = citedParagraphs(ctx, from);
  if (!cited.length) return undefined;
  const texts = cited.map((n) => ctx.source.paragraphs.at(n)!);
  if (texts.some((t) => occursVerbatim(words, t, toSimplified))) return undefined;
  const ok = Math.max(...texts.map((t) => longestMatchingStart(words, t, toSimplified)));
  const chars = [...quotationKey(words)];
  const where = ok > 0 && ok < chars.length ? `前 ${ok} 个字与原文相同，从“${chars[ok]}”起不同` : '没有一处与原文相同';
  return problemAt(
    ctx,
    path,
    `${what} 须逐字摘自所引段落（${pilcrow(cited)}）：“${words}”${where}。请从这些段落中照抄一小句，标点只可有全角半角之别`,
  );
}

export function checkEvidence(ctx: CiteContext): Problem[] {
  const data = ctx.data as { practices?: unknown; source?: { errors?: unknown } } | undefined;
  const problems: (Problem | undefined)[] = [];
  items(data?.practices).forEach((p, i) =>
    problems.push(verbatimProblem(ctx, ['practices', i, 'evidence'], 'evidence', p.evidence, p.from)),
  );
  items(data?.source?.errors).forEach((e, i) =>
    problems.push(verbatimProblem(ctx, ['source', 'errors', i, 'quote'], '原文错误的 quote', e.quote, e.from)),
  );
  return problems.filter((p): p is Problem => p !== undefined);
}
