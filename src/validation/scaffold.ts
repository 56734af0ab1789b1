/**
 * The text `npm run new-case` writes: a complete entry with every field, the lists ready to fill,
 * and short comments on what goes where. What the contributor has not answered yet is marked
 * 【待填写】, which `npm run validate` reports as a warning (and CI, run with --strict, as a failure).
 */
import type { Taxonomy } from '../loaders/taxonomy';
import { isCaseSlug } from '../core/slug';
import { BODY_CHARS, CASE_TAGS, SECONDARY_THEMES, YEARS, countProblem, isPlausibleYear } from '../core/rules';
import { CASE_SLUG_EXAMPLE, CASE_SLUG_RULE } from '../text/messages';
import { NOT_STATED, PLACEHOLDER, deriveNameBasis, deriveRegionBasis, draftValue } from '../core/draft';

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
export const q = (s: string) => JSON.stringify(s);
/** A placeholder value: validate reports it as one located line, "还是草稿：<hint>". */
export const todo = (hint: string) => q(draftValue(hint));

/** What is known about the unit when a draft is written; anything undefined is left to the contributor. */
export interface UnitFacts {
  name?: string | undefined;
  /** Unit type and sector slugs; empty when not known yet (the draft then asks). */
  type: string;
  sector: string;
  region?: string | undefined;
  reportingEntity?: string | undefined;
}

/**
 * The `unit:` block of a draft. `nameBasis`, `region.basis` and `windowUnit` are derived from what
 * was given (a `{withheld}` part ⇒ partly-withheld; 未说明 ⇒ absent; the sector's `windowUnit` flag);
 * where nothing decides a field it is a placeholder, never a default that asserts.
 */
