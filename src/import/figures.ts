/**
 * Figure candidates: every number in a paragraph with its unit or measure word and a few
 * characters on either side (七个…服务区, 每季度一次, 1800平方米, 95%以上, 二〇一二年, 1万余份,
 * 28.6万人次). Listing every number is the point; the contributor keeps the ones that matter. A
 * magnitude alone is a word, not a number (千家万户, 进万家) unless an approximation stands before
 * it (近万人, 上千册); a blank before a unit (__万元) is a withheld value, listed with the blanks.
 * Pure.
 */
import { chineseNumber, halfWidth } from './numbers';
import { NUMERAL_CHARS } from '../core/numerals';

export interface FigureCandidate {
  /** 1-based paragraph (line) of the source document. */
  line: number;
  /** The figure exactly as worded, unit included: "45天", "95%以上", "五·五". */
  text: string;
  /** The number part as worded ("45", "约280", "三"). */
  value: string;
  /** The unit or measure word after it, if any ("天", "平方米", "%"). */
  unit: string;
  /** A year written with two digits (98年, 08年) read in full, for the contributor to confirm. */
  year?: number | undefined;
  /** A few characters before and after, verbatim, for finding it again. */
  before: string;
  after: string;
}

const CN = NUMERAL_CHARS;
const AR = '0-9０-９';
// A Chinese numeral holds a digit or 十; 百千万亿 alone are words (千家万户, 进万家).
const CN_NUM = `[${CN}]*[〇零一二两三四五六七八九十][${CN}]*`;
// Arabic digits with a magnitude after them (1万, 28.6万, 3千万, 2亿): one number. Not 万元/亿元,
// which are units (300万元 is 300 of the unit 万元), and not 千米.
const MAGNITUDE = '(?:[百千]?万(?!元)|[百千]?亿(?!元)|千(?!米)|百(?!分))';
// Thousands may be grouped with commas (1,200余户).
const NUM = `(?:[${AR}]{1,3}(?:[,，][0-9]{3})+(?![0-9])(?:[.．][${AR}]+)?${MAGNITUDE}?|[${AR}]+(?:[.．][${AR}]+)?${MAGNITUDE}?|${CN_NUM})`;
// Approximations: 数十名, 几十个 (not the 数 of 总数, 人数), and a magnitude alone after one: 近万人,
// 上千册, 数百名, 逾千.
const ROUGH = `(?<![总人次多少户件岁])[数几]${CN_NUM}|[近逾数几上][百千万亿]+`;
// Between two numbers: ranges, ratios, the dot of “五·五”, and a list of Arabic numbers ("8、9").
const JOIN = `(?:[—\\-~～至到:：·・.．]${NUM}|、[${AR}]+)`;
// Longer wordings first: 人次 before 人, 个月 before 个.
const UNITS = [
  '平方公里',
  '平方千米',
  '立方米',
  '平方米',
  '个百分点',
  '个工作日',
  '工作日',
  '百分点',
  '平米',
  '公里',
  '千米',
  '公斤',
  '千克',
  '公顷',
  '万元',
  '亿元',
  '元',
  '㎡',
  '米',
  '吨',
  '亩',
  '小时',
  '分钟',
  '个月',
  '人次',
  '户次',
  '件次',
  '场次',
  '车次',
  '班次',
  '批次',
  '课时',
  '学时',
  '周年',
  '等奖',
  '要素',
  '季度',
  '学期',
  '%',
  '％',
  '‰',
  '倍',
  '岁',
  '人',
  '名',
  '位',
  '个',
  '项',
  '次',
  '条',
  '家',
  '所',
  '户',
  '件',
  '台',
  '辆',
  '套',
  '场',
  '期',
  '届',
  '批',
  '篇',
  '本',
  '册',
  '张',
  '份',
  '组',
  '支',
  '类',
  '天',
  '日',
  '周',
  '月',
  '年',
  '号',
  '大',
  '部',
  '处',
  '间',
  '座',
  '门',
  '层',
  '堂',
  '课',
  '种',
  '轮',
  '遍',
  '节',
  '面',
  '栋',
  '幢',
  '室',
  '棵',
  '株',
  '盏',
  '架',
  '艘',
  '幅',
  '枚',
  '笔',
  '分',
];
const UNIT = `(?:${UNITS.join('|')})`;
/** In order; `worded`: a figure without a numeral (每周, 多次, 月度), which has no unit to split off. */
const PATTERNS: { pattern: RegExp; worded?: true }[] = [
  // Dates first, so 2012年10月初 stays one figure.
  { pattern: new RegExp(`${NUM}年(?:${NUM}月(?:${NUM}[日号])?)?(?:初|底|末|中旬|上旬|下旬)?|${NUM}月${NUM}[日号](?:前后)?`, 'gu') },
  // Frequencies: 每周一, 每季度, 每两周.
  { pattern: /每(?:周|星期)[一二三四五六日天]|每(?:两|二|三|半)?(?:天|日|周|月|季度|季|年|学期)/gu, worded: true },
  // Cycles and standings without a numeral: 季度“红旗窗口”, 月度考核, 周点评、月总结、季考评, 全市前列.
  {
    pattern: /[周月季年][\p{Script=Han}]{2}(?:、[周月季年][\p{Script=Han}]{2})+|[季月年]度|全[国省市区县](?:前列|首位|领先)/gu,
    worded: true,
  },
  // 多次, 数十: counted but not numbered.
  // Not the 多名 of 90多名, which the number pattern takes whole.
  { pattern: /(?<![0-9０-９〇零一二两三四五六七八九十百千万])(?:多|数)(?:次|项|名|篇|届)/gu, worded: true },
  // Any number, with what stands before and after it: 约280名, 1万余份, 28.6万人次, 近万人.
  {
    pattern: new RegExp(
      `(?:(?:约|近|达|共|逾|超过|超|(?<![累合总])计|第|每|仅|多达)?${NUM}|${ROUGH})${JOIN}*(?:多|余|来)?${UNIT}?(?:以上|以下|左右|之多|多)?`,
      'gu',
    ),
  },
];

