/**
 * `npm run import`, run as a contributor runs it, always into a temporary copy of the content
 * folder (never into content/). Measured on the four reports of the repository's source document
 * against their curated entries (the numbers), and tried on an invented report that is not
 * in the repository: GB18030, traditional script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript as run } from '../helpers/run-script';
import { parse } from 'yaml';
import { halfWidth, numbersIn } from '../../src/import/numbers';
import { findFigures } from '../../src/import/figures';
import { findClues, findYears, suggestPeriod } from '../../src/import/dating';
import { tagCandidates } from '../../src/import/tags';
import { decodeReport, normaliseText, unreadable } from '../../src/import/text';
import { loadDatingClues } from '../../src/loaders/dating-clues';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONTENT = mkdtempSync(join(tmpdir(), 'import-'));
const TODAY = '2026-11-30';

const importReport = (file: string, ...args: string[]) => run('scripts/import.ts', [file, '--content', CONTENT, '--today', TODAY, ...args]);
const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, any>;
const draftText = (slug: string) => readFileSync(join(CONTENT, 'cases', `${slug}.mdx`), 'utf8');

/** The repository's source documents and their curated entries, found by their `source.lines`. */
const SOURCE_ID = '000_553786800db20cef';
const record = parse(readFileSync(join(ROOT, 'content/sources', `${SOURCE_ID}.yaml`), 'utf8')) as {
  reports: { lines: [number, number] }[];
};
const curated = readdirSync(join(ROOT, 'content/cases'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: frontmatter(join(ROOT, 'content/cases', f)) }))
  .filter((e) => e.data.source.id === SOURCE_ID);

beforeAll(() => {
  cpSync(join(ROOT, 'content/taxonomy'), join(CONTENT, 'taxonomy'), { recursive: true });
  mkdirSync(join(CONTENT, 'cases'));
  mkdirSync(join(CONTENT, 'sources'));
  for (const ext of ['txt', 'yaml'])
    cpSync(join(ROOT, 'content/sources', `${SOURCE_ID}.${ext}`), join(CONTENT, 'sources', `${SOURCE_ID}.${ext}`));
  // The report arrives as a file outside content/, as a contributor's would.
  cpSync(join(ROOT, 'content/sources', `${SOURCE_ID}.txt`), join(CONTENT, 'report.txt'));
});
afterAll(() => rmSync(CONTENT, { recursive: true, force: true }));

/** A curated figure's values are among the candidates: the same wording, or the same numbers. */
function covered(figure: Record<string, unknown>, candidates: string[]): boolean {
  // Frequencies are worded either way: 每月 / 月度, 每季度 / 季度.
  const freq = (s: string) => /^每?(季|月|年|周|日|天)度?$/.exec(s)?.[1];
  const years = (s: string) => numbersIn(s).map((n) => (/^\d{2}年/.test(s) && n < 100 ? (n >= 80 ? 1900 + n : 2000 + n) : n));
  return [figure.value, figure.before, figure.after]
    .filter((v) => v !== undefined)
    .every((v) => {
      const s = halfWidth(String(v)).replace(/\s/g, '');
      if (candidates.some((c) => halfWidth(c).includes(s) || (freq(s) && freq(s) === freq(c)))) return true;
      const ns = numbersIn(s);
      return ns.length > 0 && ns.every((n) => candidates.some((c) => years(c).includes(n)));
    });
}

const paragraphsOf = (from: number[]) => {
  const [a, b] = [from[0]!, from.at(-1)!];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
};

