/**
 * Wording of validation messages: Chinese prose, English field names, and always the allowed
 * values, so a contributor can fix an entry without reading code.
 */
import { nearest, type Suggestable } from './suggest';
import { CASE_SLUG_MIN, SLUG_MAX } from '../core/slug';
import { KIND_LABELS, type TermKind } from '../core/taxonomy';

/** What a case's slug (its file name) may be, with an example. */
export const CASE_SLUG_RULE = `须为 ${CASE_SLUG_MIN}–${SLUG_MAX} 个小写 ASCII 字母、数字和连字符`;
export const CASE_SLUG_EXAMPLE = 'kindergarten-swimming-programme';

/** `['practices', 2, 'tags', 0]` → `practices[2].tags[0]` */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(根)';
}

// What each kind of term is called lives with the vocabulary lookups; messages use it from here.
export { KIND_LABELS, type TermKind } from '../core/taxonomy';

/** For an unknown slug: what was given, the nearest valid slugs and where all of them are listed. */
export function unknownTermMessage(kind: TermKind, value: string, terms: readonly Suggestable[], file: string): string {
  const near = nearest(value, terms)
    .map((t) => `${t.slug}（${t.label}）`)
    .join('、');
  return `未知的${KIND_LABELS[kind]}“${value}”。相近的有效值：${near}。全部取值见 ${file}`;
}

export function duplicateMessage(what: string, value: string, firstIndex: number): string {
  return `${what}“${value}”重复，与第 ${firstIndex + 1} 项相同；同一案例内必须唯一`;
}

/** For an entry whose `updated` date lies before its `added` date. */
export function dateOrderMessage(added: string, updated: string): string {
  return `updated（${updated}）早于 added（${added}）`;
}
