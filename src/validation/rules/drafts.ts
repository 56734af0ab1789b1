/**
 * Draft placeholders (【待填写】) left by `npm run new-case` and `npm run import`: each one is one
 * located error saying what is still to be written, taken from the placeholder's own hint
 * ("practices[2].summary  还是草稿：请用自己的话概括原文第 14 段"). A draft is not an entry yet,
 * so it fails validation and the build; the schema's complaint about the same line (a placeholder
 * where a year or a fixed value belongs) is left out, so the contributor reads one line, not two.
 */
import { PLACEHOLDER, draftHint } from '../../core/draft';
import type { ParsedEntry } from '../entry';
import type { Problem } from '../problem';

export function checkDrafts(entry: ParsedEntry): Problem[] {
  return checkDraftText(entry.file, entry.text, entry.fieldAt);
}

/** The top-level YAML key a line belongs to (for a plain YAML file such as a source record). */
const yamlKeyAt = (lines: string[]) => (line: number) => {
  for (let i = line - 1; i >= 0; i--) {
    const m = /^([A-Za-z][\w-]*):/.exec(lines[i]!);
    if (m) return m[1]!;
  }
  return 'frontmatter';
};

/** Draft placeholders in any text file: an entry, or the source record `npm run import` wrote. */
export function checkDraftText(file: string, text: string, fieldAt = yamlKeyAt(text.split('\n'))): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.includes(PLACEHOLDER)) return;
    const hint = draftHint(line);
    problems.push({
      file,
      line: i + 1,
      field: fieldAt(i + 1),
      message: `还是草稿：${hint || `请写好这一项，并删去“${PLACEHOLDER}”`}`,
      severity: 'error',
    });
  });
  return problems;
}

/** Drops other problems on a line that already reports a draft placeholder. */
export function withoutDraftLines(problems: readonly Problem[], drafts: readonly Problem[]): Problem[] {
  const lines = new Set(drafts.map((d) => d.line));
  return problems.filter((p) => !lines.has(p.line));
}
