/**
 * The text `npm run new-case` writes: a complete entry with every field, the lists ready to fill,
 * and short comments on what goes where. What the contributor has not answered yet is marked
 * 【待填写】, which `npm run validate` reports as a warning (and CI, run with --strict, as a failure).
 */
import type { Taxonomy } from '../../loaders/taxonomy';
import { isCaseSlug } from '../../core/slug';
import { CASE_TAGS, SECONDARY_THEMES, YEARS, countProblem, isPlausibleYear } from '../../core/rules';
import { CASE_SLUG_EXAMPLE, CASE_SLUG_RULE } from '../messages';
import { PLACEHOLDER } from './rules/placeholders';

export interface ScaffoldAnswers {
  slug: string;
  title: string;
  unitName?: string | undefined;
  unitType: string;
  sector: string;
  region?: string | undefined;
  reported?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  theme: string;
  secondary?: string[] | undefined;
  tags: string[];
  /** 'YYYY-MM-DD' for `added` and `updated`. */
  today: string;
}

/** Problems with the answers, in Chinese; empty when a scaffold can be written. */
export function checkAnswers(a: ScaffoldAnswers, tax: Taxonomy): string[] {
  const out: string[] = [];
  if (!isCaseSlug(a.slug)) out.push(`slug“${a.slug}”${CASE_SLUG_RULE}，如 ${CASE_SLUG_EXAMPLE}`);
  if (!a.title.trim()) out.push('标题（--title）不能为空');
  const term = (vocab: { bySlug: Map<string, unknown>; file: string }, value: string, what: string) => {
    if (!vocab.bySlug.has(value)) out.push(`未知的${what}“${value}”，可用取值见 ${vocab.file}`);
  };
  term(tax.unitTypes, a.unitType, '单位类型（--unit-type）');
  term(tax.sectors, a.sector, '行业（--sector）');
  term(tax.themes, a.theme, '主题（--theme）');
  for (const s of a.secondary ?? []) term(tax.themes, s, '次要主题（--secondary）');
  if (countProblem((a.secondary ?? []).length, SECONDARY_THEMES)) out.push(`次要主题最多 ${SECONDARY_THEMES.max} 个`);
  for (const t of a.tags) term(tax.tags, t, '标签（--tags）');
  if (countProblem(a.tags.length, CASE_TAGS)) out.push(`案例标签须有 ${CASE_TAGS.min}–${CASE_TAGS.max} 个（--tags a,b,c）`);
  for (const [name, y] of [
    ['--reported', a.reported],
    ['--from', a.from],
    ['--to', a.to],
  ] as const) {
    if (y !== undefined && !isPlausibleYear(y)) out.push(`${name} 须为 ${YEARS.min}–${YEARS.max} 之间的年份`);
  }
  return out;
}

/** A YAML double-quoted string (JSON strings are valid YAML and keep Chinese as it is). */
const q = (s: string) => JSON.stringify(s);
const todo = (what: string) => q(`${PLACEHOLDER}${what}`);

export function renderScaffold(a: ScaffoldAnswers, tax: Taxonomy): string {
  const year = Number(a.today.slice(0, 4));
  const yearsKnown = a.reported !== undefined;
  const reported = a.reported ?? year;
  const from = a.from ?? reported;
  const to = a.to ?? reported;
  const region = a.region?.trim();
  const label = (vocab: { bySlug: Map<string, { label: string }> }, slug: string) => vocab.bySlug.get(slug)?.label ?? '';
  const tagLines = a.tags.map((t) => `  - ${t} # ${label(tax.tags, t)}`).join('\n');
  const secondary = (a.secondary ?? []).map((s) => `${s}`).join(', ');
  const firstTag = a.tags[0]!;

  return `---
# 新案例（由 npm run new-case 生成）。字段说明见 docs/case-fields.md，写作要求见 CONTRIBUTING.md。
# 标有“待填写”的地方都要写好；写完运行 npm run validate，它会逐条指出还缺什么。
title: ${q(a.title)} # 以单位最有特色的做法开头，用自己的话
summary: >- # 一段话，80–220 字，用自己的话概括：什么单位、做了什么、为什么值得看
  ${PLACEHOLDER}案例概要
unit:
  name: ${a.unitName?.trim() ? q(a.unitName.trim()) : todo('单位名称')} # 按原文；原文隐去的部分写 {withheld}
  nameBasis: stated # stated（写明）| partly-withheld（部分隐去）| withheld（隐去）
  type: ${a.unitType} # ${label(tax.unitTypes, a.unitType)}
  sector: ${a.sector} # ${label(tax.sectors, a.sector)}
  reportingEntity: unit # 报告以谁的名义写：unit | party-org | sub-unit | trade-union
  windowUnit: false # 有对外服务窗口（办事大厅、营业厅等）时写 true
  region:
${
  region
    ? `    label: ${q(region)}
    basis: stated # stated | inferred（推断，须写 clue）| withheld | absent
    # clue: 不是原文写明时，写出推断依据`
    : `    label: 未说明 # 原文写明或能推断时填地名，如 上海市黄浦区
    basis: absent # stated | inferred（推断）| withheld（隐去）| absent（未提）
    clue: ${todo('原文对地点的说法，或推断依据')}`
}
honour:
  level: none-stated # 已获得或正在争创的文明单位级别，见 content/taxonomy/honour-levels.yaml
  status: unclear # held（已获）| aspiring（争创）| renewing（复查）| unclear（不明）
  # sought: provincial # 已有一级、又在争创更高一级时填写
  # note: 说明
