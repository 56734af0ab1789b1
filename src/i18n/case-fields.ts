/**
 * What the content editor's form (/admin/) shows for each field of a case: a Chinese label and a
 * Chinese help line, keyed by the field's path in the case schema (`unit.region.label`,
 * `practices[].from`). The people who fill the form write Chinese; the schema's JSDoc (English, for
 * docs/case-fields.md) stays the developers' reference. Kept here, beside the other interface text,
 * so the form's wording is in one place; tests/unit/editor-config.test.ts fails when a schema field
 * has no entry here, or an entry names a field the schema no longer has.
 *
 * `options` names each allowed value of a field with a fixed set of values, in the words a
 * contributor recognises (the value itself is what the file stores).
 */
import { t } from './ui';

export interface CaseFieldText {
  label: string;
  hint: string;
  options?: Record<string, string>;
}

const basis = { stated: t('basis.stated'), inferred: t('basis.inferred') };

export const CASE_FIELD_TEXT: Record<string, CaseFieldText> = {
  title: { label: '标题', hint: '以这个单位最有代表性的做法开头的标题。' },
  summary: { label: '摘要', hint: '一段话：这个单位做了什么、为什么值得一读。用自己的话写，不照抄报告。' },

  unit: { label: '单位', hint: '报告所写的单位。' },
  'unit.name': {
    label: '单位名称',
    hint: '照报告写单位名称。报告隐去的部分（如 __）写作 {withheld}，页面上显示为“原文隐去”；不要猜。',
  },
  'unit.nameBasis': {
    label: '名称是否完整',
    hint: '报告给出全名、只给出一部分，还是完全没给。',
    options: { stated: '报告写明全名', 'partly-withheld': '部分隐去', withheld: '完全隐去' },
  },
  'unit.type': { label: '单位类型', hint: '从单位类型表（content/taxonomy/unit-types.yaml）中选。' },
  'unit.typeBasis': {
    label: '类型依据',
    hint: '“原文写明”：报告说了单位类型；“推断”：编者从单位的工作推断，并在编者按里说明理由。',
    options: basis,
  },
  'unit.sector': { label: '行业', hint: '从行业表（content/taxonomy/sectors.yaml）中选。' },
  'unit.sectorBasis': {
    label: '行业依据',
    hint: '“原文写明”，或“推断”（报告隐去或没说行业时；在编者按里说明理由）。',
    options: basis,
  },
  'unit.reportingEntity': {
    label: '执笔者',
    hint: '这篇文字是谁写的：单位自己、单位的党组织、下属部门、工会，或新闻报道（记者或网站编辑写这个单位）。',
    options: { unit: '单位自己', 'party-org': '单位党组织', 'sub-unit': '下属部门或班组', 'trade-union': '工会', press: '新闻报道' },
  },
  'unit.windowUnit': { label: '窗口单位', hint: '直接对外办事服务的单位（政务中心、银行、公用事业、医院等）选“是”。' },
  'unit.region': { label: '地区', hint: '单位在哪里，以及怎么知道的。' },
  'unit.region.label': { label: '地区名称', hint: '如 上海市黄浦区；报告没写时填 未说明。' },
  'unit.region.basis': {
    label: '地区依据',
    hint: '地区是报告写明的、编者推断的、报告隐去的，还是报告没提。',
    options: { ...basis, withheld: t('basis.withheld'), absent: t('basis.absent') },
  },
  'unit.region.clue': { label: '地区线索', hint: '推断地区的根据，或报告在这里写了什么；用自己的话写。' },

  honour: { label: '文明单位称号', hint: '已获得或正在争创的文明单位称号级别。' },
  'honour.level': { label: '级别', hint: '已获得（或争创）的级别，从称号级别表（honour-levels.yaml）中选。' },
  'honour.levelBasis': {
    label: '级别依据',
    hint: '“原文写明”：报告写明了级别（如 全国文明单位、省级文明单位、区级），或报告没有提级别（未说明级别）；“推断”：级别是编者读出来的（如 据授予称号的城市是县级市），在“说明”里写明理由。',
    options: basis,
  },
  'honour.status': {
    label: '状态',
    hint: '单位已获得这一级别、正在争创、正在复查，还是报告说得不清楚。',
    options: { held: t('honour.held'), aspiring: t('honour.aspiring'), renewing: t('honour.renewing'), unclear: t('honour.unclear') },
  },
  'honour.sought': { label: '争创目标', hint: '已获得一个级别、又在争创更高一级时，填想争创的级别。' },
  'honour.note': { label: '说明', hint: '读者需要知道的、关于这段报告怎么理解的话；用自己的话写。' },
  'honour.from': { label: '依据段落', hint: '写明单位称号情况的段落号。' },

  period: { label: '时间', hint: '报告何时写成，记述的是哪些年。' },
  'period.reported': {
    label: '成文年份',
    hint: '报告写成的年份：最可能的一年；只能推出一个范围时，填最早可能的一年，最晚的一年填下一项。',
  },
  'period.reportedLatest': { label: '最晚成文年份', hint: '只能推断出范围时，最晚可能写成的年份。' },
  'period.from': { label: '记述起始年', hint: '所记做法最早的年份。' },
  'period.to': { label: '记述结束年', hint: '所记做法最晚的年份。' },
  'period.basis': { label: '时间依据', hint: '年份是报告写明的，还是从报告里的提法推断的。', options: basis },
  'period.clues': { label: '断代线索', hint: '判断年份的证据，每条带段落号（推断时至少一条）。' },
  'period.clues[].text': { label: '线索', hint: '用自己的话写线索（如：结尾说要向党的十六大献礼）。推理过程写在编者按里。' },
  'period.clues[].from': { label: '依据段落', hint: '含这条线索的段落号。' },

  themes: { label: '主题', hint: '一个主要主题，最多再加两个，从主题表（content/taxonomy/themes.yaml）中选。' },
  'themes.primary': { label: '主要主题', hint: '案例最主要讲的主题。' },
  'themes.secondary': { label: '其他主题', hint: '最多再选两个。' },
  tags: { label: '案例标签', hint: '概括整个案例的 2–12 个标签。' },

  practices: { label: '做法', hint: '报告写到的每一项做法，按报告的顺序。' },
  'practices[].id': {
    label: '做法编号',
    hint: '英文小写和连字符组成的编号，在本案例内不重复；也是做法的网址锚点（/cases/<案例>/#<编号>）。',
  },
  'practices[].name': { label: '做法名称', hint: '简短的中文名称。' },
  'practices[].summary': { label: '做法简介', hint: '一到三句，用自己的话写：谁做了什么、多久一次、效果如何。' },
  'practices[].tags': { label: '做法标签', hint: '1–8 个标签，从标签表（content/taxonomy/tags.yaml）中选。' },
  'practices[].aliases': {
    label: '别名',
    hint: '读者可能搜索的其他说法（搜索能找到）：报告自己的叫法和分类表的说法，不写报告没用过的词。',
  },
  'practices[].from': { label: '依据段落', hint: '做法出自哪些段落，如 79、81。' },
  'practices[].evidence': {
    label: '报告原话',
    hint: '从所引段落中逐字摘一句报告原话（不超过 40 字，不加引号），显示在做法下面。',
  },

  figures: { label: '数字', hint: '报告中出现的每个数字，照原样记录。' },
  'figures[].label': { label: '项目', hint: '数的是什么、量的是什么，如 办事大厅面积。' },
  'figures[].value': {
    label: '数值',
    hint: '照报告原样写：数字，或报告带限定词时照写文字（95%以上、20人以上、约280；不要写成 >95%）。',
  },
  'figures[].before': { label: '之前', hint: '前后对比中的原值。' },
  'figures[].after': { label: '之后', hint: '前后对比中的新值。' },
  'figures[].unit': { label: '计量单位', hint: '如 ㎡、个、人。' },
  'figures[].withheld': { label: '原文隐去', hint: '报告把数值隐去（__、___、XX）时选“是”，数值不填，也不要猜。' },
  'figures[].note': { label: '说明', hint: '上下文、报告自己的限定说法，或数值为什么不确定。' },
  'figures[].from': { label: '依据段落', hint: '写有这个数值（或空白）的段落号。' },

  honours: { label: '所获荣誉', hint: '单位、部门或个人获得的荣誉。' },
  'honours[].name': { label: '荣誉名称', hint: '如 区先进集体。' },
  'honours[].level': {
    label: '授予机构级别',
    hint: '报告写明授予机构级别时选（从称号级别表中选）；页面上显示为“市级”“省级”等，不当作文明单位称号。',
  },
  'honours[].recipient': {
    label: '获得者',
    hint: '谁获得了这项荣誉。',
    options: {
      unit: t('recipient.unit'),
      'sub-unit': t('recipient.sub-unit'),
      individual: t('recipient.individual'),
      unstated: t('recipient.unstated'),
    },
  },
  'honours[].note': { label: '说明', hint: '年份、次数等细节，照报告写。' },
  'honours[].from': { label: '依据段落', hint: '提到这项荣誉的段落号。' },

  shortcomings: { label: '不足', hint: '报告自己承认的不足（不写编者看出来的），每条带段落号。' },
  'shortcomings[].text': { label: '不足之处', hint: '用自己的话写报告承认的不足。' },
  'shortcomings[].from': { label: '依据段落', hint: '报告承认这一点的段落号。' },

  editorsNote: {
    label: '编者按',
    hint: '编者推断而不是报告写明的内容：断代推理、可能的地区、对不清楚段落的理解、算出来的比较。页面上单独显示为“编者按”。',
  },

  source: { label: '来源', hint: '案例出自哪份文档。' },
  'source.id': {
    label: '来源文档',
    hint: '从已有来源中选（content/sources/<编号>.yaml 是它的记录）。新报告请用下面的“投稿说明”一起交来。',
  },
  'source.lines': { label: '段落范围', hint: '报告在文档中的首段和末段段落号（含两端），如 59、71。' },
  'source.report': { label: '第几篇', hint: '报告在文档中是第几篇，从 1 数起。' },
  'source.heading': { label: '文中标题', hint: '报告在文档中的标题（可能编号有误，照写）。' },
  'source.compilationTitle': { label: '汇编标题', hint: '文档自称的汇编名称；与成文时间分开，不用来断代。' },
  'source.withheld': { label: '原文缺失的内容', hint: '报告没有给出的内容：被留空的，或看起来被删掉的。' },
  'source.withheld[].kind': {
    label: '缺失方式',
    hint: '“留空”：段落里有空白；“删去”：文字被删掉，没有标记。',
    options: { blanked: '留空', removed: '删去' },
  },
  'source.withheld[].what': { label: '缺了什么', hint: '用自己的话写缺的是什么（如 党代会届次）。' },
  'source.withheld[].from': { label: '依据段落', hint: '缺失所在的段落号。' },
  'source.withheld[].around': { label: '缺口前后的原话', hint: '“删去”时，照录缺口前后的原文（如 党的、十七大）。' },
  'source.errors': { label: '原文错误', hint: '报告自身的错误：错别字、错乱的提法、混入的无关文字。' },
  'source.errors[].quote': { label: '错误原文', hint: '照录有错的原文。' },
  'source.errors[].reading': { label: '编者理解', hint: '编者认为这几个字的意思或错在哪里；用自己的话写。' },
  'source.errors[].from': { label: '依据段落', hint: '有错误的段落号。' },

  added: { label: '收录日期', hint: '条目加入的日期，YYYY-MM-DD。' },
  updated: { label: '更新日期', hint: '条目最近一次实质修改的日期，YYYY-MM-DD。' },
};
