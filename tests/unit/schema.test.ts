import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { makeCaseSchema } from '../../src/schemas/case';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { formatIssuePath } from '../../src/text/messages';

const tax = loadTaxonomy();
const schema = makeCaseSchema(tax);

/** The frontmatter of a real entry, as a fresh object a test can break. */
function entry(slug = 'district-service-center-expansion'): Record<string, any> {
  const text = readFileSync(`content/cases/${slug}.mdx`, 'utf8');
  return parse(text.split(/^---$/m)[1]!);
}

/** Every problem as "field: message", the way a contributor reads them. */
function problems(data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
}

describe('case schema', () => {
  it('accepts every real entry', () => {
    const slugs = readdirSync('content/cases')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) expect(problems(entry(slug)), slug).toEqual([]);
  });

  it('names an unknown tag, the tags spelled alike, what to do when none fits, and where the list lives', () => {
    const data = entry();
    data.practices[1].tags = ['first-inquiry-responsibilty'];
    expect(problems(data)).toEqual([
      'practices[1].tags[0]: 未知的标签“first-inquiry-responsibilty”。拼写相近：first-inquiry-responsibility（首问责任制）、target-responsibility（目标分解与责任制）、integrity-credit（诚信建设）。单位自己的项目名称（如“安康杯”“三个满意”）不是标签：请写进做法的 aliases，标签选它所属的那类做法；词表确实缺少这个概念时，请提议新标签（见 CONTRIBUTING.md#提议新的标签或主题）。全部取值见 content/taxonomy/tags.yaml',
    ]);
  });

  it('suggests tags by meaning (label and alias matches) first when a contributor writes Chinese', () => {
    const data = entry();
    data.tags = ['安康杯', '志愿服务活动', '游泳'];
    const out = problems(data);
    expect(out[0]).toMatch(/^tags\[0\]: 未知的标签“安康杯”。含义相近：work-safety（安全生产）。单位自己的项目名称/);
    expect(out[1]).toMatch(/^tags\[1\]: 未知的标签“志愿服务活动”。含义相近：volunteer-service（学雷锋志愿服务）。单位自己的项目名称/);
    // Nothing means 游泳 and a Chinese word has no spelling to compare: only the ways out.
    expect(out[2]).toMatch(/^tags\[2\]: 未知的标签“游泳”。单位自己的项目名称.*提议新标签（见 CONTRIBUTING\.md#提议新的标签或主题）/);
  });

  it('records how the unit type, sector and honour level are known: stated unless the entry says inferred', () => {
    const data = entry();
    delete data.honour.levelBasis;
    const parsed = schema.parse(data);
    expect([parsed.unit.typeBasis, parsed.unit.sectorBasis, parsed.honour.levelBasis]).toEqual(['stated', 'stated', 'stated']);
    data.honour.levelBasis = 'guessed';
    data.unit.sectorBasis = 'guessed';
    expect(problems(data)).toEqual([
      'unit.sectorBasis: 取值须为 stated（原文写明）或 inferred（编者推断，须在 editorsNote 中说明依据）',
      'honour.levelBasis: 取值须为 stated（原文写明）或 inferred（编者推断，须在 honour.note 中说明依据）',
    ]);
    expect(schema.parse(entry('yonggang-group-civility-volunteering')).honour.levelBasis).toBe('inferred');
  });

  it('rejects an unknown theme, unit type, sector and honour level with nearest values', () => {
    const data = entry();
    data.themes.primary = 'service';
    data.unit.type = 'goverment';
    data.unit.sector = 'weather';
    data.honour.level = 'city';
    const out = problems(data);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatch(/^unit\.type: 未知的单位类型“goverment”。相近的有效值：.*全部取值见 content\/taxonomy\/unit-types\.yaml$/);
    expect(out[1]).toMatch(/^unit\.sector: 未知的行业“weather”。相近的有效值：.*sectors\.yaml$/);
    expect(out[2]).toMatch(/^honour\.level: 未知的文明单位级别“city”。/);
    expect(out[3]).toMatch(/^themes\.primary: 未知的主题“service”。相近的有效值：service-performance（业务实绩与优质服务）/);
  });

  it('reports a duplicate practice id with the position of the first', () => {
    const data = entry();
    data.practices[3].id = data.practices[0].id;
    expect(problems(data)).toEqual([`practices[3].id: practice id “${data.practices[0].id}”重复，与第 1 项相同；同一案例内必须唯一`]);
  });

  it('rejects impossible and badly written dates', () => {
    const data = entry();
    data.added = '2026-02-30';
    data.updated = new Date('2026-11-26');
    expect(problems(data)).toEqual([
      'added: 日期不存在（请检查月份和日子）',
      "updated: 日期须写成带引号的 'YYYY-MM-DD'，例如 '2026-11-26'",
    ]);
  });

  it('refuses a filled-in value for a figure the source withholds', () => {
    const data = entry('kindergarten-swimming-programme');
    const withheld = data.figures.find((f: { withheld?: boolean }) => f.withheld);
    withheld.value = 12;
    expect(problems(data)).toEqual([
      `figures[${data.figures.indexOf(withheld)}].withheld: 原文隐去的数字（withheld: true）不能再填写 value/before/after，切勿自行补填`,
    ]);
  });

  it('requires before and after together, and a dating clue when the period is inferred', () => {
    const data = entry();
    const pair = data.figures.find((f: { before?: number }) => f.before !== undefined);
    delete pair.after;
    data.period.clues = [];
    expect(problems(data)).toEqual([
      `period.clues: 推断的年代（basis: inferred）须在 clues 中列出依据，每条写明段落号`,
      `figures[${data.figures.indexOf(pair)}].after: before 和 after 须成对出现`,
    ]);
  });

  it('rejects unknown fields, so a misspelt key is not silently dropped', () => {
    const data = entry();
    data.sumary = data.summary;
    expect(problems(data).join('\n')).toMatch(/sumary/);
  });

  it('reports a missing required field by name', () => {
    const data = entry();
    delete data.title;
    expect(problems(data)).toHaveLength(1);
    expect(problems(data)[0]).toMatch(/^title: /);
  });
});