describe('npm run import on the four reports of the source document (measured)', { timeout: 120_000 }, () => {
  it('finds the curated entry of every report the source record lists', () => {
    expect(record.reports.length).toBeGreaterThan(0);
    for (const r of record.reports)
      expect(
        curated.some((e) => e.data.source.lines.join('-') === r.lines.join('-')),
        r.lines.join('-'),
      ).toBe(true);
  });

  for (const [i, report] of record.reports.entries()) {
    const [a, b] = report.lines;
    it(`report ${i + 1} (¶${a}–${b}): figures ≥ 90 %, period contains the year and ≤ 5 years, tags ≥ 70 % and ≤ 2×, practices cover ≥ 70 %`, () => {
      const entry = curated.find((e) => e.data.source.lines.join('-') === `${a}-${b}`)!;
      const slug = `measured-report-${i + 1}`;
      const r = importReport(join(CONTENT, 'report.txt'), '--lines', `${a}-${b}`, '--case', slug);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const draft = frontmatter(join(CONTENT, 'cases', `${slug}.mdx`));

      // Figures: the candidate's wording is the part of its label between 【】.
      const candidates = (draft.figures as { label: string }[]).map((f) => /.*【(.+?)】/.exec(f.label)![1]!);
      const figures = (entry.data.figures as Record<string, unknown>[]).filter((f) => !f.withheld);
      const figureShare = figures.filter((f) => covered(f, candidates)).length / figures.length;

      // Period: the suggestion written on the period line.
      const m = /建议 (\d{4})(?:–(\d{4}))? 年/.exec(draftText(slug))!;
      const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];

      // Tags: the case's tags among the candidates, and how many candidates there are.
      const tagCandidates = draft.tags as string[];
      const entryTags = entry.data.tags as string[];
      const tagShare = entryTags.filter((t) => tagCandidates.includes(t)).length / entryTags.length;

      // Practices: the curated practices' paragraphs that some candidate's paragraphs cover.
      const candidateParas = new Set((draft.practices as { from: number[] }[]).flatMap((p) => paragraphsOf(p.from)));
      const practiceParas = [...new Set((entry.data.practices as { from: number[] }[]).flatMap((p) => p.from))];
      const practiceShare = practiceParas.filter((n) => candidateParas.has(n)).length / practiceParas.length;

      console.log(
        `${entry.slug}: figures ${(100 * figureShare).toFixed(0)} % of ${figures.length}; period ${from}–${to} (reported ${entry.data.period.reported}); ` +
          `tags ${(100 * tagShare).toFixed(0)} % of ${entryTags.length}, ${tagCandidates.length} candidates; practice paragraphs ${(100 * practiceShare).toFixed(0)} % of ${practiceParas.length}`,
      );
      expect(figureShare).toBeGreaterThanOrEqual(0.9);
      expect(from).toBeLessThanOrEqual(entry.data.period.reported);
      expect(to).toBeGreaterThanOrEqual(entry.data.period.reported);
      expect(to - from + 1).toBeLessThanOrEqual(5);
      expect(tagShare).toBeGreaterThanOrEqual(0.7);
      expect(tagCandidates.length).toBeLessThanOrEqual(2 * entryTags.length);
      expect(practiceShare).toBeGreaterThanOrEqual(0.7);
    });
  }

  it('reused the source already in the folder (same text, other file name) instead of copying it again', () => {
    expect(readdirSync(join(CONTENT, 'sources')).sort()).toEqual([`${SOURCE_ID}.txt`, `${SOURCE_ID}.yaml`]);
    expect(frontmatter(join(CONTENT, 'cases', 'measured-report-1.mdx')).source).toMatchObject({ id: SOURCE_ID, report: 1 });
  });
});

