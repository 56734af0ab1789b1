/**
 * `npm run import -- --contribution <entry>`: the maintainer's command that turns a contribution made
 * with the form at /admin/ into its source record. It reads the entry's `# 投稿 contribution` line,
 * imports the report that line names (in content/contributions/, or the file given after the entry)
 * exactly as `npm run import` imports it, kept or only fingerprinted as the contributor answered,
 * sets the entry's `source.id` and removes the contribution lines. Each refusal is one line naming
 * the file, what is wrong and what is allowed, and nothing is written. Always in temporary content
 * folders, never in content/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runScript as run } from '../helpers/run-script';
import { contentFiles } from '../helpers/content-files';
import { contributionLine } from '../../src/editor/case-file';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TODAY = '2026-12-06';
const dir = mkdtempSync(join(tmpdir(), 'import-contribution-'));
/** The invented report of tests/fixtures/import/, as a contributor's UTF-8 text file. */
const REPORT = new TextDecoder('gb18030').decode(readFileSync(join(ROOT, 'tests/fixtures/import/traditional-gb18030.txt')));
const TITLE = REPORT.split('\n')[0]!;

/** The entry's own lines, as a hand-written or form-made entry holds them. */
const FRONTMATTER = `title: 表单新建的税务大厅案例
source:
  id: 000_553786800db20cef
  lines: [1, 12]
added: '2026-12-01'
`;
const BODY = '\n这个条目依据一份投稿人寄来的创建总结。\n';
/** The entry as the form saves it: the contribution's two comment lines first. */
const contributed = (answers: Record<string, string>) => `---\n${contributionLine(answers)}${FRONTMATTER}---\n${BODY}`;
/** The same entry once its report is the source record `id`. */
const accepted = (id: string) => `---\n${FRONTMATTER.replace('id: 000_553786800db20cef', `id: ${id}`)}---\n${BODY}`;

let folders = 0;
/** A content folder of its own (taxonomy, cases/, sources/, contributions/) holding `entry` as cases/tax-hall-case.mdx. */
function contentWith(entry?: string): { content: string; entry: string } {
  const content = join(dir, `c${(folders += 1)}`, 'content');
  cpSync(join(ROOT, 'content/taxonomy'), join(content, 'taxonomy'), { recursive: true });
  for (const sub of ['cases', 'sources', 'contributions']) mkdirSync(join(content, sub));
  const file = join(content, 'cases', 'tax-hall-case.mdx');
  if (entry !== undefined) writeFileSync(file, entry);
  return { content, entry: file };
}

/** Every file under a content folder but the taxonomy, by its path, with its bytes. */
const files = (content: string) => contentFiles(content, ['cases', 'sources', 'contributions'], 'latin1');

const contribute = (content: string, ...args: string[]) =>
  run('scripts/import.ts', ['--content', content, '--today', TODAY, '--title', TITLE, ...args]);

