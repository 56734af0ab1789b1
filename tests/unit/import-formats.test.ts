/**
 * `npm run import` on a report as contributors hold it: a Word file (.docx) and a saved web page
 * (.html, with the site's navigation, header and footer around the article), both made here from the
 * invented report of tests/fixtures/import/ — and each gives the same source record, source text and
 * draft as the plain text of that report. What cannot be read is refused in one line, writing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { runScript as run } from '../helpers/run-script';
import { contentFiles } from '../helpers/content-files';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TODAY = '2026-11-30';
const dir = mkdtempSync(join(tmpdir(), 'import-formats-'));
/** The invented report, as UTF-8 text: one paragraph a line. */
const REPORT = new TextDecoder('gb18030').decode(readFileSync(join(ROOT, 'tests/fixtures/import/traditional-gb18030.txt')));
const LINES = REPORT.replace(/\n$/, '').split('\n');

/** Each format imported into a content folder of its own, under the same id and draft name. */
const contentOf = (format: string) => join(dir, format, 'content');
const importAs = (format: string, file: string) =>
  run('scripts/import.ts', [
    file,
    '--content',
    contentOf(format),
    '--today',
    TODAY,
    '--id',
    'tax-hall',
    '--case',
    'tax-hall-draft',
    '--title',
    LINES[0]!,
    '--sector',
    'government-services',
  ]);
/** Everything an import wrote: each file under content/ but the taxonomy, by its path. */
const written = (format: string) => contentFiles(contentOf(format), ['cases', 'sources']);

async function makeDocx(file: string, lines: string[]) {
  const doc = new Document({
    sections: [
      {
        children: lines.map((line, i) =>
          i === 0
            ? new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(line)] })
            : // A run split in two, as Word splits text it has edited: one paragraph all the same.
              new Paragraph({ children: [new TextRun(line.slice(0, 5)), new TextRun({ text: line.slice(5), bold: i === 3 })] }),
        ),
      },
    ],
  });
  writeFileSync(file, await Packer.toBuffer(doc));
}

/** A page as a browser saves it: the site's header, navigation, sidebar and footer around the article. */
function page(lines: string[]): string {
  const [title, ...rest] = lines;
  const links = (n: number) =>
    Array.from({ length: n }, (_, i) => `<li><a href="/news/${i}.html">栏目${i} 新闻动态 通知公告</a></li>`).join('');
  return `<!doctype html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>${title} - 某某市文明網</title>
<style>body { font-family: serif }</style><script>var tracker = 1;</script></head>
<body>
<header class="site-header"><div class="logo">某某市文明網</div><nav class="main-nav"><ul>${links(8)}</ul></nav></header>
<div class="breadcrumb">首頁 &gt; 創建動態 &gt; 正文</div>
<div id="container">
  <aside class="sidebar"><h3>熱門文章</h3><ul>${links(6)}</ul></aside>
  <div class="article">
    <h1>${title}</h1>
    <div class="info">發佈時間：2012-03-01 來源：本網 瀏覽次數：1024</div>
    <div class="content" id="zoom">
${rest.map((l) => `      <p>\n        ${l}\n      </p>`).join('\n')}
    </div>
  </div>
</div>
<footer class="footer"><p>版權所有：某某市文明辦 地址：某某路1號 備案號：X ICP備000000號</p><ul>${links(4)}</ul></footer>
</body></html>`;
}