describe('a draft and npm run validate', { timeout: 120_000 }, () => {
  it('every placeholder is one located line saying what is left to write, and nothing else fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-draft-'));
    try {
      cpSync(join(ROOT, 'content/taxonomy'), join(dir, 'taxonomy'), { recursive: true });
      mkdirSync(join(dir, 'cases'));
      const r = run('scripts/import.ts', [
        join(ROOT, 'content/sources', `${SOURCE_ID}.txt`),
        '--id',
        'compilation',
        '--lines',
        '72-94',
        '--case',
        'service-hall-draft',
        '--content',
        dir,
        '--today',
        TODAY,
      ]);
      expect(r.code).toBe(0);
      expect(r.out).toContain('npm run validate');
      const text = readFileSync(join(dir, 'cases', 'service-hall-draft.mdx'), 'utf8');
      const placeholders = text.split('\n').filter((l) => l.includes('【待填写】')).length;
      const v = run('scripts/validate.ts', [dir, '--today', TODAY]);
      expect(v.code).toBe(1);
      const lines = v.out.split('\n').filter((l) => /^\S+:\d+ {2}/.test(l));
      expect(lines.filter((l) => l.includes('service-hall-draft.mdx:'))).toHaveLength(placeholders);
      // The source record the import wrote without a terminal: its placeholders are drafts too.
      const record = readFileSync(join(dir, 'sources', 'compilation.yaml'), 'utf8');
      expect(record).toContain('publisher: "【待填写】');
      expect(
        lines.filter((l) => l.includes('compilation.yaml:')),
        v.out,
      ).toHaveLength(record.split('\n').filter((l) => l.includes('【待填写】')).length);
      for (const line of lines) expect(line).toMatch(/^\S+(service-hall-draft\.mdx|compilation\.yaml):\d+ {2}\S+ {2}还是草稿：/);
      expect(lines.some((l) => /practices\[\d+\]\.summary {2}还是草稿：请用自己的话概括原文第 \d+(–\d+)? 段$/.test(l))).toBe(true);
      expect(v.out).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a report that is not in the repository: GB18030, traditional script', { timeout: 120_000 }, () => {
  const fixture = join(ROOT, 'tests/fixtures/import/traditional-gb18030.txt');
  let out = '';
  let draft: Record<string, any>;
  beforeAll(() => {
    const r = importReport(
      fixture,
      '--case',
      'tax-hall-draft',
      '--title',
      '某某市稅務局辦稅服務廳創建文明單位工作總結',
      '--sector',
      'government-services',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    out = r.out;
    draft = frontmatter(join(CONTENT, 'cases', 'tax-hall-draft.mdx'));
  }, 120_000);

  it('stores the document as UTF-8 with a record of what it was', () => {
    // A report from outside: its text stays on this machine (git-ignored), the repository keeps the record.
    expect(existsSync(join(CONTENT, 'sources', 'traditional-gb18030.txt'))).toBe(false);
    const txt = readFileSync(join(CONTENT, 'sources', 'local', 'traditional-gb18030.txt'), 'utf8');
    expect(txt).toBe(new TextDecoder('gb18030').decode(readFileSync(fixture)));
    expect(txt).toContain('首問責任制');
    const rec = parse(readFileSync(join(CONTENT, 'sources', 'traditional-gb18030.yaml'), 'utf8'));
    expect(rec).toMatchObject({
      title: '某某市稅務局辦稅服務廳創建文明單位工作總結',
      script: 'Hant',
      originalEncoding: 'GB18030',
      kept: false,
    });
    expect(rec.publisher).toMatch(/^【待填写】/);
    expect(rec.held).toMatch(/^【待填写】/);
    expect(rec.obtainedFrom).toMatch(/^【待填写】/);
    expect(out).toContain('由 GB18030 转为 UTF-8，繁体');
  });

  it('matches taxonomy wordings through the script conversion, and cites their paragraphs', () => {
    expect(draft.tags).toEqual(
      expect.arrayContaining(['first-inquiry-responsibility', 'time-limited-completion', 'leading-group', 'satisfaction-measurement']),
    );
    const practice = draft.practices.find(
      (p: { tags: unknown }) => Array.isArray(p.tags) && p.tags.includes('first-inquiry-responsibility'),
    );
    expect(practice.from).toEqual([7]);
  });

  it('lists figures as worded, blanks as withheld candidates, and dating clues with a period', () => {
    const labels = draft.figures.map((f: { label: string }) => /.*【(.+?)】/.exec(f.label)![1]);
    expect(labels).toEqual(expect.arrayContaining(['七個', '每季度', '800平方米', '1500平方米', '95%以上', '二〇一一年']));
    expect(draft.source.withheld.map((w: { around: string }) => w.around)).toEqual([
      expect.stringContaining('某某市'),
      expect.stringContaining('XX名'),
    ]);
    expect(draft.period.clues.map((c: { from: number[] }) => c.from[0])).toEqual(expect.arrayContaining([3, 8]));
    expect(draftText('tax-hall-draft')).toContain('建议 2011–2012 年');
    // Derived from the sector's flag; nothing else about the unit is asserted.
    expect(draft.unit.windowUnit).toBe(true);
    expect(draft.unit.nameBasis).toMatch(/^【待填写】/);
  });

  it('refuses an id already taken by a different text, and never overwrites a draft', () => {
    const other = join(CONTENT, 'other.txt');
    writeFileSync(other, '另一份报告。\n');
    const r = importReport(other, '--id', 'traditional-gb18030', '--case', 'another-draft');
    expect(r.code).toBe(1);
    expect(r.err).toContain('来源 id“traditional-gb18030”已被另一份文本占用');
    expect(existsSync(join(CONTENT, 'cases', 'another-draft.mdx'))).toBe(false);
    const again = importReport(fixture, '--case', 'tax-hall-draft');
    expect(again.code).toBe(1);
    expect(again.err).toContain('tax-hall-draft.mdx 已存在，不会覆盖');
  });
});

describe('what the import refuses, and documents it takes as they come', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-input-'));
  const content = join(dir, 'content');
  /** The source files written, the texts held on this machine as local/<id>.txt. */
  const sources = () => {
    const local = join(content, 'sources', 'local');
    const held = existsSync(local) ? readdirSync(local).map((n) => `local/${n}`) : [];
    return [...readdirSync(join(content, 'sources')).filter((n) => n !== 'local'), ...held].sort();
  };
  const importInto = (file: string, ...args: string[]) => run('scripts/import.ts', [file, '--content', content, '--today', TODAY, ...args]);
  const draftOf = (slug: string) => frontmatter(join(content, 'cases', `${slug}.mdx`));
  /** A refusal is one ✗ line saying what to do: no stack trace, exit code 1. */
  const refused = (r: ReturnType<typeof run>) => {
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n'), r.err).toHaveLength(1);
    expect(r.err).toMatch(/^✗ /);
    expect(r.err).not.toMatch(/^\s+at |Error|\[ERR_/m);
    return r.err;
  };
  const REPORT = '某区图书馆创建文明单位工作总结\n一、加强学习\n全年开展读书活动12场次，发放资料1万余份。\n';
  const utf16 = (text: string, bigEndian: boolean) => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1]!)) : le;
  };

  beforeAll(() => {
    cpSync(join(ROOT, 'content/taxonomy'), join(content, 'taxonomy'), { recursive: true });
    mkdirSync(join(content, 'cases'));
    mkdirSync(join(content, 'sources'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a directory, an unknown flag or a flag without its value: one line, not a stack trace', () => {
    expect(refused(importInto(dir))).toContain('不是文件');
    const bogus = refused(importInto(join(dir, 'x.txt'), '--bogus'));
    expect(bogus).toContain('未知的选项 --bogus');
    expect(bogus).toContain('--lines');
    expect(bogus).toContain('npm run import -- --help');
    expect(refused(run('scripts/import.ts', ['--id']))).toContain('选项 --id 后面要跟一个值');
    expect(sources()).toEqual([]);
  });

  it('refuses an empty or whitespace-only file, and writes nothing', () => {
    for (const [name, text] of [
      ['empty', ''],
      ['blank', ' \r\n\n\t\u3000\n'],
    ] as const) {
      writeFileSync(join(dir, `${name}.txt`), text);
      expect(refused(importInto(join(dir, `${name}.txt`), '--case', `${name}-draft`))).toContain(
        '是空的（没有一行文字），没有写入任何文件',
      );
      expect(existsSync(join(content, 'cases', `${name}-draft.mdx`))).toBe(false);
    }
    expect(sources()).toEqual([]);
  });

  it('refuses a binary file (NUL bytes) or text with U+FFFD, and writes nothing', () => {
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expect(refused(importInto(join(dir, 'image.txt'), '--case', 'image-draft'))).toContain('含有 NUL 字节');
    writeFileSync(join(dir, 'damaged.txt'), '第一段。\n第二段里有�乱码。\n');
    expect(refused(importInto(join(dir, 'damaged.txt'), '--case', 'damaged-draft'))).toContain('报告第 2 行含有无法识别的字符（U+FFFD）');
    expect(readdirSync(join(content, 'cases'))).toEqual([]);
    expect(sources()).toEqual([]);
  });

  it('decodes UTF-16 with its byte-order mark (Notepad’s “Unicode”), little- and big-endian', () => {
    for (const [id, bigEndian] of [
      ['notepad-le', false],
      ['notepad-be', true],
    ] as const) {
      const text = REPORT.replace('某区', bigEndian ? '某县' : '某市');
      writeFileSync(join(dir, `${id}.txt`), utf16(text, bigEndian));
      const r = importInto(join(dir, `${id}.txt`), '--case', `${id}-draft`);
      expect(r.err).toBe('');
      expect(r.out).toContain(`由 ${bigEndian ? 'UTF-16BE' : 'UTF-16LE'} 转为 UTF-8`);
      expect(readFileSync(join(content, 'sources', 'local', `${id}.txt`), 'utf8')).toBe(text);
      expect(parse(readFileSync(join(content, 'sources', `${id}.yaml`), 'utf8')).originalEncoding).toBe(
        bigEndian ? 'UTF-16BE' : 'UTF-16LE',
      );
      expect(draftOf(`${id}-draft`).source.lines).toEqual([1, 3]);
    }
  });

  it('names a source whose file name is no id (报告.txt) from its text, and says how to name it', () => {
    writeFileSync(join(dir, '报告.txt'), REPORT);
    const r = importInto(join(dir, '报告.txt'), '--case', 'chinese-name-draft');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const id = `src_${createHash('sha256').update(normaliseText(REPORT)).digest('hex').slice(0, 16)}`;
    expect(r.out).toContain(`✓ 来源 id：${id}（文件名“报告”不能作 id`);
    expect(r.out).toContain('--id');
    expect(readFileSync(join(content, 'sources', 'local', `${id}.txt`), 'utf8')).toBe(REPORT);
    expect(draftOf('chinese-name-draft').source.id).toBe(id);
  });

  it('reuses a stored document that differs only in line endings or a byte-order mark; other lines are another document', () => {
    const before = sources();
    const id = before.find((n) => n.startsWith('local/src_') && n.endsWith('.txt'))!.slice('local/'.length, -4);
    for (const [name, text, slug] of [
      ['crlf', REPORT.replace(/\n/g, '\r\n'), 'same-crlf-draft'],
      ['bom', `\uFEFF${REPORT.trimEnd()}`, 'same-bom-draft'],
      ['报告-另存', `\uFEFF${REPORT.replace(/\n/g, '\r')}`, 'same-cr-draft'],
    ]) {
      writeFileSync(join(dir, `${name}.txt`), text!);
      const r = importInto(join(dir, `${name}.txt`), '--case', slug!, '--lines', '3-3');
      expect(r.err).toBe('');
      expect(r.out).toContain('这份文本已在，沿用，没有再复制');
    }
    expect(sources()).toEqual(before);
    const draft = draftOf('same-crlf-draft');
    expect(draft.source).toMatchObject({ id, lines: [3, 3] });
    expect(draft.figures.map((f: { label: string }) => /.*【(.+?)】/.exec(f.label)![1])).toEqual(['12场次', '1万余份']);
    // A blank line more moves every paragraph after it: not the same document.
    writeFileSync(join(dir, 'spaced.txt'), REPORT.replace('\n', '\n\n'));
    expect(importInto(join(dir, 'spaced.txt'), '--case', 'spaced-draft').code).toBe(0);
    expect(sources()).toEqual([...before, 'local/spaced.txt', 'spaced.yaml'].sort());
  });
});