/** A run of Chinese numerals alone, without a unit, counts only if it is more than a word's 一. */
function isFigure(text: string, unit: string): boolean {
  if (/[0-9０-９]/.test(text) || unit || /^[每多数全周月季年]/u.test(text)) return true;
  const digits = text.replace(/[^〇零一二两三四五六七八九十百千万亿]/gu, '');
  // 十二五, 四十七: a numeral of two or more characters; not 一一 (one by one).
  // A dot joins two numbers (“五·五” 普法), so 五·五 is not a doubled word.
  const doubled = /^(.)\1$/.test(digits) && !/[·・.．]/u.test(text);
  return digits.length >= 2 && !doubled && !Number.isNaN(chineseNumber(digits.slice(0, 2)));
}

/**
 * Runs of digits that are not figures, blanked out (same length, so positions hold) before
 * matching: web addresses and domains, e-mail addresses, ICP and telephone numbers (personal
 * data: never offered as figures), clock times of a date line (11:21:46), document numbers
 * (豫文〔2023〕50号, …字[~]04號; a dating clue, not a figure) and view counters.
 */
const NOT_FIGURES: RegExp[] = [
  /(?:https?:\/\/|www\.)[\x21-\x7e]+/giu,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu)\b[\x21-\x7e]*/giu,
  /ICP\s*[备備]?\s*[0-9０-９-]+\s*号?(?:-[0-9]+)?|[公网網]安[备備]\s*[0-9０-９]+\s*号?/giu,
  /(?<![0-9])(?:0[0-9]{2,3}[-－—–]?[0-9]{7,8}(?:[-－][0-9]{1,4})?|1[3-9][0-9]{9}|400[-－]?[0-9]{3}[-－]?[0-9]{4})(?![0-9])/gu,
  /(?<![0-9])[0-2]?[0-9][:：][0-5][0-9](?:[:：][0-5][0-9])?(?![0-9])/gu,
  /[〔［[(（][0-9０-９]{4}[〕］\])）]\s*[0-9０-９]+\s*[号號]|字(?:\s|\[[~～〜]\]|[0-9０-９])*[0-9０-９]+\s*[号號]/gu,
  /(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)(?:次数|次數|量|数|數)?\s*[:：]?\s*[0-9]+/gu,
];

function maskNotFigures(text: string): string {
  let out = text;
  for (const re of NOT_FIGURES) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}

