/** A problem found in an entry, located so a contributor can jump straight to it. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the entry, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** English field path (`practices[2].tags[0]`), or `body` for the MDX text, `slug` for the file name. */
  field: string;
  /** Chinese message that says what is wrong and how to fix it. */
  message: string;
  /** Errors fail `npm run validate`; warnings fail it only with `--strict` (as CI runs it). */
  severity: Severity;
}

/** `file:line  field  message` — the one format every check reports in. */
export function formatProblem(p: Problem): string {
  const message = p.severity === 'warning' ? `提醒：${p.message}` : p.message;
  return `${p.file}:${p.line}  ${p.field}  ${message}`;
}

/** Sorts by file, then line, and drops exact repeats (two checks may see the same thing). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field))
    .filter((p) => {
      const key = `${p.file}\0${p.line}\0${p.field}\0${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A problem at a line of an entry; rules build theirs with it. */
export function problemAt(entry: { file: string }, line: number, field: string, message: string, severity: Severity = 'error'): Problem {
  return { file: entry.file, line, field, message, severity };
}
