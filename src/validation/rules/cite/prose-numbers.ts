/**
 * Rule (warnings): a number in the prose — the summary, the practices' summaries, the narrative —
 * that is neither among the entry's figures nor anywhere in the report (a compiler's heading over it
 * does not count: "2021" there is not the report's date) is listed for review. A
 * computed figure ("about two-thirds larger") belongs in the editors' note, which is not checked.
 */
import { numbersIn } from '../../../core/figures';
import { toSimplified } from '../../../text/to-simplified';
import { fieldName } from '../../entry';
import type { Problem } from '../../problem';
import { lineOfText, type CiteContext } from './context';
import { isDraft } from '../../../core/draft';

type Obj = Record<string, unknown>;
const PROSE = { minRun: 2, toSimplified };
/** Phone, ID and other long digit strings are not figures (the personal-data check looks at them). */
const NOT_FIGURES = /\d[\d\s-]{6,}[\dXx]/gu;
/** Link targets and addresses are not prose either. */
const NOT_PROSE = /\]\([^)]*\)|https?:\/\/\S+/gu;
const proseNumbers = (text: string) => new Set(numbersIn(text.replace(NOT_PROSE, ']').replace(NOT_FIGURES, ' '), PROSE));

/** Every number the report and the entry's figures state. */
function knownNumbers(ctx: CiteContext): Set<string> {
  const known = new Set<string>();
  for (let n = ctx.range[0]; n <= ctx.range[1]; n++) {
    if (ctx.source.headings?.has(n)) continue; // the compiler's heading: its year is not the report's
    const numbers = ctx.source.numbers?.(n) ?? numbersIn(ctx.source.paragraphs.at(n) ?? '', { toSimplified });
    for (const x of numbers) known.add(x);
  }
  const figures = (ctx.data as { figures?: unknown } | undefined)?.figures;
  if (Array.isArray(figures)) {
    for (const f of figures as Obj[]) {
      for (const key of ['value', 'before', 'after']) {
        const v = f?.[key];
        if (typeof v === 'number' || typeof v === 'string') for (const x of numbersIn(String(v), { toSimplified })) known.add(x);
      }
    }
  }
  return known;
}

function shown(token: string): string {
  if (token.startsWith('×')) return `${token.slice(1)}倍`;
  const [a, b] = token.split('/');
  return b ? `${b}分之${a}` : token;
}

export function checkProseNumbers(ctx: CiteContext): Problem[] {
  const known = knownNumbers(ctx);
  const problems: Problem[] = [];
  const range = `${ctx.range[0]}–${ctx.range[1]}`;
  const warn = (line: number, field: string, token: string) =>
    problems.push({
      file: ctx.entry.file,
      line,
      field,
      message: `叙述中的数字“${shown(token)}”既不在本条目的 figures 中，也不在原文（第 ${range} 段）中：请核对。推算出的数字（如两数之比、增幅）请写进 editorsNote（编者按）`,
      severity: 'warning',
    });
  const data = (ctx.data ?? {}) as Obj;
  const prose: { path: (string | number)[]; text: string }[] = [];
  if (typeof data.summary === 'string') prose.push({ path: ['summary'], text: data.summary });
  if (Array.isArray(data.practices)) {
    (data.practices as Obj[]).forEach((p, i) => {
      if (typeof p?.summary === 'string') prose.push({ path: ['practices', i, 'summary'], text: p.summary });
    });
  }
  for (const { path, text } of prose) {
    if (isDraft(text)) continue;
    for (const token of proseNumbers(text)) {
      if (!known.has(token)) warn(lineOfText(ctx.entry, shown(token), ctx.entry.lineOf(path)), fieldName(path), token);
    }
  }
  ctx.entry.body.split('\n').forEach((line, i) => {
    if (isDraft(line)) return;
    for (const token of proseNumbers(line)) if (!known.has(token)) warn(ctx.entry.bodyLine + i, 'body', token);
  });
  return problems;
}
