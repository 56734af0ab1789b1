/**
 * Dating clues: wordings from the clue table (content/taxonomy/dating-clues.yaml) and explicit
 * years found in a report, and the period they suggest. Pure: the table is passed in.
 *
 * A clue's `from` is firm (a report cannot name what did not exist yet); its `until` only says the
 * wording stopped being current, since reports look back. So the suggestion starts at the latest
 * `from`, ends at the earliest `until` not before that start, and is at most five years wide. An
 * explicit year later than every clue's `until` is set aside as suspicious (compilations and
 * reposting sites add years of their own), and said so. A year the report looks forward to
 * (下一步…2013年, 明年, 计划到2015年) is no sign that it was written then: it bounds the writing from
 * above instead (`until`).
 */
import type { DatingClue } from '../schemas/dating-clue';
import { chineseNumeralValue } from '../core/numerals';

export interface ClueHit {
  line: number;
  /** The words found, as the report writes them (after normalising). */
  text: string;
  from?: number | undefined;
  until?: number | undefined;
  /** Why these years (the table's note, or how an explicit year was read). */
  note: string;
  kind: DatingClue['kind'] | 'year';
  /** Set aside when suggesting the period, and why. */
  setAside?: string;
}

export interface PeriodSuggestion {
  from: number;
  /** Undefined when no clue bounds the writing from above (the period is open). */
  to: number | undefined;
  /** The clues the bounds come from. */
  lower: ClueHit;
  upper?: ClueHit | undefined;
}

/** Quotation marks and the dots of “五·五” removed, so 党的“十六”大 reads 党的十六大. */
export const normaliseForClues = (s: string) => s.replace(/[“”"‘’'「」『』《》·・•]/gu, '');

const YEAR = /(?<![0-9０-９])((?:19|20)\d{2}|\d{2})年|([〇零一二三四五六七八九]{4})年/gu;
/**
 * Years written without 年: a date (2025-05-26, 2017/11/23, 2017.11.23) and a document number's
 * year (豫文〔2023〕50号).
 */
const YEAR_OTHER =
  /(?<![0-9０-９])((?:19|20)\d{2})([-/.])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])(?![0-9])|[〔［[]((?:19|20)\d{2})[〕］\]]\s*\d+\s*[号號]/gu;
/**
 * Words that make a sentence look forward: plans, aims, next year. 将 alone is left out, since it
 * also means 把 (2010年将大厅扩建 is a past deed); only its future forms count. Not 计划生育.
 */
const FORWARD =
  /下一步|明年|来年|今后|计划(?!生育)|力争|争取|预计|打算|展望|即将|将(?:要|会|于|在|继续|进一步|全面|着力|努力|重点|大力|不断)/u;

/**
 * Whether the year at `at` stands in a forward-looking sentence: a forward word in its clause, or
 * before it in its sentence (下一步，我们将在2013年…; not 自08年重建…，力争实现…, which looks back).
 */
function looksForward(text: string, at: number): boolean {
  const sentenceStart = Math.max(...[...'。；！？;!?'].map((c) => text.lastIndexOf(c, at))) + 1;
  const clauseEnd = text.slice(at).search(/[，,。；！？;!?]/u);
  return FORWARD.test(text.slice(sentenceStart, clauseEnd < 0 ? text.length : at + clauseEnd));
}

/**
 * Explicit years in a paragraph: 2012年, 08年 (→ 2008), 二〇一二年. Two digits: 80–99 → 19xx, else
 * 20xx. A year in a forward-looking sentence bounds the writing from above (`until`), not below.
 */