beforeAll(async () => {
  for (const format of ['txt', 'docx', 'html']) {
    cpSync(join(ROOT, 'content/taxonomy'), join(contentOf(format), 'taxonomy'), { recursive: true });
    mkdirSync(join(contentOf(format), 'cases'));
    mkdirSync(join(contentOf(format), 'sources'));
  }
  writeFileSync(join(dir, 'report.txt'), REPORT);
  await makeDocx(join(dir, 'report.docx'), LINES);
  writeFileSync(join(dir, 'report.html'), page(LINES));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a report as a Word file or a saved web page gives what its plain text gives', { timeout: 120_000 }, () => {
  let txt: Record<string, string>;
  beforeAll(() => {
    const r = importAs('txt', join(dir, 'report.txt'));
    expect(r.err).toBe('');
    txt = written('txt');
  }, 120_000);

  it('the plain text wrote a record, the text (on this machine) and a draft', () => {
    expect(Object.keys(txt).sort()).toEqual(['cases/tax-hall-draft.mdx', 'sources/local/tax-hall.txt', 'sources/tax-hall.yaml']);
  });

  it('.docx: the same record, the same paragraphs under the same numbers, the same draft', () => {
    const r = importAs('docx', join(dir, 'report.docx'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(written('docx')).toEqual(txt);
  });

  it('.html: the article only — no navigation, header, sidebar or footer — and the same record and draft', () => {
    const r = importAs('html', join(dir, 'report.html'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const html = written('html');
    expect(html['sources/local/tax-hall.txt']).not.toMatch(/栏目|版權所有|熱門文章|發佈時間|tracker/);
    expect(html).toEqual(txt);
  });
});

describe('what cannot be read is refused in one line, and nothing is written', { timeout: 120_000 }, () => {
  const content = join(dir, 'refused', 'content');
  beforeAll(() => {
    cpSync(join(ROOT, 'content/taxonomy'), join(content, 'taxonomy'), { recursive: true });
    mkdirSync(join(content, 'cases'));
    mkdirSync(join(content, 'sources'));
  });
  const refused = (name: string, bytes: Uint8Array | string) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const r = run('scripts/import.ts', [file, '--content', content, '--today', TODAY, '--case', 'refused-draft']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n'), r.err).toHaveLength(1);
    expect(r.err).toMatch(/^✗ /);
    expect(r.err).not.toMatch(/^\s+at |Error|\[ERR_/m);
    expect(readdirSync(join(content, 'cases'))).toEqual([]);
    expect(readdirSync(join(content, 'sources'))).toEqual([]);
    return r.err.trim();
  };
  /** The first bytes of an OLE compound file: an old .doc, and Word's password-protected .docx alike. */
  const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

  it('a corrupt .docx', () => {
    expect(refused('corrupt.docx', '这不是 Word 文件')).toBe(
      '✗ corrupt.docx 已损坏，不是能读取的 Word 文件（.docx 应是一个 zip 包）。请在 Word 里打开它另存一份 .docx，或另存为纯文本 .txt，再导入。没有写入任何文件。',
    );
  });

  it('a .docx cut short (a zip whose contents are gone)', () => {
    expect(refused('truncated.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(
      /^✗ truncated\.docx 已损坏，读不出 Word 文档的内容（.+）。请在 Word 里打开它另存一份 \.docx，或另存为纯文本 \.txt，再导入。没有写入任何文件。$/,
    );
  });

  it('a password-protected .docx', () => {
    expect(refused('locked.docx', OLE)).toBe(
      '✗ locked.docx 不是能读取的 .docx：它是加了密码的 Word 文件，或是改了扩展名的旧版 .doc。请在 Word 里去掉密码（文件 → 信息 → 保护文档），另存为 .docx 再导入。没有写入任何文件。',
    );
  });

  it('an old Word .doc', () => {
    expect(refused('old.doc', OLE)).toBe(
      '✗ old.doc 是旧版 Word 文件（.doc），无法直接读取。请在 Word 或 WPS 里打开，另存为 .docx（或纯文本 .txt），再导入。没有写入任何文件。',
    );
  });

  it('a web page with no article', () => {
    const nav = page(['某某市文明網']).replace(/<div class="article">[\s\S]*?<\/div>\s*<\/div>/, '</div>');
    expect(refused('index.html', nav)).toBe(
      '✗ index.html 里找不到正文（只有导航、页眉页脚或空白）。请在浏览器里打开原网页，把报告的正文复制下来存为 .txt，再导入。没有写入任何文件。',
    );
    expect(existsSync(join(content, 'sources', 'local'))).toBe(false);
  });
});
