/**
 * Reports as contributors hold them: Word files (.docx, read by mammoth) and saved web pages
 * (.html, the article found by Mozilla's Readability, the reader view of Firefox, over linkedom),
 * turned into the plain text `npm run import` works on — one paragraph a line, as Word's own
 * "save as plain text" writes it — so a report gives the same source and draft whichever form it
 * came in. Bytes in, text out; nothing here reads or writes a file.
 */
import mammoth from 'mammoth';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeReport, type Encoding } from './text';

/** What a report file is, by its name. Anything that is not Word or a web page is read as text. */
export type ReportFormat = 'text' | 'docx' | 'html' | 'doc';

export function reportFormat(fileName: string): ReportFormat {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'docx') return 'docx';
  if (ext === 'doc') return 'doc';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return 'text';
}

/** A report that cannot be read, with the one line that says why and what to do. */
export class ReportError extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: Word 97–2003 (.doc), and also what Word saves a password-protected .docx as. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Elements whose text is one paragraph, when they hold no other such element. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TD',
  'TH',
  'DT',
  'DD',
  'FIGCAPTION',
  'DIV',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'FIGURE',
]);

/** A `<br>` while the text is put together; markup's own line breaks are spaces. */
const BREAK = '\u0000';

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The paragraphs of an HTML fragment, one a line: each block that holds no other block is a
 * paragraph, a `<br>` inside one starts a new line (as in Word's plain-text export), and runs of
 * spaces and line breaks in the markup are one space (the full-width space U+3000 is text and stays).
 * `keepEmpty`: an empty paragraph is an empty line (Word's blank paragraphs, which number lines).
 */
export function htmlParagraphs(root: DomNode, keepEmpty: boolean): string[] {
  const out: string[] = [];
  const flat = (node: DomNode): string => {
    if (node.nodeType === 3) return node.textContent ?? '';
    if (node.nodeName === 'BR') return BREAK;
    return Array.from(node.childNodes).map(flat).join('');
  };
  const emit = (text: string) => {
    for (const raw of text.split(BREAK)) {
      const line = raw.replace(/[ \t\n\r\f\v]+/g, ' ').replace(/^ | $/g, '');
      if (line || keepEmpty) out.push(line);
    }
  };
  const hasBlock = (node: DomNode): boolean => Array.from(node.childNodes).some((c) => BLOCKS.has(c.nodeName) || hasBlock(c));
  const walk = (node: DomNode) => {
    if (node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE' || node.nodeName === 'NOSCRIPT') return;
    if (!hasBlock(node)) {
      emit(flat(node));
      return;
    }
    // Inline text between blocks (a container with both) is a paragraph of its own.
    let inline = '';
    for (const child of Array.from(node.childNodes)) {
      if (BLOCKS.has(child.nodeName) || hasBlock(child)) {
        if (inline.trim()) emit(inline);
        inline = '';
        walk(child);
      } else inline += flat(child);
    }
    if (inline.trim()) emit(inline);
  };
  walk(root);
  return out;
}

/** The text of a Word file (.docx), one paragraph a line. */
export async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  if (startsWith(bytes, OLE))
    throw new ReportError(
      `${name} 不是能读取的 .docx：它是加了密码的 Word 文件，或是改了扩展名的旧版 .doc。请在 Word 里去掉密码（文件 → 信息 → 保护文档），另存为 .docx 再导入。`,
    );
  if (!startsWith(bytes, ZIP))
    throw new ReportError(
      `${name} 已损坏，不是能读取的 Word 文件（.docx 应是一个 zip 包）。请在 Word 里打开它另存一份 .docx，或另存为纯文本 .txt，再导入。`,
    );
  let html: string;
  try {
    // Empty paragraphs kept: in Word's plain-text export they are empty lines, and lines are paragraph numbers.
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false })).value;
  } catch (error) {
    const detail = ((error as Error).message ?? '').split('\n')[0];
    throw new ReportError(
      `${name} 已损坏，读不出 Word 文档的内容（${detail}）。请在 Word 里打开它另存一份 .docx，或另存为纯文本 .txt，再导入。`,
    );
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return htmlParagraphs(document.body as unknown as DomNode, true).join('\n') + '\n';
}

/** The encoding a saved page declares in its `<meta>`, when it is the Chinese national one. */
function declaredGb(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).toLowerCase();
  return /<meta[^>]+charset\s*=\s*["']?\s*(?:gb2312|gbk|gb18030)/.test(head);
}

/**
 * The article of a saved web page, one paragraph a line, without the site's navigation, header or
 * footer: Readability finds the article; its heading, which Readability keeps apart as the title,
 * comes first when the page shows it as a heading.
 */
export function htmlText(bytes: Uint8Array, name: string): { text: string; encoding: Encoding } {
  const decoded = declaredGb(bytes)
    ? { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' as const }
    : decodeReport(bytes);
  const noArticle = `${name} 里找不到正文（只有导航、页眉页脚或空白）。请在浏览器里打开原网页，把报告的正文复制下来存为 .txt，再导入。`;
  const page = parseHTML(decoded.text).document;
  const headings = Array.from(page.querySelectorAll('h1')).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
  // Readability returns the best block it finds even on a page of links: whether the page has an
  // article at all is asked first, with thresholds for Chinese (its 140 characters of English are
  // about 40 here): paragraphs that are not navigation, a header or a footer, with text enough.
  if (!isProbablyReaderable(page as unknown as Document, { minContentLength: 10, minScore: 10 })) throw new ReportError(noArticle);
  let article: ReturnType<Readability['parse']>;
  try {
    // Readability changes the document it reads: it gets its own copy.
    article = new Readability(parseHTML(decoded.text).document as unknown as Document).parse();
  } catch {
    throw new ReportError(noArticle);
  }
  if (!article?.content) throw new ReportError(noArticle);
  const { document } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const lines = htmlParagraphs(document.body as unknown as DomNode, false);
  if (!lines.length) throw new ReportError(noArticle);
  const title = headings.find((h) => h && !lines.includes(h));
  if (title && headings.length === 1) lines.unshift(title);
  return { text: lines.join('\n') + '\n', encoding: decoded.encoding };
}

/** The text of a report of any format the import takes; `.doc` is refused with what to do. */
export async function reportText(bytes: Uint8Array, name: string): Promise<{ text: string; encoding: Encoding }> {
  switch (reportFormat(name)) {
    case 'doc':
      throw new ReportError(
        `${name} 是旧版 Word 文件（.doc），无法直接读取。请在 Word 或 WPS 里打开，另存为 .docx（或纯文本 .txt），再导入。`,
      );
    case 'docx':
      // The document's XML is UTF-8; the record names the encoding of the text it keeps.
      return { text: await docxText(bytes, name), encoding: 'utf-8' };
    case 'html':
      return htmlText(bytes, name);
    default:
      return decodeReport(bytes);
  }
}