beforeAll(() => writeFileSync(join(dir, 'tax-hall.txt'), REPORT));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a contribution becomes its source record', { timeout: 120_000 }, () => {
  it('fingerprint only: the report named in content/contributions/ is imported as npm run import imports it, the entry gets its source.id', () => {
    const { content, entry } = contentWith(
      contributed({ report: '/content/contributions/tax-hall.txt', reportUse: 'fingerprint', licence: 'CC BY 4.0' }),
    );
    writeFileSync(join(content, 'contributions', 'tax-hall.txt'), REPORT);
    const r = contribute(content, '--contribution', entry);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // The same source files as the plain import of the same report writes (its draft aside).
    const plain = contentWith();
    expect(run('scripts/import.ts', [join(dir, 'tax-hall.txt'), '--content', plain.content, '--today', TODAY, '--title', TITLE]).code).toBe(
      0,
    );
    const sources = (c: string) => Object.fromEntries(Object.entries(files(c)).filter(([p]) => p.startsWith('sources/')));
    expect(Object.keys(sources(content)).sort()).toEqual(['sources/local/tax-hall.txt', 'sources/tax-hall.yaml']);
    expect(sources(content)).toEqual(sources(plain.content));
    expect(parse(readFileSync(join(content, 'sources/tax-hall.yaml'), 'utf8'))).toMatchObject({ kept: false, title: TITLE });
    // The entry: its source.id set, the two comment lines gone, every other byte as it was; no draft.
    expect(readFileSync(entry, 'utf8')).toBe(accepted('tax-hall'));
    expect(readdirSync(join(content, 'cases'))).toEqual(['tax-hall-case.mdx']);
    expect(r.out).toMatch(
      /✓ 条目：.*tax-hall-case\.mdx：source\.id 为 tax-hall（原为 000_553786800db20cef），删去了投稿说明行（报告原文：按投稿人的回答只保存指纹）/,
    );
    expect(r.out).toMatch(/npm run source -- record tax-hall/);
  });

  it('keep: a report sent apart, given after the entry, is kept in the repository', () => {
    const { content, entry } = contentWith(contributed({ reportUse: 'keep', licence: 'CC BY 4.0' }));
    const r = contribute(content, '--contribution', entry, join(dir, 'tax-hall.txt'), '--id', 'tax-hall-2012');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(Object.keys(files(content)).sort()).toEqual([
      'cases/tax-hall-case.mdx',
      'sources/tax-hall-2012.txt',
      'sources/tax-hall-2012.yaml',
    ]);
    expect(readFileSync(join(content, 'sources/tax-hall-2012.txt'), 'utf8')).toBe(REPORT);
    expect(parse(readFileSync(join(content, 'sources/tax-hall-2012.yaml'), 'utf8'))).toMatchObject({ kept: true });
    expect(readFileSync(entry, 'utf8')).toBe(accepted('tax-hall-2012'));
    expect(r.out).toMatch(/报告原文：按投稿人的回答保存全文/);
    expect(r.out).not.toMatch(/source -- record/);
  });

  it('an entry whose answer is missing is imported as fingerprint only', () => {
    const { content, entry } = contentWith(contributed({ report: '/content/contributions/tax-hall.txt', licence: 'CC BY 4.0' }));
    writeFileSync(join(content, 'contributions', 'tax-hall.txt'), REPORT);
    const r = contribute(content, '--contribution', entry);
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(content, 'sources/tax-hall.yaml'), 'utf8'))).toMatchObject({ kept: false });
    expect(r.out).toMatch(/投稿说明没有回答能否保存，按只保存指纹/);
  });
});

