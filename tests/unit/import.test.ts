/**
 * `npm run import`, run as a contributor runs it, always into a temporary copy of the content
 * folder (never into content/). Measured on the four reports of the repository's source document
 * against their curated entries (the numbers), and tried on an invented report that is not
 * in the repository: GB18030, traditional script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript as run } from '../helpers/run-script';
import { parse } from 'yaml';
import { halfWidth, numbersIn } from '../../src/lib/import/numbers';
import { findFigures } from '../../src/lib/import/figures';
import { findClues, suggestPeriod } from '../../src/lib/import/dating';
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
      expect(
        lines.filter((l) => l.includes('compilation.yaml:')),
        v.out,
      ).toHaveLength(3);
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
    const txt = readFileSync(join(CONTENT, 'sources', 'traditional-gb18030.txt'), 'utf8');
    expect(txt).toBe(new TextDecoder('gb18030').decode(readFileSync(fixture)));
    expect(txt).toContain('首問責任制');
    const rec = parse(readFileSync(join(CONTENT, 'sources', 'traditional-gb18030.yaml'), 'utf8'));
    expect(rec).toMatchObject({ title: '某某市稅務局辦稅服務廳創建文明單位工作總結', script: 'Hant', originalEncoding: 'GB18030' });
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
});
