/**
 * Deterministic synthetic cases for the benchmark. Same (seed, index, taxonomy) → same file, byte
 * for byte, so two bench runs measure the same corpus.
 *
 * "Realistic" means shaped like the real entries where it matters for cost: 2,500–4,000 Chinese
 * characters of body text (what the build renders and Pagefind segments), 5–15 practices with
 * tags and aliases from the real taxonomy (what listing and tag pages multiply), a dozen figures,
 * honours and provenance, and a GFM table in about a third of the cases. Each case cites its own
 * synthetic report, paragraph by paragraph (`from`, `evidence`), as real entries cite theirs. The wording recombines
 * the taxonomy's own labels, aliases and definitions, so searches for real terms find pages.
 *
 * Pure: no file system access. The runner reads the taxonomy and writes the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export interface BenchTerm {
  slug: string;
  label: string;
}
export interface BenchTag extends BenchTerm {
  theme: string;
  definition?: string;
  aliases?: string[];
}
export interface BenchTaxonomy {
  themes: BenchTerm[];
  tags: BenchTag[];
  unitTypes: BenchTerm[];
  sectors: BenchTerm[];
  honourLevels: BenchTerm[];
}

/** Reads the real vocabulary from `<contentDir>/taxonomy/*.yaml` (only the fields the generator uses). */
export function readTaxonomy(contentDir: string): BenchTaxonomy {
  const read = <T>(file: string): T[] => parse(readFileSync(join(contentDir, 'taxonomy', file), 'utf8')) as T[];
  return {
    themes: read<BenchTerm>('themes.yaml'),
    tags: read<BenchTag>('tags.yaml'),
    unitTypes: read<BenchTerm>('unit-types.yaml'),
    sectors: read<BenchTerm>('sectors.yaml'),
    honourLevels: read<BenchTerm>('honour-levels.yaml'),
  };
}

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
function sample<T>(r: Rand, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}

/** Counts Han characters, the measure the issue's "2,500–4,000 Chinese characters" uses. */
export function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

const PROVINCES = ['江苏省', '浙江省', '山东省', '河南省', '四川省', '湖北省', '湖南省', '安徽省', '福建省', '陕西省', '广东省', '云南省'];
const CITIES = ['南湖市', '青山市', '临江市', '东川市', '白河市', '望州市', '长宁市', '清源市', '石桥市', '金台市', '安平市', '云溪市'];
const DISTRICTS = ['城关区', '新华区', '河西区', '开发区', '北塘区', '高新区', '东城区', '南郊县', '西山县', '沿江县'];
const UNIT_SUFFIX: Record<string, string[]> = {
  'party-gov-organ': ['政务服务中心', '税务局', '市场监督管理局', '人力资源和社会保障局', '气象局'],
  'public-institution': ['自来水公司', '图书馆', '公证处', '气象台', '不动产登记中心'],
  school: ['实验幼儿园', '第一中学', '中心小学', '职业技术学校'],
  health: ['人民医院', '妇幼保健院', '中医院', '社区卫生服务中心'],
  soe: ['供电公司', '燃气集团', '公交公司', '烟草专卖局'],
  'non-public-enterprise': ['商贸有限公司', '物流有限公司', '制衣厂'],
  'people-org': ['总工会', '妇联', '团委'],
  'military-police': ['消防救援大队', '武警中队'],
  community: ['街道社区居委会', '社区服务中心'],
  other: ['服务站', '管理处'],
};
const OPENERS = [
  '近年来',
  '自开展创建以来',
  '在上级文明委的指导下',
  '围绕年度创建目标',
  '按照一年打基础、两年上台阶的思路',
  '对照测评体系',
];
const VERBS = ['坚持', '推行', '建立', '完善', '落实', '深化', '探索', '健全'];
const EFFECTS = [
  '群众满意率明显提升',
  '职工的归属感和荣誉感不断增强',
  '窗口投诉量逐年下降',
  '单位的社会形象进一步改善',
  '形成了人人参与创建的良好氛围',
  '受到上级部门的充分肯定',
  '服务效率和服务质量同步提高',
];
const CONNECTORS = ['同时', '此外', '在此基础上', '与此相配套', '为保证效果', '为了让制度落地'];
const SECTIONS = ['背景', '组织与机制', '主要做法', '服务与窗口', '关爱与文化', '成效与不足', '时间与地点判断'];