/**
 * A single 一 with a measure word is an article or part of a word, not a count (一个单位, 一批好人,
 * 新一轮, 统一部署, 三会一课, 高效办成一件事); and some numbers with a "unit" are fixed terms
 * (三位一体, 八项规定, 四部门, 第一人民医院, 四轮驱动, 三层联动).
 */
function isWordNotFigure(figure: string, unit: string, before: string, after: string): boolean {
  const value = figure.slice(0, figure.length - unit.length);
  if (/^每?一$/u.test(value)) {
    // Measure words that make 一 an article (一个单位, 一批好人, 一条新路径) or a word (统一部署, 新一轮).
    if (/^[个批座条件处轮部课位项种家支间面层场堂节篇本张份套台辆]$/u.test(unit)) return true;
    // 一次性, 一月一活动, 统一, 唯一; but 每季度一次 counts.
    if (unit && /^[性一]/u.test(after)) return true;
  }
  if (unit === '位' && after.startsWith('一体')) return true;
  if (unit === '项' && after.startsWith('规定')) return true;
  if (unit === '部' && after.startsWith('门')) return true;
  if (unit === '人' && after.startsWith('民')) return true;
  if ((unit === '轮' || unit === '层') && /^(?:驱动|联动)/u.test(after)) return true;
  // 三中全会, 二十届三中全会: a plenum's name (a dating clue), not a figure.
  if (/^[一二三四五六七八九]$/u.test(value) && !unit && after.startsWith('中全会')) return true;
  // A sub-heading number (01牢固队伍建设) and a bare 0 (a page's view counter).
  if (/^0[0-9]$/.test(figure) && before === '' && /^\p{Script=Han}/u.test(after)) return true;
  if (/^0$/.test(figure)) return true;
  return false;
}

const CONTEXT = 8;

/**
 * Every figure candidate in one paragraph. `text` is matched (simplified script, so 個 reads as
 * 个); what is quoted back comes from `shown`, the report's own wording, when the two align.
 */
export function findFigures(text: string, line: number, shown = text): FigureCandidate[] {
  const own = shown.length === text.length ? shown : text;
  text = maskNotFigures(text);
  const taken: [number, number][] = [];
  const found: (FigureCandidate & { index: number })[] = [];
  for (const { pattern, worded } of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      const figure = m[0];
      // Headings and enumerations (一、 （二） 1、 一是) are structure, not figures.
      const next = text[end] ?? '';
      if (/^[一二三四五六七八九十]+$/.test(figure) && /[、.．是]/.test(next)) continue;
      if (/^[0-9]+$/.test(figure) && /[、.．]/.test(next) && start === 0) continue;
      if (/^[一二三四五六七八九十]+$/.test(figure) && /[（(]$/.test(text.slice(0, start))) continue;
      // Words, not figures: 十分重要 (very), 成千上万.
      if (figure === '十分' && /\p{Script=Han}/u.test(next)) continue;
      if (figure.startsWith('上') && text.slice(start - 2, start) === '成千') continue;
      const unit = worded ? '' : (new RegExp(`${UNIT}(?:以上|以下|左右|之多|多)?$`, 'u').exec(figure)?.[0] ?? '');
      if (!isFigure(figure, unit)) continue;
      if (isWordNotFigure(figure, unit, text.slice(Math.max(0, start - 1), start).trim(), text.slice(end))) continue;
      taken.push([start, end]);
      found.push({
        index: start,
        line,
        text: own.slice(start, end),
        value: own.slice(start, end - unit.length),
        unit: own.slice(end - unit.length, end),
        year: twoDigitYear(figure),
        before: own.slice(Math.max(0, start - CONTEXT), start),
        after: own.slice(end, end + CONTEXT),
      });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _, ...f }) => f);
}

/** A candidate's value for YAML: a plain integer as a number, anything else exactly as worded. */
export function figureValue(f: FigureCandidate): number | string {
  const v = halfWidth(f.value);
  return /^[1-9]\d{0,8}$/.test(v) ? Number(v) : f.value;
}

/** 98年 → 1998, 08年 → 2008 (80–99 are 19xx); undefined for anything else. */
export function twoDigitYear(text: string): number | undefined {
  const m = /^(\d{2})年/.exec(halfWidth(text));
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 80 ? 1900 + n : 2000 + n;
}
