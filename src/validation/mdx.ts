/**
 * Compiles an entry's body with satteri — the MDX compiler the build itself uses (through
 * @astrojs/mdx) — so a syntax error is reported here, at its line in the entry, instead of as a
 * build failure. Also collects the links in the body for the link check.
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import { ENTRY_COMPONENTS, ENTRY_HTML_ELEMENTS, isScriptUrl, needsMdx } from '../core/mdx-features';
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
  data?: { _mdxExplicitJsx?: boolean };
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
  // Building the tree costs more than compiling; a body with no links and no MDX syntax needs
  // nothing from it (heading anchors only matter to `#` links; nothing in plain Markdown can run).
  if (!/\]\(|\]:|href|src=|</.test(entry.body) && !needsMdx(entry.body)) return { problems, links, headingIds };
  const tree = mdxToMdast(entry.body) as unknown as MdNode;
  const unsafe = (line: number, message: string) => problems.push({ file: entry.file, line, field: 'body', message, severity: 'error' });
  const walk = (node: MdNode) => {
    const line = toFileLine(node.position?.start.line ?? 1);
    for (const message of unsafeNode(node)) unsafe(line, message);
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

/** The start of a long piece of code, to name it in a message. */
const clip = (code: string) => (code.length > 30 ? `${code.slice(0, 30)}…` : code);

/** Words of advice shared by the refusals below. */
const ONLY_MARKDOWN = '案例正文只能用 Markdown（以及 src/core/mdx-features.ts 列出的少数排版用 HTML 标签）';

/** An expression that holds nothing but comments (an editor’s note, the JSX way of commenting) runs nothing. */
function onlyComments(code: string): boolean {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

/**
 * Why a node of an entry's body may not stay there, if it may not (see ENTRY_COMPONENTS in
 * src/core/mdx-features.ts): the body is compiled into code that runs during the build.
 */
function unsafeNode(node: MdNode): string[] {
  switch (node.type) {
    case 'mdxjsEsm': {
      const word = /^\s*(import|export)\b/.exec(node.value ?? '')?.[1] ?? 'import/export';
      return [`正文不能有 ${word} 语句：它会在构建时作为代码运行。${ONLY_MARKDOWN}；请删去这一行，要说明的内容直接写成文字`];
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (onlyComments(node.value ?? '')) return [];
      return [
        `正文不能有花括号表达式“{${clip((node.value ?? '').trim())}}”：它会在构建时作为代码运行。要写花括号请用全角“｛｝”或 \\{ \\}；备注请写成注释 {/* … */}`,
      ];
    case 'link':
    case 'definition':
    case 'image':
      return node.url !== undefined && isScriptUrl(node.url)
        ? [
            `链接“${node.url.slice(0, 40)}”会在读者的浏览器里运行代码：javascript:、vbscript:、data: 链接一律不收。请链接到网页（https://…）或站内页面（/cases/…）`,
          ]
        : [];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return unsafeElement(node);
    default:
      return [];
  }
}

const NO_TAG: Record<string, string> = {
  script: '<script>：它会在读者的浏览器里运行代码，本站的页面不运行正文里的脚本。请删去它',
  iframe: '<iframe>：它会从别的网站载入内容（本站页面不向第三方发出请求）。要引用视频或网页，请写成链接 [标题](https://…)',
  style: '<style>：它会改变整个页面的样式。正文的排版由网站统一决定，请删去它，强调用 **粗体**',
};

function unsafeElement(node: MdNode): string[] {
  const name = node.name ?? '';
  const found: string[] = [];
  if (name in NO_TAG) found.push(`正文不能有 ${NO_TAG[name]}`);
  else if (!ENTRY_COMPONENTS.includes(name) && !ENTRY_HTML_ELEMENTS.includes(name)) {
    const what = name === '' ? '片段 <>…</>' : /^[A-Z]|\./.test(name) ? `组件 <${name}>` : `标签 <${name}>`;
    found.push(
      `正文不能有${what}：${ONLY_MARKDOWN}。可用的 HTML 标签：${ENTRY_HTML_ELEMENTS.join('、')}；${ENTRY_COMPONENTS.length ? `组件：${ENTRY_COMPONENTS.join('、')}` : '没有可用的组件'}`,
    );
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      found.push(`<${name}> 的属性“{${String(attr.value).slice(0, 30)}}”是代码，会在构建时运行。请删去它，属性写成 名称="值"`);
      continue;
    }
    const attrName = attr.name ?? '';
    if (attrName === 'dangerouslySetInnerHTML') {
      found.push(`<${name}> 的 dangerouslySetInnerHTML 会把任意 HTML 放进页面。请删去它，内容直接用 Markdown 写在正文里`);
    } else if (/^on/i.test(attrName)) {
      found.push(`<${name}> 的事件属性 ${attrName} 会在读者的浏览器里运行代码。请删去它；正文不需要交互`);
    } else if (typeof attr.value === 'object' && attr.value !== null) {
      found.push(`<${name}> 的属性 ${attrName}={…} 是代码，会在构建时运行。请写成 ${attrName}="值"`);
    } else if (typeof attr.value === 'string' && isScriptUrl(attr.value)) {
      found.push(
        `<${name}> 的属性 ${attrName}=“${attr.value.slice(0, 40)}”会在读者的浏览器里运行代码：javascript:、vbscript:、data: 一律不收。请链接到网页（https://…）或站内页面（/cases/…）`,
      );
    }
  }
  return found;
}