function sentence(r: Rand, tag: BenchTag, unit: string, year: number): string {
  const alias = tag.aliases?.length ? pick(r, tag.aliases) : tag.label;
  const def = (tag.definition ?? tag.label).replace(/[。；]$/, '');
  const n = int(r, 2, 480);
  const templates = [
    () => `${pick(r, OPENERS)}，${unit}${pick(r, VERBS)}${alias}的做法，把${tag.label}纳入年度考核，${pick(r, EFFECTS)}。`,
    () => `所谓${tag.label}，报告里的意思是${def}。单位在这方面${pick(r, VERBS)}了${int(r, 2, 9)}项具体制度。`,
    () => `${year}年起，${unit}每季度组织一次${alias}活动，累计参与${n}人次，${pick(r, EFFECTS)}。`,
    () => `${pick(r, CONNECTORS)}，单位还把${alias}同日常业务结合起来，由分管领导牵头，各科室按月报送进展。`,
    () => `报告特别提到，${tag.label}并非一时的突击工作，而是写进了《${unit}文明创建工作规范》第${int(r, 2, 12)}条。`,
    () => `据报告所述，开展${alias}以后，${pick(r, EFFECTS)}，全年共收到群众表扬信${n}封。`,
    () => `对${alias}，单位设立了专门台账，做到有计划、有记录、有总结，年底由创建办公室统一检查。`,
  ];
  return pick(r, templates)();
}

export interface SyntheticCase {
  slug: string;
  /** The whole `.mdx` file: YAML frontmatter and body. */
  source: string;
  /** The id of the synthetic report the entry cites (`content/sources/<id>.txt`). */
  sourceId: string;
  /** The report itself, one paragraph per line, which the entry's `from` lists point into. */
  sourceText: string;
  /** Its record (`content/sources/<id>.yaml`). */
  sourceRecord: string;
  /** Han characters in the body. */
  bodyChars: number;
  practices: number;
  /** The practices' names, in order (the bench types one of them to time the first result). */
  practiceNames: string[];
}

/**
 * Generates synthetic case number `index` (0-based). The body length is drawn uniformly from
 * 2,500–4,000 Han characters; practices from 5–15.
 */
