/**
 * Personal data a contributor must not publish: phone numbers, ID card numbers, e-mail addresses
 * and children's full names. Reports about work units rarely need any of these; when one is
 * deliberately kept (a unit's public service hotline, say), the entry says so with a marker that
 * names the exact value and the reason:
 *
 *   YAML:  # personal-data-ok: 0915-3212345 单位对外公布的服务热线，已核实
 *   MDX:   {/* personal-data-ok: 0915-3212345 单位对外公布的服务热线，已核实 *\/}
 */

export type PersonalKind = 'mobile' | 'landline' | 'idCard' | 'email' | 'childName';

export interface PersonalFinding {
  kind: PersonalKind;
  value: string;
  /** 1-based line within the scanned text. */
  line: number;
}

export const KIND_NAMES: Record<PersonalKind, string> = {
  mobile: '手机号码',
  landline: '固定电话号码',
  idCard: '身份证号码',
  email: '电子邮件地址',
  childName: '疑似儿童全名',
};

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** True for an 18-character mainland ID number whose birth date exists and check digit matches. */
export function isIdCardNumber(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(v[i]), 0);
  return ID_CHECK[sum % 11] === v[17];
}

// Common surnames only: rarer ones are also everyday words (全, 高, 和 …) and would make every
// "全体同学" look like a name.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅熊孟秦邱侯江薛阎段雷黎史陶贺毛郝顾龚邵钱覃戴莫孔汤尹易常乔赖施洪牛邹';
const CHILD_WORDS = '幼儿|小朋友|孩子|儿童|学生|小学生|中学生|宝宝|女儿|儿子|患儿|孤儿|留守儿童|学童';
const NAME = `[${SURNAMES}][\\p{Script=Han}]{1,2}`;
// Cheap tests that rule a line out before the costlier patterns run on it.
const DIGITS = /\d[\d\s\-()（）+]{5,}\d/;
const CHILD_CONTEXT = new RegExp(`${CHILD_WORDS}|同学`);

const PATTERNS: { kind: PersonalKind; re: RegExp; accept?: (v: string) => boolean; when: RegExp }[] = [
  { kind: 'idCard', re: /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, accept: isIdCardNumber, when: DIGITS },
  { kind: 'mobile', re: /(?<![\d-])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?![\d-])/g, when: DIGITS },
  // With an area code (0xx-, 0xxx-, (0xx)), or seven or eight digits right after 电话/热线/Tel.
  { kind: 'landline', re: /(?<![\d-])(?:\(0\d{2,3}\)\s?|（0\d{2,3}）|0\d{2,3}-)\d{7,8}(?:-\d{1,5})?(?![\d-])/g, when: DIGITS },
  { kind: 'landline', re: /(?<=(?:电话|热线|座机|传真|联系方式|Tel|TEL|tel)[:：\s]*)\d{7,8}(?!\d)/g, when: DIGITS },
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, when: /@/ },
  // "幼儿王小明，…" / "学生名叫张三" / "王小明小朋友" / "李四同学"
  {
    kind: 'childName',
    re: new RegExp(`(?<=(?:${CHILD_WORDS})(?:名叫|叫做|叫)?[：:]?)${NAME}(?=[，。、；：！？”）)\\s]|小朋友|同学|$)`, 'gu'),
    when: CHILD_CONTEXT,
  },
  { kind: 'childName', re: new RegExp(`(?<![\\p{Script=Han}])${NAME}(?=小朋友|同学(?!们)|宝宝)`, 'gu'), when: CHILD_CONTEXT },
];

/** Digits and letters only, so "0915 321 2345" in a marker matches "0915-3212345" in the text. */
export const normaliseValue = (v: string) => v.replace(/[\s\-()（）+]/g, '').toLowerCase();

export const MARKER = 'personal-data-ok';

export interface ExceptionMarker {
  line: number;
  value: string;
  reason: string;
}

/** Exception markers in a text: `personal-data-ok: <value> <reason>`. */
export function findMarkers(text: string): ExceptionMarker[] {
  const out: ExceptionMarker[] = [];
  text.split('\n').forEach((line, i) => {
    const m = new RegExp(`${MARKER}\\s*[:：]\\s*(\\S*)\\s*(.*)`).exec(line);
    if (m) out.push({ line: i + 1, value: m[1] ?? '', reason: (m[2] ?? '').replace(/\*\/\}?\s*$|\*\/\s*$/, '').trim() });
  });
  return out;
}

/** Every personal-data finding in a text, skipping the marker lines themselves. */
export function findPersonalData(text: string): PersonalFinding[] {
  const out: PersonalFinding[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.includes(MARKER)) return;
    const taken: [number, number][] = [];
    for (const { kind, re, accept, when } of PATTERNS) {
      if (!when.test(line)) continue;
      re.lastIndex = 0;
      for (const m of line.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        // An ID number contains what looks like a phone number; report the longer match only.
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        if (accept && !accept(m[0])) continue;
        taken.push([start, end]);
        out.push({ kind, value: m[0], line: i + 1 });
      }
    }
  });
  return out;
}
