/**
 * Compiles an entry's body with satteri — the MDX compiler the build itself uses (through
 * @astrojs/mdx) — so a syntax error is reported here, at its line in the entry, instead of as a
 * build failure. Also collects the links in the body for the link check.
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import type { ParsedEntry } from './entry';
import type { Problem } from './problem';

export interface BodyLink {
  url: string;
  line: number;
}

export interface BodyResult {
  problems: Problem[];
  links: BodyLink[];
  /** Anchors the body's headings get, for `#anchor` links within the page. */
  headingIds: string[];
}

/** Plain-language hints for the MDX mistakes contributors make most. */
function hint(message: string): string {
  if (/expected a valid JSX tag|Unexpected character .* after `<`|before name/i.test(message))
    return '正文里的“<”会被当作标签的开头；要写小于号请用全角“＜”或 &lt;';
  if (/closing tag|end of `paragraph`|Expected the closing tag/i.test(message))
    return '标签没有闭合；正文一般不需要 HTML 标签，Markdown 即可';
  if (/expression|brace|`\{`|`\}`/i.test(message)) return '正文里的“{”“}”会被当作代码；要写花括号请用全角“｛｝”或 \\{ \\}';
  if (/import|export/i.test(message)) return '案例正文不需要 import/export 语句';
  return 'MDX 无法解析这一处';
}

interface MdNode {
  type: string;
  url?: string;
  name?: string | null;
  depth?: number;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdNode[];
}

function textOf(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/** GitHub-style heading anchor, as the build's heading-id plugin makes it. */
export function headingId(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

export function checkBody(entry: ParsedEntry): BodyResult {
  const problems: Problem[] = [];
  const links: BodyLink[] = [];
  const headingIds: string[] = [];
  const toFileLine = (line: number) => entry.bodyLine + line - 1;
  try {
    mdxToJs(entry.body);
  } catch (error) {
    const message = (error as Error).message;
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    const line = m ? toFileLine(Number(m[1])) : entry.bodyLine;
    const detail = (m ? m[3]! : message).split('\n')[0]!;
    problems.push({ file: entry.file, line, field: 'body', message: `MDX 语法错误：${hint(detail)}（${detail}）`, severity: 'error' });
    return { problems, links, headingIds };
  }
  // Building the tree costs more than compiling; most bodies have no links, and then nothing in
  // it is needed (heading anchors only matter to `#` links).
  if (!/\]\(|\]:|href|src=/.test(entry.body)) return { problems, links, headingIds };
  const tree = mdxToMdast(entry.body) as unknown as MdNode;
  const walk = (node: MdNode) => {
    const line = toFileLine(node.position?.start.line ?? 1);
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) links.push({ url: node.url, line });
    if (node.type === 'heading') headingIds.push(headingId(textOf(node)));
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
      for (const attr of node.attributes) {
        if (attr.type === 'mdxJsxAttribute' && (attr.name === 'href' || attr.name === 'src') && typeof attr.value === 'string') {
          links.push({ url: attr.value, line });
        }
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return { problems, links, headingIds };
}