export function generateCase(tax: BenchTaxonomy, index: number, seed = 1): SyntheticCase {
  const r = rng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const slug = `bench-${String(index + 1).padStart(5, '0')}`;
  const unitType = pick(r, tax.unitTypes);
  const sector = pick(r, tax.sectors);
  const province = pick(r, PROVINCES);
  const city = pick(r, CITIES);
  const district = pick(r, DISTRICTS);
  const unitName = `${city}${district}${pick(r, UNIT_SUFFIX[unitType.slug] ?? UNIT_SUFFIX['other']!)}`;
  const from = int(r, 1996, 2019);
  const to = from + int(r, 1, 5);

  const primary = pick(r, tax.themes);
  const secondary = sample(
    r,
    tax.themes.filter((t) => t.slug !== primary.slug),
    int(r, 0, 2),
  );
  const themeSlugs = new Set([primary.slug, ...secondary.map((t) => t.slug)]);
  const nearTags = tax.tags.filter((t) => themeSlugs.has(t.theme));
  const caseTags = [...new Set([...sample(r, nearTags, int(r, 2, 5)), ...sample(r, tax.tags, int(r, 1, 5))])].slice(0, 12);

  // The synthetic report the entry cites: paragraph 1 is its title, then one paragraph per
  // practice, figure, the honours and the shortcomings, so every claim has a paragraph to point at.
  const paragraphs: string[] = [`${unitName}${to}年文明单位创建工作总结`];
  // push returns the new length, which is the paragraph's 1-based number.
  const addParagraph = (text: string) => paragraphs.push(text);

  const practiceCount = int(r, 5, 15);
  const practiceTags = sample(r, tax.tags, practiceCount);
  while (practiceTags.length < practiceCount) practiceTags.push(pick(r, tax.tags));
  const practices = practiceTags.map((tag, i) => {
    const extra = sample(
      r,
      caseTags.filter((t) => t.slug !== tag.slug),
      int(r, 0, 2),
    );
    const alias = tag.aliases?.length ? pick(r, tag.aliases) : tag.label;
    const name = `${alias}${pick(r, ['制度', '工作法', '行动', '机制', '活动', '工程'])}`;
    const evidence = `我们${pick(r, VERBS)}“${name}”`;
    const from = addParagraph(
      `${pick(r, OPENERS)}，${evidence}，${(tag.definition ?? tag.label).replace(/[。；]$/, '')}，${pick(r, EFFECTS)}。`,
    );
    return {
      id: `practice-${i + 1}-${tag.slug}`.slice(0, 60).replace(/-+$/, ''),
      name,
      summary: `${unitName}${pick(r, VERBS)}${alias}：${(tag.definition ?? tag.label).replace(/[。；]$/, '')}。${pick(r, EFFECTS)}。`,
      tags: [tag.slug, ...extra.map((t) => t.slug)],
      aliases: sample(r, tag.aliases ?? [], 2),
      from: [from],
      evidence,
    };
  });

  const figures = Array.from({ length: int(r, 4, 14) }, (_, i) => {
    const tag = pick(r, practiceTags);
    const kind = r();
    const label = `${tag.aliases?.[0] ?? tag.label}相关数字${i + 1}`;
    if (kind < 0.15) return { label, withheld: true, note: '原文以“___”隐去', from: [addParagraph(`${label}为___。`)] };
    if (kind < 0.4) {
      const [before, after, unit] = [int(r, 1, 400), int(r, 100, 900), pick(r, ['人', '个', '㎡', '件'])];
      return { label, before, after, unit, from: [addParagraph(`${label}由原来的${before}${unit}变为${after}${unit}。`)] };
    }
    const [value, unit] = [int(r, 1, 5000), pick(r, ['人次', '项', '场', '元', '%'])];
    return { label, value, unit, from: [addParagraph(`全年${label}达到${value}${unit}。`)] };
  });

  const levels = tax.honourLevels.filter((l) => l.slug !== 'none-stated' && l.slug !== 'sub-unit');
  const level = pick(r, levels);
  const honoursFrom = addParagraph(`我们先后获得${level.label}称号，${to - 1}年有科室获评先进集体。`);
  const shortcoming = `${pick(r, practiceTags).label}方面的工作还不够均衡，个别科室参与不足。`;
  const shortcomingFrom = addParagraph(`工作中还存在不足：${shortcoming}`);
  const sourceId = `bench-report-${String(index + 1).padStart(5, '0')}`;
  const frontmatter = {
    title: `以“${practices[0]!.name}”为牵引的${unitType.label}文明创建`,
    summary: `${province}${unitName}约在${to}年写下的文明单位创建总结。${practices
      .slice(0, 3)
      .map((p) => p.name)
      .join('、')}等做法贯穿全文，${pick(r, EFFECTS)}。`,
    unit: {
      name: unitName,
      nameBasis: 'stated',
      type: unitType.slug,
      sector: sector.slug,
      reportingEntity: pick(r, ['unit', 'party-org', 'trade-union']),
      windowUnit: r() < 0.4,
      region: { label: `${province}${city}${district}`, basis: 'stated' },
    },
    honour: { level: level.slug, status: pick(r, ['held', 'aspiring', 'renewing']) },
    period: { reported: to, from, to, basis: 'stated', clues: [{ text: `报告标题写明是${to}年的总结。`, from: [1] }] },
    themes: { primary: primary.slug, secondary: secondary.map((t) => t.slug) },
    tags: caseTags.map((t) => t.slug),
    practices,
    figures,
    honours: [
      { name: `${level.label}`, level: level.slug, recipient: 'unit', from: [honoursFrom] },
      { name: '先进集体', recipient: 'sub-unit', note: `${to - 1}年`, from: [honoursFrom] },
    ],
    shortcomings: [{ text: shortcoming, from: [shortcomingFrom] }],
    source: { id: sourceId, lines: [1, paragraphs.length], report: 1, heading: paragraphs[0] },
    added: '2026-11-26',
    updated: '2026-11-26',
  };

  let table = '';
  if (r() < 1 / 3) {
    const rows = figures.flatMap((f) => ('value' in f ? [`| ${f.label} | ${f.value} |`] : [])).slice(0, 5);
    if (rows.length > 0) table = `\n\n## 数字一览\n\n| 项目 | 数值 |\n| --- | --- |\n${rows.join('\n')}`;
  }
  // Sentences are at most ~90 characters, so stopping at the target keeps the body under 4,000.
  const target = int(r, 2550, 3850) - hanCount(table);
  const sections: string[] = [];
  let chars = 0;
  for (let s = 0; chars < target; s++) {
    const round = Math.floor(s / SECTIONS.length);
    const heading = `## ${SECTIONS[s % SECTIONS.length]!}${round > 0 ? `（${round + 1}）` : ''}`;
    chars += hanCount(heading);
    const paragraphs: string[] = [];
    for (let p = 0; p < 3 && chars < target; p++) {
      let para = '';
      for (let k = int(r, 3, 6); k > 0 && chars < target; k--) {
        const next = sentence(r, pick(r, practiceTags), unitName, int(r, from, to));
        chars += hanCount(next);
        para += next;
      }
      paragraphs.push(para);
    }
    sections.push(`${heading}\n\n${paragraphs.join('\n\n')}`);
  }
  const body = sections.join('\n\n') + table;
  // Dates quoted as the schema asks: unquoted, YAML 1.1 readers turn them into Date objects.
  const yaml = stringify(frontmatter, { lineWidth: 0 }).replace(/^(added|updated): (\d{4}-\d{2}-\d{2})$/gm, "$1: '$2'");
  const source = `---\n${yaml}---\n\n${body}\n`;
  const sourceRecord = stringify({
    title: paragraphs[0],
    obtainedFrom: '由基准测试生成（虚构）',
    publisher: 'official',
    held: 'whole',
    // The bench writes its synthetic texts beside their records, as the repository keeps the seed document.
    kept: true,
    obtainedOn: '2026-11-26',
    language: 'zh',
    script: 'Hans',
    originalEncoding: 'UTF-8',
    status: '基准测试用的虚构报告',
  });
  return {
    slug,
    source,
    sourceId,
    sourceText: `${paragraphs.join('\n')}\n`,
    sourceRecord,
    bodyChars: hanCount(body),
    practices: practices.length,
    practiceNames: practices.map((p) => p.name),
  };
}