describe('the pure parts', () => {
  it('figure candidates carry their unit or measure word, exactly as worded', () => {
    const texts = findFigures('把任务分解到七个服务区，每季度一次，面积1800平方米，满意率95%以上，二〇一二年起实行，从98年起坚持。', 1).map(
      (f) => f.text,
    );
    expect(texts).toEqual(['七个', '每季度', '一次', '1800平方米', '95%以上', '二〇一二年', '98年']);
    // Structure and words are not figures: 一是, （一）, 进一步, 统一.
    expect(findFigures('一是进一步统一思想；（二）加强学习', 1)).toEqual([]);
  });

  it('suggests a period from the latest firm clue, and sets aside a year the compilation added', () => {
    const table = loadDatingClues(join(ROOT, 'content/taxonomy'));
    const hits = [
      ...findClues('2021年文明单位创建工作心得体会', 1, table),
      ...findClues('以建党九十周年为契机，落实“五·五”普法和十二五规划', 2, table),
    ];
    const p = suggestPeriod(hits)!;
    expect([p.from, p.to]).toEqual([2010, 2010]);
    expect(hits.find((h) => h.text === '2021年')!.setAside).toContain('可能是汇编或转载时加上的年份');
    expect(hits.map((h) => h.text)).toContain('五五普法');
  });

  it('a magnitude alone is a word; a magnitude after digits, a bound and a measure word stay with the number', () => {
    const figures = (text: string) => findFigures(text, 1).map((f) => [f.text, f.value, f.unit]);
    expect(figures('服务走进千家万户，送书进万家')).toEqual([]);
    expect(figures('发放资料1万余份，接待读者28.6万人次，新增藏书3.2万册，受益群众近万人')).toEqual([
      ['1万余份', '1万余', '份'],
      ['28.6万人次', '28.6万', '人次'],
      ['3.2万册', '3.2万', '册'],
      ['近万人', '近万', '人'],
    ]);
    expect(figures('收到锦旗5面，举办讲座12场次，投资300万元，十分重要')).toEqual([
      ['5面', '5', '面'],
      ['12场次', '12', '场次'],
      ['300万元', '300', '万元'],
    ]);
    // A blank before a unit is a withheld value (listed with the blanks), not a figure worth “万元”.
    expect(figures('投入__万元、XX万元')).toEqual([]);
  });

  it('a year the report looks forward to bounds its writing from above, not below', () => {
    const hits = [
      ...findYears('2011年，服务大厅完成扩建。', 1),
      ...findYears('下一步，我们将在2013年建成新馆；计划到2015年实现全覆盖。', 2),
    ];
    expect(hits.map((h) => [h.text, h.from, h.until])).toEqual([
      ['2011年', 2011, undefined],
      ['2013年', undefined, 2013],
      ['2015年', undefined, 2015],
    ]);
    expect(suggestPeriod(hits)).toMatchObject({ from: 2011, to: 2013 });
    // Looking back: 自08年重建…，力争… is a year of the past; so is 计划生育 and 将 as 把.
    expect(
      findYears('自08年重建之时就提出要求，力争实现称号。2010年将大厅扩建一倍，2010年计划生育工作达标。', 1).map((h) => h.from),
    ).toEqual([2008, 2010, 2010]);
    // A year in Chinese digits reads through the one numeral reader (src/core/numerals.ts).
    expect(findYears('二〇一二年起实行，〇八年以前未设。', 1).map((h) => h.from)).toEqual([2012]);
  });

  it('a tag wording matches across quotation marks: “一站式”服务 is 一站式服务', () => {
    const tags = [{ slug: 'one-stop-service', label: '集中审批与一站式服务', aliases: ['一站式服务'] }];
    expect(tagCandidates([{ line: 3, text: '推行“一站式”服务，群众少跑腿' }], tags)).toMatchObject([
      { slug: 'one-stop-service', lines: [3] },
    ]);
  });

  it('decodes UTF-16 only with a byte-order mark, and says when bytes are no text', () => {
    expect(decodeReport(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]))).toEqual({ text: '中文', encoding: 'utf-16le' });
    expect(decodeReport(new Uint8Array([0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87]))).toEqual({ text: '中文', encoding: 'utf-16be' });
    // Without its mark, UTF-16 is full of NUL bytes: refused, with what to do.
    const bare = decodeReport(new Uint8Array([0x41, 0x00, 0x0a, 0x00, 0x42, 0x00])).text;
    expect(unreadable(bare)).toMatch(/^报告第 1 行含有 NUL 字节.*另存为 UTF-8 纯文本/);
    expect(unreadable('第一段\r\n第二段')).toBeUndefined();
    expect(normaliseText('\uFEFFa\r\nb\rc\n')).toBe(normaliseText('a\nb\nc'));
    expect(normaliseText('a\n\nb')).not.toBe(normaliseText('a\nb'));
  });
});
