/**
 * Figure candidates, dating clues, tags and quoted names on text shaped like the public reports the editors imported for issue 22
 * (date lines, site footers, hospital names, party terms). The sentences are written for this
 * test, not taken from those reports.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/import/figures';
import { keyWordMatch, tagCandidates } from '../../src/import/tags';
import { quotedNames } from '../../src/import/structure';
import { findBlanks } from '../../src/core/blanks';
import { findClues, findYears, periodText, suggestPeriod } from '../../src/import/dating';
import { loadDatingClues } from '../../src/loaders/dating-clues';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const table = loadDatingClues(join(ROOT, 'content/taxonomy'));

const texts = (s: string) => findFigures(s, 1).map((f) => f.text);

describe('figure candidates that are words, not figures', () => {
  it('drops a lone 一 with a measure word and fixed terms with a numeral in them', () => {
    const found = texts(
      '围绕新一轮创建，坚持政府、部门、乡镇三位一体，统一部署，落实三会一课和八项规定，联合四部门为群众高效办成一件事，推出一批好人好事，打造一座城、走出一条新路径，以四轮驱动、三层联动推进。',
    );
    expect(found).toEqual([]);
  });

  it('does not take a hospital name or a plenum for a figure', () => {
    expect(texts('市第一人民医院与第二人民医院学习贯彻党的二十届三中全会精神。')).toEqual(['二十届']);
  });

  it('keeps real counts, with the bound and without the 计 of 累计', () => {
    const found = texts('全校9个班446名学生，走访1,200余户，组织90多名志愿者，累计2250余次，服务时长超过77000小时以上。');
    expect(found).toEqual(['9个', '446名', '1,200余户', '90多名', '2250余次', '超过77000小时以上']);
  });
});

describe('digits that are not figures', () => {
  it('skips web addresses, e-mail, ICP and telephone numbers, clock times and view counters', () => {
    expect(texts('文章来源:http://www.example.cn/2023/0822/766837.shtml')).toEqual([]);
    expect(texts('网址 hb123.com 邮箱 service123456@example.com')).toEqual([]);
    expect(texts('备案号：豫ICP备15006155号 联系电话：0912-3280038 手机13912345678')).toEqual([]);
    expect(texts('发布时间：2023-08-22 11:21:46来源：某某网 浏览次数：0')).not.toContain('11:21:46来');
    expect(texts('发布时间：11:21:46来源：市网0')).toEqual([]);
    expect(texts('阅读量：1532')).toEqual([]);
  });

  it('skips document numbers, which are dating clues rather than figures', () => {
    expect(texts('根据豫文〔2023〕50号文件，经审议')).toEqual([]);
    expect(texts('市文明委文字[~]04號通知')).toEqual([]);
  });

  it('skips a sub-heading number at the start of a paragraph', () => {
    expect(texts('01牢固队伍建设，全院共有56名干警')).toEqual(['56名']);
  });
});

describe('blanks', () => {
  it('recognises a blank written [~]', () => {
    expect(findBlanks('市文明委文字[~]04號').map((b) => b.code)).toEqual(['bracket-tilde']);
  });
});

describe('dating clues on real date lines', () => {
  it('reads years from dates and document numbers', () => {
    const years = (s: string) => findYears(s, 1).map((h) => [h.text, h.from]);
    expect(years('发布时间：2025-05-26 09:30')).toEqual([['2025-05-26', 2025]]);
    expect(years('（2017/11/23）')).toEqual([['2017/11/23', 2017]]);
    expect(years('时间：2017年11月23日 10:45:52')).toEqual([['2017年', 2017]]);
    expect(years('根据豫文〔2023〕50号文件')).toEqual([['〔2023〕50号', 2023]]);
  });

  it('takes the plenums of the 20th Central Committee as clues', () => {
    expect(findClues('深入学习贯彻党的二十届三中全会精神', 1, table).map((h) => [h.text, h.from])).toEqual([['二十届三中全会', 2024]]);
  });

  it('leaves the period open when the only clue gives a lower bound', () => {
    const p = suggestPeriod(findClues('大力弘扬社会主义核心价值观，争做文明职工。', 1, table))!;
    expect([p.from, p.to]).toEqual([2006, undefined]);
    expect(periodText(p)).toBe('2006 以后');
    // With the date line the report is dated.
    const q = suggestPeriod([...findClues('（2017/11/23）', 1, table), ...findClues('弘扬社会主义核心价值观', 2, table)])!;
    expect(q.from).toBe(2017);
  });

  it('an anniversary told as done is no upper bound', () => {
    const hits = findClues('以庆祝建党100周年为契机，拍摄了微电影并获市级奖项。', 1, table);
    expect(hits.find((h) => h.text === '建党100周年')?.until).toBeUndefined();
    expect(suggestPeriod(hits)?.to).toBeUndefined();
    // Looked forward to, it still bounds the writing.
    const ahead = findClues('以迎接建党100周年为契机，开展系列活动。', 1, table);
    expect(ahead.find((h) => h.text === '建党100周年')?.until).toBe(2021);
  });
});

describe('tag candidates by key words', () => {
  const tags = [{ slug: 'leading-group', label: '创建领导小组', aliases: ['创建办公室'] }];

  it('reads a fuller name as the label: 精神文明创建工作领导小组 is 创建领导小组, and shows the report’s wording', () => {
    expect(tagCandidates([{ line: 5, text: '单位成立了精神文明创建工作领导小组，主要领导任组长。' }], tags)).toEqual([
      { slug: 'leading-group', label: '创建领导小组', lines: [5], words: ['创建工作领导小组'] },
    ]);
  });

  it('does not join key words across a clause or scattered single characters', () => {
    expect(keyWordMatch('创新工作，建立领导机制和小组', '创建领导小组')).toBeUndefined();
    expect(keyWordMatch('创建文明城市是全市人民的共同心愿，领导小组负责统筹', '创建领导小组')).toBeUndefined();
    expect(tagCandidates([{ line: 1, text: '创建活动由局领导牵头，成立小组' }], tags)).toEqual([]);
  });
});

describe('quoted names', () => {
  it('reads each of several quotations in a row, straight quotes, and a name quoted inside a quotation', () => {
    expect(quotedNames('开展“文明家庭”“好婆婆”“好媳妇”评选')).toEqual(['文明家庭', '好婆婆', '好媳妇']);
    expect(quotedNames('落实"精准帮扶、责任到人"工作要求和"三个满意"')).toEqual(['精准帮扶、责任到人', '三个满意']);
    expect(quotedNames('开展“评选桐北创城‘五美’、共树邻里新风”活动')).toEqual(['五美']);
  });

  it('takes a quoted list of short items as the name of a way of working, but not a quoted sentence', () => {
    expect(quotedNames('形成“主要领导负责抓、分管领导具体抓、相关部门协同抓、干部职工参与抓”的领导体制')).toEqual([
      '主要领导负责抓、分管领导具体抓、相关部门协同抓、干部职工参与抓',
    ]);
    expect(quotedNames('群众说：“现在一个综合窗口就能一站式办结所有民生事项，大家都十分满意。”')).toEqual([]);
  });
});
