/**
 * Everything the import finds in one report: figures, blanks, dating clues and the period they
 * suggest, practice candidates and tag candidates, each citing its paragraph (the 1-based line of
 * the source document). Pure: the text, the range and the vocabularies are passed in.
 */
import { findBlanks } from '../core/blanks';
import { isParagraph, splitParagraphs } from '../core/paragraphs';
import type { DatingClue } from '../schemas/dating-clue';
import type { Suggestable } from '../text/suggest';
import { findClues, suggestPeriod, type ClueHit, type PeriodSuggestion } from './dating';
import { findFigures, type FigureCandidate } from './figures';
import { practiceCandidates, quotedNames, type PracticeCandidate } from './structure';
import { tagCandidates, type TagCandidate } from './tags';
import { toSimplified } from './text';

export interface BlankCandidate {
  line: number;
  /** The blank as written ("__", "XX"). */
  text: string;
  /** The words on either side, verbatim. */
  around: string;
}

export interface Findings {
  /** The report's paragraphs, first and last line, inclusive. */
  range: [number, number];
  figures: FigureCandidate[];
  blanks: BlankCandidate[];
  clues: ClueHit[];
  period: PeriodSuggestion | undefined;
  practices: PracticeCandidate[];
  /** Quoted names anywhere in the report, as alias candidates. */
  quoted: string[];
  tags: TagCandidate[];
}

/** Paragraphs of a document: its non-empty lines, numbered from 1 as the source file numbers them. */
export function paragraphs(text: string, range?: [number, number]): { line: number; text: string }[] {
  const doc = splitParagraphs(text);
  const [a, b] = range ?? [1, doc.count];
  const out: { line: number; text: string }[] = [];
  for (let n = a; n <= b; n++) if (isParagraph(doc, n)) out.push({ line: n, text: doc.at(n)! });
  return out;
}

/** Parses `--lines A-B` (also A–B, A:B); undefined when absent; throws a readable error when malformed. */
export function parseRange(spec: string | undefined, lineCount: number): [number, number] | undefined {
  if (spec === undefined) return undefined;
  const m = /^\s*(\d+)\s*[-–—:]\s*(\d+)\s*$/.exec(spec);
  if (!m) throw new Error(`--lines 须写成 起-止，例如 --lines 58-71（收到“${spec}”）`);
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a < 1 || b < a || b > lineCount) throw new Error(`--lines ${spec} 不在文档范围内：文档共 ${lineCount} 行，起行须不大于止行`);
  return [a, b];
}

const AROUND = 8;

export function analyseReport(
  text: string,
  range: [number, number] | undefined,
  vocab: { clues: readonly DatingClue[]; tags: readonly Suggestable[] },
): Findings {
  const original = paragraphs(text, range);
  // Matching runs on simplified text; what is quoted back (figures, blanks) is the report's own.
  const simplified = original.map((p) => ({ line: p.line, text: toSimplified(p.text) }));
  const figures = original.flatMap((p, i) => findFigures(simplified[i]!.text, p.line, p.text));
  const blanks = original.flatMap((p) =>
    findBlanks(p.text).map((b) => ({
      line: p.line,
      text: b.text,
      around: `${p.text.slice(Math.max(0, b.index - AROUND), b.index)}${b.text}${p.text.slice(b.index + b.text.length, b.index + b.text.length + AROUND)}`,
    })),
  );
  const clues = simplified.flatMap((p) => findClues(p.text, p.line, vocab.clues));
  const period = suggestPeriod(clues);
  const first = original[0]?.line ?? 1;
  const last = original.at(-1)?.line ?? first;
  return {
    range: range ?? [first, last],
    figures,
    blanks,
    clues,
    period,
    practices: practiceCandidates(simplified),
    quoted: [...new Set(simplified.flatMap((p) => quotedNames(p.text)))],
    tags: tagCandidates(simplified, vocab.tags),
  };
}
