import { CASE_FILE_EXTENSION, caseSlugOfFile, isCaseSlug } from '../../core/slug';
import { CASE_SLUG_EXAMPLE, CASE_SLUG_RULE } from '../../text/messages';
import type { Problem } from '../problem';

/**
 * The files of the cases folder (paths as shown in messages, sorted): each must be an `.mdx` file
 * whose name is a slug, and no two may share a name (case-insensitively, as some file systems do).
 */
export function fileNameProblems(files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, message: string): Problem => ({ file, line: 1, field: 'slug', message, severity: 'error' });
  const stems = new Map<string, string>();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const stem = name.replace(/\.[^.]+$/, '');
    if (caseSlugOfFile(name) === null) {
      problems.push(at(file, `网站不会读取这个文件：案例文件须以 ${CASE_FILE_EXTENSION} 结尾`));
    } else if (!isCaseSlug(stem)) {
      problems.push(at(file, `文件名“${stem}”不是合格的 slug：${CASE_SLUG_RULE}，如 ${CASE_SLUG_EXAMPLE}`));
    }
    const clash = stems.get(stem.toLowerCase());
    if (clash) problems.push(at(file, `slug“${stem}”与 ${clash} 重复；每个案例的文件名必须唯一`));
    else stems.set(stem.toLowerCase(), file);
  }
  return problems;
}
