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
  'shell.themeToggle': '深色模式',
  'shell.feed': 'RSS 订阅',
  'shell.data': '数据下载',

  'home.browse': '按主题浏览',
  'home.latest': '最新收录的案例',
  'home.allCases': '查看全部案例',
  'home.entryPoints': '浏览方式',

  'themes.title': '主题',
  'themes.lead': '主题对应文明单位测评的几个大方面。每个案例归入一个主要主题和至多两个次要主题；做法按其标签所属的主题归类。',
  'themes.criteria': '对应的测评标准',
  'themes.sixPoint': '全国文明单位评选标准（六条）',
  'themes.trial2012': '《全国文明单位测评体系（试行）》（2012）',
  'themes.notListed': '未单列',
  'themes.counts': '{cases} 个案例 · {practices} 个做法',
  'theme.tags': '本主题的标签',
  'theme.practices': '本主题的做法',
  'theme.cases': '本主题的案例',
  'theme.empty': '本主题下暂未收录案例。',
  'theme.tagCounts': '{practices} 个做法',
  'theme.allThemes': '全部主题',

  'tags.title': '标签',
  'tags.lead': '标签是具体的做法类型。下面只列出已经用到的标签，按所属主题分组，组内按拼音排序。',
  'tags.counts': '{practices} 个做法 · {cases} 个案例',
  'tag.title': '标签：{label}',
  'tag.definition': '定义',
  'tag.aliases': '又称',
  'tag.noAliases': '无',
  'tag.theme': '所属主题',
  'tag.practices': '带有此标签的做法',
  'tag.cases': '涉及此标签的案例',

  'practices.title': '全部做法',
  'practices.lead': '库中的每个做法，按其第一个标签所属的主题分组。点击做法名称可跳到它在案例中的位置。',
  'practices.from': '出自',
  'practices.count': '共 {count} 个做法',

  'cases.title': '全部案例',
  'cases.lead': '库中的全部案例及其单位类型、行业、地区、年代和文明单位级别。',
  'cases.count': '共 {count} 个案例',

  'filter.legend': '筛选与排序',
  'filter.theme': '主题',
  'filter.unitType': '单位类型',
  'filter.honour': '文明单位级别',
  'filter.all': '全部',
  'filter.sort': '排序',
  'filter.reset': '清除筛选',
  'filter.count': '显示 {shown} / {total} 项',
  'filter.none': '没有符合条件的条目，请放宽筛选条件。',
  'filter.pageNote': '筛选只作用于本页。',
  'sort.newest': '最新成文在前',
  'sort.oldest': '最早成文在前',
  'sort.title': '按标题拼音',
  'sort.practices': '做法多的在前',

  'pager.label': '分页',
  'pager.prev': '上一页',
  'pager.next': '下一页',
  'pager.page': '第 {n} 页',
  'pager.status': '第 {n} / {total} 页',

  'case.related': '相关案例',
  'case.relatedLead': '按共同的标签和主题排序，共同标签越多越靠前。',
  'case.relatedTags': '共同标签',
  'case.relatedThemes': '共同主题',
  'case.noRelated': '暂无与本案例共享标签或主题的案例。',
  'case.prevNext': '上一个和下一个案例',
  'case.prev': '上一个案例',
  'case.next': '下一个案例',

  'about.title': '关于与数据',
  'about.lead': '本库把各单位文明单位创建工作报告中的具体做法整理成案例。每个案例的文字由贡献者重新撰写，数字与原文逐一核对；原文隐去的名称和数字保持隐去，不作补填。',
  'about.counting': '统计口径',
  'about.countingText': '主题下的案例数，是把该主题列为主要或次要主题的案例数；主题下的做法数，是至少带有一个该主题标签的做法数，所以一个做法可能计入多个主题。“全部做法”页面每个做法只出现一次，归入其第一个标签的主题。',
  'about.data': '数据文件',
  'about.dataLead': '全部数据以开放格式提供，链接地址均为绝对地址。',
  'about.file': '文件',
  'about.format': '内容',
  'about.fields': '字段',
  'about.field': '字段',
  'about.meaning': '含义',
  'about.casesJson': '每个案例一条，包含基本信息、主题、标签和全部做法（含 id）。',
  'about.practicesCsv': '每个做法一行（UTF-8 带 BOM，逗号分隔），可直接用电子表格打开。',
  'about.schemaJson': '案例条目的 JSON Schema，由代码中的校验规则自动生成。',
  'about.rss': '最新收录的案例。',
  'about.sitemap': '全部页面的站点地图。',
  'about.licence': '许可',
  'about.licenceText': '案例文字和数据采用 {licence} 许可：转载、改编请注明来源“{site}”并附上案例链接。代码采用 {code} 许可。',
  'about.paging': '页面规模',
  'about.pagingText': '“全部做法”和各标签页面在条目超过 {size} 个时自动分页，保证单个页面不会随着收录增多而过大。',

  'data.slug': '案例标识，也是网址的一部分',
  'data.url': '案例页面的绝对地址',
  'data.title': '案例标题',
  'data.summary': '案例概要',
  'data.unit': '单位：名称（隐去部分写作［原文隐去］）、类型、行业、地区',
  'data.honour': '文明单位级别及状态（已获、争创、复查、不明）',
  'data.period': '成文年份（reported）及所述年份范围（from—to）',
  'data.themes': '主要主题和次要主题（标识与名称）',
  'data.tags': '案例的标签（标识与名称）',
  'data.practices': '做法：id、名称、简介、标签、url（指向案例页中的锚点）',
  'data.figures': '原文给出的数字，照原文记录',
  'data.dates': '收录日期（added）和最后更新日期（updated）',
  'data.csvCase': '所属案例的标识、标题和地址',
  'data.csvPractice': '做法的 id、名称、简介和 url',
  'data.csvFacets': '做法的主题、标签（以 | 分隔），以及单位类型、文明单位级别、成文年份',

  'notFound.title': '找不到这个页面',
  'notFound.lead': '您要找的页面不存在，可能是链接有误，或页面已经移动。可以直接搜索做法，或者从主题开始浏览。',
  'notFound.home': '返回首页',

  'feed.title': '文明创建典型经验库：最新案例',

  'chart.heading': '前后对比',
  'chart.same': '不变',
  'chart.up': '增加 {percent}%',
  'chart.down': '减少 {percent}%',
  'chart.alt': '{label}：之前 {before}，之后 {after}{change}',
  'chart.change': '变化',
  'chart.caption': '按原文给出的前后数字绘制；每项单独按较大值定比例。',

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