export function renderUnitBlock(u: UnitFacts, tax: Taxonomy): string {
  const label = (vocab: { bySlug: Map<string, { label: string }> }, slug: string) => vocab.bySlug.get(slug)?.label ?? '';
  const name = u.name?.trim();
  const nameBasis = deriveNameBasis(name);
  const window = tax.sectors.bySlug.get(u.sector)?.windowUnit;
  const region = u.region?.trim();
  const regionBasis = deriveRegionBasis(region);
  const regionLines =
    regionBasis === 'stated'
      ? `    label: ${q(region!)}
    basis: stated # 原文写明；若是推断，改为 inferred 并在 clue 写依据`
      : regionBasis === 'absent'
        ? `    label: ${NOT_STATED}
    basis: absent # 原文没有说地点
    clue: ${todo('原文对地点的说法（如只称“我县”），用自己的话')}`
        : `    label: ${todo('地名，如 上海市黄浦区；原文没有说就写 未说明')}
    basis: ${todo('stated（写明）| inferred（推断）| withheld（隐去）| absent（未提）')}
    clue: ${todo('不是原文写明时，写出原文的说法或推断依据')}`;
  return `unit:
  name: ${name ? q(name) : todo('单位名称，按原文；隐去的部分写 {withheld}')} # 原文隐去的部分写 {withheld}
  nameBasis: ${nameBasis ?? todo('stated（写明）| partly-withheld（部分隐去）| withheld（隐去）')}${nameBasis ? ' # 由名称推出' : ''}
  type: ${u.type ? `${u.type} # ${label(tax.unitTypes, u.type)}` : todo('单位类型 slug，见 content/taxonomy/unit-types.yaml')}
  sector: ${u.sector ? `${u.sector} # ${label(tax.sectors, u.sector)}` : todo('行业 slug，见 content/taxonomy/sectors.yaml')}
  reportingEntity: ${u.reportingEntity ?? todo('报告以谁的名义写：unit | party-org | sub-unit | trade-union | press（新闻报道）')}
  windowUnit: ${window === undefined ? todo('true 或 false：单位有对外服务窗口（办事大厅、营业厅等）时写 true') : `${window} # 由行业推出（content/taxonomy/sectors.yaml）`}
  region:
${regionLines}`;
}

/** The `honour:` block: what level and status the report claims is the contributor's reading. */
export const HONOUR_BLOCK = `honour:
  level: ${todo('已获得或争创的文明单位级别，见 content/taxonomy/honour-levels.yaml；原文没说写 none-stated')}
  status: ${todo('held（已获）| aspiring（争创）| renewing（复查）| unclear（不明）')}
  # sought: provincial # 已有一级、又在争创更高一级时填写
  # note: 说明`;

/**
 * The body of a draft: what even a short case's narrative must say, each a placeholder for the
 * contributor's own words. Its length follows the source (BODY_CHARS in src/core/rules.ts is the floor).
 */
export const DRAFT_BODY = `
${PLACEHOLDER}第一句说明案例依据什么：哪个网页或文件、谁发布的、全文还是只有开头。

${PLACEHOLDER}再用自己的话写各个做法怎样配合、原文没有说什么；不要逐条重复做法列表，推断写进 editorsNote。正文至少 ${BODY_CHARS.min} 字，随原文长短增减：几段的短讯写一两段就够，不用小标题；长的报告可写到约 1500 字，用 ## 小标题（如 背景、做法要点、成效与不足、时间判断）分开。不照抄原文，不写个人信息。
`;

export function renderScaffold(a: ScaffoldAnswers, tax: Taxonomy): string {
  const years = (y: number | undefined, hint: string) => (y === undefined ? todo(hint) : String(y));
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
${renderUnitBlock({ name: a.unitName, type: a.unitType, sector: a.sector, region: a.region }, tax)}
${HONOUR_BLOCK}
period:
  reported: ${years(a.reported, '报告大约写于哪一年（依据报告内容，不是汇编标题里的年份）')}
  # reportedLatest: 只能推断出一个区间时，填最晚的年份
  from: ${years(a.from ?? a.reported, '做法覆盖的起始年')}
  to: ${years(a.to ?? a.reported, '做法覆盖的结束年')}
  basis: ${todo('stated（原文写明）| inferred（推断）')}
  clues: # 年代依据，每条用自己的话，并写明原文段落号
    - text: ${todo('年代依据，用自己的话')}
      from: ${todo('段落号，如 [75]')}
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
    aliases: [] # 搜索时别人可能用的说法
    from: ${todo('原文段落号，如 [79, 81]')}
    evidence: ${todo('原文逐字短引，不超过 40 字，不加引号')}
  # - id: second-practice
  #   name: 第二个做法
  #   summary: ……
  #   tags: [${firstTag}]
figures: # 原文给出的每一个数字，与原文完全一致；没有就写 []
  []
  # - label: 退休教职工人数
  #   value: 47 # 数字，或原文的文字写法（"90以上"、"约280"）
  #   unit: 人
  #   from: [20] # 原文段落号
  # - label: 办事大厅面积
  #   before: 1800 # 原文同时给出前后两个数时
  #   after: 3000
  #   unit: ㎡
  # - label: 被隐去的数字
  #   withheld: true # 原文用 __ 隐去：照实标注，切勿补填
  #   note: 原文以“___”隐去
honours: [] # 单位、部门或个人获得的荣誉
  # - name: 区先进集体
  #   level: county-district
  #   recipient: unit # unit | sub-unit | individual
editorsNote: "" # 编者按：编者的推断（年代、地区的推理、换算的比较），用自己的话；没有就留空
shortcomings: [] # 报告自述的不足：- { text: 用自己的话, from: [段落号] }；没有写就留空
source:
  id: ${todo('content/sources/ 里的文件名（不含 .txt）；先用 npm run import 放入原文')}
  lines: ${todo('报告的首段和末段段落号，如 [59, 71]')}
  report: ${todo('该报告在文档中是第几篇，如 1')}
  heading: ${todo('报告在文档中的标题，如 篇1')}
  withheld: [] # 原文隐去了什么：- { kind: blanked, what: 用自己的话, from: [段落号] }
  errors: [] # 原文的错字或混入的文字：- { quote: 原文, reading: 编者的理解, from: [段落号] }
added: '${a.today}'
updated: '${a.today}'
---
${DRAFT_BODY}`;
}
