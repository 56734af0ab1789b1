/**
 * Wording of validation messages: Chinese prose, English field names, and always the allowed
 * values, so a contributor can fix an entry without reading code.
 */
import { byMeaning, bySpelling, nearest, type Suggestable } from './suggest';
import { CASE_SLUG_MIN, SLUG_MAX } from '../core/slug';
import { KIND_LABELS, type TermKind } from '../core/taxonomy';

/** What a case's slug (its file name) may be, with an example. */
export const CASE_SLUG_RULE = `须为 ${CASE_SLUG_MIN}–${SLUG_MAX} 个小写 ASCII 字母、数字和连字符`;
export const CASE_SLUG_EXAMPLE = 'kindergarten-swimming-programme';

/**
 * `['practices', 2, 'tags', 0]` → `practices[2].tags[0]`: how every message names a field. `root` is
 * what an empty path is called (the whole file; `frontmatter` for an entry).
 */
export function formatIssuePath(path: readonly PropertyKey[], root = '(根)'): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || root;
}

// What each kind of term is called lives with the vocabulary lookups; messages use it from here.
export { KIND_LABELS, type TermKind } from '../core/taxonomy';

/** For an unknown slug: what was given, the nearest valid slugs and where all of them are listed. */
/** Where CONTRIBUTING explains how to propose a tag the vocabulary lacks. */
export const PROPOSE_TAG_LINK = 'CONTRIBUTING.md#提议新的标签或主题';

export function unknownTermMessage(kind: TermKind, value: string, terms: readonly Suggestable[], file: string): string {
  if (kind === 'tag') return unknownTagMessage(value, terms, file);
  const near = nearest(value, terms)
    .map((t) => `${t.slug}（${t.label}）`)
    .join('、');
  return `未知的${KIND_LABELS[kind]}“${value}”。相近的有效值：${near}。全部取值见 ${file}`;
}

export function duplicateMessage(what: string, value: string, firstIndex: number): string {
  return `${what}“${value}”重复，与第 ${firstIndex + 1} 项相同；同一案例内必须唯一`;
}

/**
 * For an unknown tag: tags that mean the same (label and alias matches) before tags spelled alike,
 * then the two ways out when none fits — a programme's own name is a practice alias, a missing
 * concept is proposed as a new tag.
 */
function unknownTagMessage(value: string, terms: readonly Suggestable[], file: string): string {
  const show = (list: readonly Suggestable[]) => list.map((t) => `${t.slug}（${t.label}）`).join('、');
  const meaning = byMeaning(value, terms);
  // Spelling is about slugs: a Chinese word spelled like a slug means nothing.
  const spelling = /^[\x20-\x7e]+$/.test(value) ? bySpelling(value, terms).filter((t) => !meaning.includes(t)) : [];
  const parts = [`未知的标签“${value}”。`];
  if (meaning.length) parts.push(`含义相近：${show(meaning)}。`);
  if (spelling.length) parts.push(`拼写相近：${show(spelling)}。`);
  parts.push(
    `单位自己的项目名称（如“安康杯”“三个满意”）不是标签：请写进做法的 aliases，标签选它所属的那类做法；词表确实缺少这个概念时，请提议新标签（见 ${PROPOSE_TAG_LINK}）。全部取值见 ${file}`,
  );
  return parts.join('');
}

/** For an entry whose `updated` date lies before its `added` date. */
export function dateOrderMessage(added: string, updated: string): string {
  return `updated（${updated}）早于 added（${added}）`;
}

/** For a body shorter than even a short case needs (BODY_CHARS in src/core/rules.ts). */
export function shortBodyMessage(length: number, min: number): string {
  return `正文只有 ${length} 字（不计空白、注释、链接地址和 Markdown 标记），至少要 ${min} 字：先用一句话说明案例依据什么（哪个网页或文件，全文还是只有开头），再写各个做法怎样配合、原文没有说什么。原文短，正文可以短，做法也可以少，但这两件事不能省；写作要求见 CONTRIBUTING.md#写作规则`;
}
