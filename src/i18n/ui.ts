/**
 * Every string the interface shows, in one dictionary. Components call `t(key)` and never carry
 * UI text of their own, so wording stays consistent and a second language is one more dictionary.
 * `{name}` placeholders are filled from the params object.
 */
export const zhCN = {
  'site.name': '文明创建典型经验库',
  'site.nameEn': 'Practice Archive',
  'site.tagline': '从文明单位创建工作报告中整理出的好做法，按主题、标签和单位查找',
  'site.description': '文明创建典型经验库：把各单位文明单位创建工作报告中的具体做法整理成可浏览、可检索的案例与做法。',

  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.themes': '主题',
  'nav.tags': '标签',
  'nav.practices': '做法',
  'nav.cases': '案例',
  'nav.search': '搜索',
  'nav.about': '关于与数据',
  'a11y.skip': '跳到正文',
  'a11y.breadcrumb': '当前位置',

  'footer.source': '案例依据单位自述的工作报告整理，文字由贡献者重新撰写，数字与原文核对一致。',
  'footer.licence': '内容采用 {licence} 许可，代码采用 {code} 许可。',
  'footer.repo': '源代码与贡献指南',

  'home.title': '文明创建典型经验库',
  'home.lead': '本库把各类单位在文明单位创建中的具体做法整理为案例：每个做法都有名称、简介和标签，可以看到它在哪些单位用过。',
  'home.cases': '全部案例',
  'home.stats': '共 {cases} 个案例、{practices} 个做法',

  'case.facts': '基本信息',
  'case.unit': '单位',
  'case.unitType': '单位类型',
  'case.sector': '行业',
  'case.region': '地区',
  'case.period': '年代',
  'case.honour': '文明单位级别',
  'case.themes': '主题',
  'case.tags': '标签',
  'case.summary': '概要',
  'case.practices': '做法',
  'case.practicesCount': '共 {count} 个做法',
  'case.figures': '数字',
  'case.narrative': '案例叙述',
  'case.honours': '所获荣誉',
  'case.shortcomings': '自述的不足',
  'case.noShortcomings': '报告未明确写出不足。',
  'case.source': '来源',
  'case.sourceDocument': '原始文档',
  'case.sourceReport': '文档中的第 {n} 篇报告（标题为“{heading}”）',
  'case.sourceWithheld': '原文隐去的内容',
  'case.sourceErrors': '原文中的错误',
  'case.cite': '引用本案例',
  'case.added': '收录于 {date}',
  'case.updated': '最后更新 {date}',
  'case.permalink': '本做法的链接',

  'figure.label': '项目',
  'figure.value': '数值',
  'figure.note': '说明',
  'figure.before': '之前',
  'figure.after': '之后',
  'figure.withheld': '原文隐去',

  'basis.stated': '原文写明',
  'basis.inferred': '推断',
  'basis.withheld': '原文隐去',
  'basis.absent': '原文未提',
  'withheld.mark': '［原文隐去］',

  'honour.held': '已获',
  'honour.aspiring': '争创',
  'honour.renewing': '复查',
  'honour.unclear': '不明',
  'honour.sought': '目标：{level}',

  'recipient.unit': '单位',
  'recipient.sub-unit': '部门或班组',
  'recipient.individual': '个人',

  'period.range': '{from}—{to} 年',
  'period.reported': '约 {year} 年成文',
  'period.reportedRange': '约 {from}—{to} 年成文',
  'case.edit': '在代码库中编辑本页',

  // ── browsing (themes, tags, practices, cases, about, 404, shell) ──

  // ── search ──
  'search.placeholder': '搜索做法，如 首问责任制',

  // ── contributing ──

  // ── quality gates ──
} as const;

export type UiKey = keyof typeof zhCN;

/** Looks up a UI string and fills its `{placeholders}`. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  const template: string = zhCN[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