period:${yearsKnown ? '' : ` # ${PLACEHOLDER}年份：下面的年份只是占位`}
  reported: ${reported} # 报告大约写于哪一年（依据报告内容，不是汇编标题里的年份）
  # reportedLatest: ${reported} # 只能推断出一个区间时，填最晚的年份
  from: ${from} # 做法覆盖的起始年
  to: ${to} # 做法覆盖的结束年
  basis: inferred # stated（原文写明）| inferred（推断）
  clues: # 每条依据用自己的话写，并注明出自原文第几段（段落号 = 源文件的行号）
    - text: ${todo('年代依据，用自己的话')}
      from: [1] # ${PLACEHOLDER}段落号
themes:
  primary: ${a.theme} # ${label(tax.themes, a.theme)}
  secondary: [${secondary}] # 最多 2 个，见 content/taxonomy/themes.yaml
tags: # 2–12 个最能代表本案例的标签，见 content/taxonomy/tags.yaml
${tagLines}
practices: # 报告写到的每一个做法，按原文顺序；一个做法 = 单位做的一件具体的事
  - id: first-practice # 小写 ASCII kebab-case，案例内唯一，是页面上的锚点
    name: ${todo('做法名称')}
    summary: ${todo('一到三句话：谁、做了什么、多久一次、效果如何')}
    tags: [${firstTag}] # 1–8 个标签
    aliases: [] # 搜索时别人可能用的说法：原文的叫法或词表的说法，不自造
    from: [1] # ${PLACEHOLDER}这个做法出自原文第几段，如 [79, 81]
    evidence: ${todo('从所引段落逐字摘一小句（不超过 40 字）')}
  # - id: second-practice
  #   name: 第二个做法
  #   summary: ……
  #   tags: [${firstTag}]
figures: # 原文给出的每一个数字，与原文完全一致；没有就写 []
  []
  # - label: 退休教职工人数
  #   value: 47 # 数字，或原文的文字写法（"90以上"、"约280"）
  #   unit: 人
  #   from: [20] # 数字出自原文第几段
  # - label: 办事大厅面积
  #   before: 1800 # 原文同时给出前后两个数时
  #   after: 3000
  #   unit: ㎡
  # - label: 被隐去的数字
  #   withheld: true # 原文用 __ 隐去：照实标注，切勿补填
  #   from: [6] # 留空的那一段
honours: [] # 单位、部门或个人获得的荣誉
  # - name: 区先进集体
  #   level: county-district
  #   recipient: unit # unit | sub-unit | individual | unstated
  #   from: [6]
shortcomings: [] # 报告自己承认的不足，用自己的话，如 - { text: 经费紧张, from: [55] }；没有写就留空
editorsNote: ${todo('编者的推断：年代推理、可能的地点、对不清楚之处的读法、推算出的比较；没有就删去这一行')}
source:
  id: ${todo('content/sources/ 里的来源文件名，不含 .txt')}
  lines: [1, 1] # ${PLACEHOLDER}本报告在源文件中的首段和末段（段落号 = 行号）
  report: 1 # 该报告在文档中是第几篇
  heading: ${todo('报告在文档中的标题，如 篇1')}
  withheld: [] # 原文没给的值：- { kind: blanked, what: 人数, from: [6] }；疑似被删：kind: removed，加 around: 缺口前后的原文
  errors: [] # 原文的错字等：- { quote: 原文原样, reading: 编者读法, from: [12] }
added: '${a.today}'
updated: '${a.today}'
---

## 背景

${PLACEHOLDER}用自己的话讲这个单位和这份报告：600–1500 字，不照抄原文，不写个人信息。

## 做法要点

${PLACEHOLDER}这些做法怎样配合起来；不要逐条重复上面的做法列表。

## 成效与不足

${PLACEHOLDER}报告说的成效和它自己承认的不足；编者的推断（年代、地点、推算）写进上面的 editorsNote。
`;
}
