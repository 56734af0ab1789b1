/**
 * The pure helpers behind the citation checks: paragraph addressing, the figure normaliser,
 * quotation matching, the citation line — and `npm run source` as a reviewer runs it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { paragraphRanges, splitParagraphs, uncited } from '../../src/core/paragraphs';
import { chineseNumeralValue, droppedBound, figureOccursIn, normaliseFigureText, numbersIn } from '../../src/core/figures';
import { findQuotations, longestMatchingStart, occursVerbatim } from '../../src/core/quotes';
import { citationsOf } from '../../src/core/citations';
import { citationLine } from '../../src/browsing/citation';
import { toSimplified } from '../../src/text/to-simplified';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('paragraphs', () => {
  it('are the lines of the file, numbered from 1, whatever the line endings', () => {
    const doc = splitParagraphs('\uFEFF第一段\r\n第二段\n\n第四段\n');
    expect(doc.count).toBe(4);
    expect(doc.at(1)).toBe('第一段');
    expect(doc.at(4)).toBe('第四段');
    expect(doc.at(5)).toBeUndefined();
    expect(uncited([1, 4], [1], doc)).toEqual([2, 4]); // a blank line is not a paragraph
  });
  it('are written as ranges for readers', () => {
    expect(paragraphRanges([81, 79, 80, 85])).toBe('79–81、85');
  });
});

describe('the figure normaliser', () => {
  it('reads Chinese numerals, widths, units and traditional script as the same figure', () => {
    expect(normaliseFigureText('九十周年')).toBe('90周年');
    expect(normaliseFigureText('两万')).toBe('20000');
    expect(normaliseFigureText('二〇一二年')).toBe('2012年');
    expect(normaliseFigureText('１８００平方米')).toBe('1800㎡');
    expect(normaliseFigureText('九十餘人', { toSimplified })).toBe('90余人');
    expect(figureOccursIn('两万平方米', '共有兩萬平方米', toSimplified)).toBe(true);
    expect(chineseNumeralValue('一百零五')).toBe(105);
    expect(chineseNumeralValue('百')).toBeUndefined();
  });
  it('finds a figure only where the paragraph states it', () => {
    expect(figureOccursIn(3, '目前我局有三人次考上大学学习')).toBe(true);
    expect(figureOccursIn(3, '进驻部门和单位增加到33个')).toBe(false);
    expect(figureOccursIn(1800, '由原来的1800㎡扩容至3000㎡')).toBe(true);
    expect(figureOccursIn('95%以上', '专业技术人员在95%以上')).toBe(true);
    expect(figureOccursIn('>95%', '专业技术人员在95%以上')).toBe(false);
  });
  it('notices a bound the entry leaves out, and only where the source never states the number bare', () => {
    expect(droppedBound('95%', undefined, '专业技术人员在95%以上')).toBe('95%以上');
    expect(droppedBound(280, '名', '二层次派遣员工约280名')).toBe('约280名');
    expect(droppedBound(20, '人', '每次参加20人以上')).toBe('20人以上');
    expect(droppedBound(10, '人', '参加的不足十人就顺延')).toBe('不足10人');
    expect(droppedBound(3, '个', '用了3个多月')).toBe('3个多');
    // The entry keeps the bound, or the source also states the bare number: nothing dropped.
    expect(droppedBound('95%以上', undefined, '专业技术人员在95%以上')).toBeUndefined();
    expect(droppedBound('约280', '名', '二层次派遣员工约280名')).toBeUndefined();
    expect(droppedBound(45, '个', '窗口由45个增至90个，45个窗口以上都')).toBeUndefined();
    expect(droppedBound(1800, undefined, '由原来的1800㎡扩容至3000㎡')).toBeUndefined();
  });
  it('lists the numbers of prose, fractions and multiples included', () => {
    expect(numbersIn('面积约扩大三分之二，窗口翻了一倍，一线职工', { minRun: 2 })).toEqual(['2/3', '×1']);
  });
});

describe('quotations', () => {
  it('are the outermost “…” pairs', () => {
    expect(findQuotations('口号是“要笑脸，更要“效率””，另见“双学”').map((q) => q.text)).toEqual(['要笑脸，更要“效率”', '双学']);
  });
  it('match the source when only punctuation width differs, and not when a character changed', () => {
    expect(occursVerbatim('重服务，求效益，促和谐', '提出了“重服务,求效益,促和谐”经营管理理念')).toBe(true);
    expect(occursVerbatim('重服务，求效益，保和谐', '提出了“重服务,求效益,促和谐”经营管理理念')).toBe(false);
    expect(longestMatchingStart('重服务，求效益，保和谐', '重服务,求效益,促和谐')).toBe(8);
  });
});

describe('citations of an entry', () => {
  it('lists every from with its field', () => {
    const data = {
      honour: { from: [5] },
      practices: [{ from: [79, 81] }],
      shortcomings: [{ text: 'x', from: [94] }],
      period: { clues: [{ text: 'y', from: [75] }] },
      source: { withheld: [{ from: [6] }], errors: [{ from: [12] }] },
    };
    expect(citationsOf(data).map((c) => [c.path.join('.'), c.from])).toEqual([
      ['honour.from', [5]],
      ['practices.0.from', [79, 81]],
      ['shortcomings.0.from', [94]],
      ['period.clues.0.from', [75]],
      ['source.withheld.0.from', [6]],
      ['source.errors.0.from', [12]],
    ]);
  });
});

describe('the citation line', () => {
  const base = {
    title: '以大厅扩容升级带动窗口服务的区政务中心文明创建',
    unitName: '区政务中心',
    period: { reported: 2012, reportedLatest: 2013 },
    updated: '2026-11-30',
    url: 'https://example.org/cases/x/',
    source: { title: '2021年文明单位创建工作心得体会', lines: [72, 94] as const },
  };
  it('names the document and the report’s paragraphs', () => {
    expect(citationLine(base)).toBe(
      '文明创建典型经验库：《以大厅扩容升级带动窗口服务的区政务中心文明创建》（区政务中心，约 2012—2013 年成文；据《2021年文明单位创建工作心得体会》第 72–94 段）。https://example.org/cases/x/（更新于 2026-11-30）',
    );
  });
  it('names a practice and its own paragraphs when it cites one', () => {
    const line = citationLine({ ...base, url: 'https://example.org/cases/x/#hall', practice: { name: '办事大厅扩容升级', from: [79] } });
    expect(line).toContain('》之〈办事大厅扩容升级〉（');
    expect(line).toContain('第 79 段）。https://example.org/cases/x/#hall');
  });
});

describe('npm run source', { timeout: 60_000 }, () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/source.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  it('prints the paragraphs asked for, with their numbers', () => {
    const r = run('show', '000_553786800db20cef', '79', '81');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^¶79 {2}\(一\)实施扩容升级改造/m);
    expect(r.stdout).toMatch(/^¶81 {2}为进一步提高工作效率/m);
    expect(r.stdout).not.toMatch(/^¶80/m);
  });
  it('says which paragraphs do not exist', () => {
    const r = run('show', '000_553786800db20cef', '200');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('只有 95 段，没有第 200 段');
  });
});