describe('what cannot be turned into a source record is refused in one line, and nothing is written', { timeout: 120_000 }, () => {
  /** Runs the command; expects exit 1, one line on stderr, and every file as it was. */
  function refused(content: string, ...args: string[]): string {
    const before = files(content);
    const r = contribute(content, ...args);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n'), r.err).toHaveLength(1);
    expect(r.err).not.toMatch(/^\s+at |Error|\[ERR_/m);
    expect(files(content)).toEqual(before);
    return r.err.trim();
  }
  const FINGERPRINT = { report: '/content/contributions/tax-hall.txt', reportUse: 'fingerprint', licence: 'CC BY 4.0' };

  it('an entry that is not there', () => {
    const { content, entry } = contentWith();
    expect(refused(content, '--contribution', entry)).toBe(
      `✗ 找不到投稿的条目 ${entry}：--contribution 后面给用表单投稿的条目文件，如 content/cases/<slug>.mdx`,
    );
  });

  it('an entry with no contribution line', () => {
    const { content, entry } = contentWith(accepted('000_553786800db20cef'));
    expect(refused(content, '--contribution', entry, join(dir, 'tax-hall.txt'))).toBe(
      `✗ ${entry}：没有投稿说明行（# 投稿 contribution: {…}）。--contribution 只处理用表单（/admin/）投稿、frontmatter 开头还带着这一行的条目；别的报告用 npm run import -- 报告.docx 导入`,
    );
  });

  it('a contribution line that is not the form’s, or an answer that is not allowed', () => {
    const { content, entry } = contentWith(`---\n# 投稿 contribution: report.docx, keep\n${FRONTMATTER}---\n${BODY}`);
    expect(refused(content, '--contribution', entry)).toBe(
      `✗ ${entry}：投稿说明行读不懂：# 投稿 contribution: 后面应是表单写下的 JSON，如 {"report":"/content/contributions/报告.docx","reportUse":"fingerprint","licence":"CC BY 4.0"}`,
    );
    writeFileSync(entry, contributed({ ...FINGERPRINT, reportUse: 'public' }));
    expect(refused(content, '--contribution', entry)).toBe(
      `✗ ${entry}：投稿说明的 reportUse "public" 不是可用的取值：keep（可以保存全文）、fingerprint（只保存指纹）`,
    );
  });

  it('a report the line names that is not in content/contributions/ (and a path in the line reaches nothing outside it)', () => {
    const { content, entry } = contentWith(contributed(FINGERPRINT));
    const expected = (name: string) =>
      `✗ 找不到报告 ${join(content, 'contributions', name)}（${entry} 的投稿说明写的报告文件）：把投稿人寄来的报告放到这里，或在条目后给出它的路径，如 npm run import -- --contribution ${entry} 报告.docx`;
    expect(refused(content, '--contribution', entry)).toBe(expected('tax-hall.txt'));
    writeFileSync(join(dir, 'outside.txt'), REPORT);
    writeFileSync(entry, contributed({ ...FINGERPRINT, report: '/content/contributions/../../../outside.txt' }));
    expect(refused(content, '--contribution', entry)).toBe(expected('outside.txt'));
  });

  it('no report named, and none given', () => {
    const { content, entry } = contentWith(contributed({ reportUse: 'fingerprint', licence: 'CC BY 4.0' }));
    expect(refused(content, '--contribution', entry)).toBe(
      `✗ ${entry} 的投稿说明没有报告文件（投稿人另寄了报告）：在条目后给出报告的路径，如 npm run import -- --contribution ${entry} 报告.docx`,
    );
  });

  it('a report that cannot be read: a corrupt Word file, an empty file', () => {
    const { content, entry } = contentWith(contributed({ ...FINGERPRINT, report: '/content/contributions/tax-hall.docx' }));
    writeFileSync(join(content, 'contributions', 'tax-hall.docx'), '这不是 Word 文件');
    expect(refused(content, '--contribution', entry)).toBe(
      '✗ tax-hall.docx 已损坏，不是能读取的 Word 文件（.docx 应是一个 zip 包）。请在 Word 里打开它另存一份 .docx，或另存为纯文本 .txt，再导入。没有写入任何文件。',
    );
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    expect(refused(content, '--contribution', entry, empty)).toBe(
      `✗ ${empty} 是空的（没有一行文字），没有写入任何文件。请先把报告的正文存进这个文件，每段一行。`,
    );
  });

  it('flags the contributor’s answer decides, or that shape a draft the command does not write', () => {
    const { content, entry } = contentWith(contributed(FINGERPRINT));
    writeFileSync(join(content, 'contributions', 'tax-hall.txt'), REPORT);
    const allowed = '可以同用的选项：--id --title --from --obtained --outlet --publisher --held --published --content';
    expect(refused(content, '--contribution', entry, '--keep')).toBe(
      `✗ --contribution 不与 --keep 一起用：它不写草稿，是否保存全文按投稿人在表单里的回答。${allowed}`,
    );
    expect(refused(content, '--contribution', entry, '--case', 'tax-hall-draft')).toBe(
      `✗ --contribution 不与 --case 一起用：它不写草稿，是否保存全文按投稿人在表单里的回答。${allowed}`,
    );
  });
});
