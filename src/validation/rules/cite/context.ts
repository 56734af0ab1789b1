/**
 * What every citation rule gets: the parsed entry, its frontmatter and the paragraphs of the source
 * it cites. Rules are pure functions of this context; `index.ts` builds it (the loader reads files).
 */
import type { Paragraphs } from '../../../core/paragraphs';
import { paragraphNumbers } from '../../../core/citations';
import type { ParsedEntry } from '../../entry';
import { fieldName } from '../../entry';
import type { Problem, Severity } from '../../problem';

export interface CiteContext {
  entry: ParsedEntry;
  /** The frontmatter as parsed (not yet checked by the schema: read it defensively). */
  data: unknown;
  source: {
    id: string;
    text: string;
    paragraphs: Paragraphs;
    /** Paragraphs that are a compiler's heading over a report (from the source's record), not the report's words. */
    headings?: ReadonlySet<number>;
    /**
     * Without the text: the numbers the fingerprint recorded in paragraph n (the paragraphs are then
     * only the passages recorded in them, src/core/fingerprint.ts).
     */
    numbers?: ((n: number) => readonly string[]) | undefined;
  };
  /** The report's paragraph range, `source.lines`. */
  range: [number, number];
}

/** A problem at a frontmatter path. */
export function problemAt(ctx: CiteContext, path: readonly (string | number)[], message: string, severity: Severity = 'error'): Problem {
  return { file: ctx.entry.file, line: ctx.entry.lineOf(path), field: fieldName(path), message, severity };
}

/** The cited paragraphs that exist and lie inside the report (the others are reported by `paragraphs.ts`). */
export function citedParagraphs(ctx: CiteContext, from: unknown): number[] {
  if (!Array.isArray(from)) return [];
  return paragraphNumbers(from).filter((n) => n >= ctx.range[0] && n <= ctx.range[1] && ctx.source.paragraphs.at(n) !== undefined);
}

/** A paragraph's text for a message: the whole of a short one, the start of a long one. */
export function excerpt(text: string, max = 60): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}……`;
}

/** The line of the body or of a folded frontmatter value on which `needle` first appears, from `fromLine` on. */
export function lineOfText(entry: ParsedEntry, needle: string, fromLine: number): number {
  const lines = entry.text.split('\n');
  const probe = needle.slice(0, 6);
  for (let i = fromLine - 1; i < lines.length; i++) if (lines[i]!.includes(probe)) return i + 1;
  return fromLine;
}

export type Rule = (ctx: CiteContext) => Problem[];