export function findYears(text: string, line: number): ClueHit[] {
  const out: ClueHit[] = [];
  for (const m of text.matchAll(YEAR)) {
    let y: number;
    if (m[2]) y = chineseNumeralValue(m[2])!;
    else if (m[1]!.length === 2) y = Number(m[1]) >= 80 ? 1900 + Number(m[1]) : 2000 + Number(m[1]);
    else y = Number(m[1]);
    if (y < 1949 || y > 2100) continue;
    const read = m[1]?.length === 2 ? `两位数年份，读作${y}年` : '原文写明的年份';
    if (looksForward(text, m.index)) {
      out.push({
        line,
        text: m[0],
        until: y,
        kind: 'year',
        note: `${read}，出现在展望或计划的句子里：报告应写于这一年或之前，不能说明写于这一年`,
      });
    } else out.push({ line, text: m[0], from: y, kind: 'year', note: read });
  }
  for (const m of text.matchAll(YEAR_OTHER)) {
    const y = Number(m[1] ?? m[3]);
    const note = m[1] ? '原文写明的日期' : '文件编号中的年份：报告不早于这份文件';
    out.push({ line, text: m[0], from: y, kind: 'year', note });
  }
  return out.sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
}

/** Every clue of the table in a paragraph (already simplified), and its explicit years. */
export function findClues(text: string, line: number, table: readonly DatingClue[]): ClueHit[] {
  const t = normaliseForClues(text);
  const hits: ClueHit[] = [];
  for (const clue of table) {
    const word = clue.match.map(normaliseForClues).find((w) => t.includes(w));
    if (!word) continue;
    // An anniversary told as done (以建党100周年为契机，拍摄了…并获奖) is looked back on: the report
    // may be written any time after it, so it gives no upper bound.
    if (clue.kind === 'event' && clue.until !== undefined && toldAsDone(t, t.indexOf(word) + word.length)) {
      const note = `${clue.note}（原文以过去的事提到它，不能说明报告写于${clue.until}年或之前）`;
      hits.push({ line, text: word, from: clue.from, note, kind: clue.kind });
    } else hits.push({ line, text: word, from: clue.from, until: clue.until, note: clue.note, kind: clue.kind });
  }
  return [...hits, ...findYears(text, line)];
}

/** Whether the sentence after `at` tells of something done: 拍摄了, 荣获, 被评为. */
function toldAsDone(text: string, at: number): boolean {
  const end = text.slice(at).search(/[。；！？;!?]/u);
  const rest = text.slice(at, end < 0 ? text.length : at + end);
  return /了|过|荣获|获得|获评|被评为|曾/u.test(rest);
}

const MAX_WIDTH = 5;

/** The period as the draft and the import's summary write it: 2011–2013, 2012, 2006 以后 (open). */
export function periodText(p: PeriodSuggestion): string {
  if (p.to === undefined) return `${p.from} 以后`;
  return p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`;
}

/** The period the clues suggest, or undefined when none gives a lower bound. Marks the clues it sets aside. */
export function suggestPeriod(hits: ClueHit[]): PeriodSuggestion | undefined {
  const untils = hits.filter((h) => h.kind !== 'year' && h.until !== undefined).map((h) => h.until!);
  const latestUntil = untils.length ? Math.max(...untils) : undefined;
  for (const h of hits) {
    if (h.kind === 'year' && h.from !== undefined && latestUntil !== undefined && h.from > latestUntil) {
      h.setAside = `比其他线索都晚（它们最晚指向${latestUntil}年），可能是汇编或转载时加上的年份`;
    }
  }
  const usable = hits.filter((h) => !h.setAside && h.from !== undefined);
  if (!usable.length) return undefined;
  const lower = usable.reduce((a, b) => (b.from! > a.from! ? b : a));
  const uppers = hits.filter((h) => !h.setAside && h.until !== undefined && h.until >= lower.from!);
  const upper = uppers.length ? uppers.reduce((a, b) => (b.until! < a.until! ? b : a)) : undefined;
  const from = lower.from!;
  // A wording that only says "not before" (核心价值观, from 2006) is no sign of when the report was
  // written: without an upper clue the period stays open. An explicit year is: reports are written
  // within a few years of the latest year they state, hence the five-year window.
  if (!upper && lower.kind !== 'year') return { from, to: undefined, lower, upper };
  const to = Math.min(upper?.until ?? from + MAX_WIDTH - 1, from + MAX_WIDTH - 1);
  return { from, to, lower, upper };
}
