/**
 * Splits an entry into frontmatter and body and parses the frontmatter the way the build does
 * (YAML 1.2 with unquoted dates read as timestamps), keeping every node's position so problems
 * can name the line they are on.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from './problem';
import { formatIssuePath } from '../text/messages';

export interface ParsedEntry {
  file: string;
  /** The whole text with line endings normalised to \n. */
  text: string;
  /** Frontmatter as plain data (undefined when it could not be parsed). */
  data: unknown;
  /** The MDX body after the closing `---`. */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** Line of a YAML path (a field that exists, or the nearest parent of one that does not). */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The YAML field path a frontmatter line belongs to, or `body` for lines after the frontmatter. */
  fieldAt: (line: number) => string;
}

/** The frontmatter was refused before it was read (its aliases expand without end). */
const UNREAD = Symbol('unread');

const YAML_HINTS: Record<string, string> = {
  BAD_INDENT: '缩进不正确：同一层的字段要对齐，列表项“- ”要比父字段多缩进',
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  DUPLICATE_KEY: '同一个字段写了两次',
  BLOCK_AS_IMPLICIT_KEY: '一行里出现了第二个“: ”；值里含冒号时请给整个值加引号',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行；是不是漏了冒号，或长文字没有用 >- 折行？',
  MISSING_CHAR: '缺少配对的符号（引号、] 或 }）',
  UNEXPECTED_TOKEN: '这里出现了意外的符号',
  BAD_SCALAR_START: '值不能以这个符号开头；请给值加引号',
  BAD_DQ_ESCAPE: '双引号里的反斜杠转义无效',
  IMPOSSIBLE: 'YAML 无法解析这一处',
};

/** An entry's field as messages name it (`practices[2].tags[0]`; the whole frontmatter when the path is empty). */
export const fieldName = (path: readonly PropertyKey[]): string => formatIssuePath(path, 'frontmatter');

const OPEN = /^---[ \t]*$/;

/**
 * Parses one entry. Problems that stop the frontmatter being read (no `---`, broken YAML) are
 * returned with the best line available; the body is still returned so it can be checked too.
 */
export function parseEntry(file: string, raw: string): { entry: ParsedEntry; problems: Problem[] } {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const problems: Problem[] = [];
  const problem = (line: number, field: string, message: string) => problems.push({ file, line, field, message, severity: 'error' });

  let fmEnd = -1;
  if (OPEN.test(lines[0] ?? '')) {
    fmEnd = lines.findIndex((l, i) => i > 0 && OPEN.test(l));
    if (fmEnd < 0) problem(1, 'frontmatter', 'frontmatter 没有结束：字段写完后要另起一行写 ---');
  } else {
    problem(1, 'frontmatter', '文件须以一行 --- 开头，后面是 YAML 字段，再以一行 --- 结束（可用 npm run new-case 生成）');
  }

  const yamlText = fmEnd > 0 ? lines.slice(1, fmEnd).join('\n') : '';
  const bodyLine = fmEnd > 0 ? fmEnd + 2 : 1;
  const body = fmEnd > 0 ? lines.slice(fmEnd + 1).join('\n') : fmEnd < 0 && OPEN.test(lines[0] ?? '') ? '' : text;

  const counter = new LineCounter();
  let doc: Document | undefined;
  let data: unknown;
  if (fmEnd > 0) {
    doc = parseDocument(yamlText, { lineCounter: counter, customTags: ['timestamp'], prettyErrors: false, uniqueKeys: true });
    for (const error of doc.errors) {
      const line = counter.linePos(error.pos[0]).line + 1;
      const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const unclosed = /end with an? ([\]}])/.exec(detail)?.[1];
      const hint = unclosed
        ? `${unclosed === ']' ? '[' : '{'} 没有配对的 ${unclosed}（缺少的符号在这一行或上一行）`
        : (YAML_HINTS[error.code] ?? 'YAML 无法解析');
      problem(line, 'frontmatter', `YAML 语法错误：${hint}（${error.code}: ${detail}）`);
    }
    if (doc.errors.length === 0) {
      try {
        // maxAliasCount (the yaml package's default, written out) stops a "billion laughs"
        // frontmatter, whose aliases would expand without end, before it takes the machine's memory.
        data = doc.toJS({ maxAliasCount: 100 });
      } catch (error) {
        if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
        let first: number | undefined;
        visit(doc, {
          Alias(_key, node) {
            if (node.range && first === undefined) first = node.range[0];
            return first === undefined ? undefined : visit.BREAK;
          },
        });
        problem(
          first === undefined ? 2 : counter.linePos(first).line + 1,
          'frontmatter',
          'YAML 的别名（*名称）展开后过于庞大，像是要耗尽内存的构造，未予读取。条目的字段不需要锚点 & 和别名 *：请把值直接写出来',
        );
        data = UNREAD;
      }
      if (data === UNREAD) data = undefined;
      else if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        problem(2, 'frontmatter', 'frontmatter 须由“字段: 值”组成，目前是空的或不是字段列表');
        data = undefined;
      }
    }
  }

  // Frontmatter line (1-based, in the file) of the start of a YAML node.
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;

  const lineOf = (path: readonly PropertyKey[]): number => {
    if (!doc || doc.errors.length) return 1;
    let node: unknown = doc.contents;
    let line = 1;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === part);
        if (!pair) break;
        const key = pair.key as Node;
        if (key.range) line = lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };

  // Every frontmatter line, mapped to the deepest field that starts at or spans it.
  const byLine = new Map<number, string>();
  if (doc && !doc.errors.length) {
    visit(doc, {
      Pair(_key, pair, ancestry) {
        const value = pair.value as Node | null;
        const key = pair.key as Node | null;
        if (!key?.range) return;
        const path = pathOf([...ancestry, pair]);
        const first = lineAt(key.range[0]);
        const last = value?.range ? lineAt(Math.max(value.range[1] - 1, key.range[0])) : first;
        for (let l = first; l <= last; l++) byLine.set(l, fieldName(path));
      },
      Scalar(key, node, ancestry) {
        if (typeof key !== 'number' || !node.range) return;
        const path = pathOf([...ancestry]).concat(key);
        for (let l = lineAt(node.range[0]); l <= lineAt(Math.max(node.range[1] - 1, node.range[0])); l++) byLine.set(l, fieldName(path));
      },
    });
  }
  const fieldAt = (line: number) => (line >= bodyLine && fmEnd > 0 ? 'body' : (byLine.get(line) ?? (fmEnd > 0 ? 'frontmatter' : 'body')));

  return { entry: { file, text, data, body, bodyLine, lineOf, fieldAt }, problems };
}

/** The path of keys and indices from the document root to the last node of `ancestry`. */
function pathOf(ancestry: readonly unknown[]): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let i = 0; i < ancestry.length; i++) {
    const node = ancestry[i];
    const next = ancestry[i + 1];
    if (isPair(node) && isScalar(node.key)) path.push(node.key.value as string);
    else if (isSeq(node) && next !== undefined) path.push(node.items.indexOf(next as never));
  }
  return path;
}
