/**
 * The draft entry `npm run import` writes: every finding as a candidate that cites its paragraph,
 * and a placeholder (【待填写】) wherever a person must decide or write. The tool never writes
 * prose — titles, summaries and clue texts are the contributor's own words; what it quotes from
 * the report is short (a figure with a few characters around it, the words around a blank, a
 * quoted name) and sits in fields that must be rewritten or checked. Pure: findings in, text out.
 */
import type { Taxonomy } from '../schemas/taxonomy';
import { PLACEHOLDER } from '../core/draft';
import { DRAFT_BODY, HONOUR_BLOCK, q, renderUnitBlock, todo, type UnitFacts } from '../validation/scaffold';
import type { Findings } from './analyse';
import { figureValue, type FigureCandidate } from './figures';
import { periodText } from './dating';

export interface DraftInput {
  findings: Findings;
  sourceId: string;
  /** Position of the report in the document and its heading, when the source record lists them. */
  report?: number | undefined;
  heading?: string | undefined;
  unit: UnitFacts;
  today: string;
}

/** Verbatim context is kept short: well under the copy check's 20 letters. */
const CONTEXT = 5;
const tail = (s: string) => [...s].slice(-CONTEXT).join('');
const head = (s: string) => [...s].slice(0, CONTEXT).join('');
const cut = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);
const flow = (xs: readonly (string | number)[]) => `[${xs.map((x) => (typeof x === 'number' ? String(x) : q(x))).join(', ')}]`;
const span = ([a, b]: readonly [number, number]) => (a === b ? `第 ${a} 段` : `第 ${a}–${b} 段`);
const lines = ([a, b]: readonly [number, number]) => (a === b ? [a] : [a, b]);

function figureLines(f: FigureCandidate): string {
  const value = figureValue(f);
  const plain = typeof value === 'number' && f.unit && !/以上|以下|左右|之多|多$/.test(f.unit);
  const where = `原文：…${tail(f.before)}【${f.text}】${head(f.after)}…`;
  const year = f.year ? `；“${f.text}”应是 ${f.year} 年，请核对` : '';
  return [
    `  - label: ${todo(`这个数字是什么，用自己的话（${where}${year}）`)}`,
    plain ? `    value: ${value}\n    unit: ${q(f.unit)}` : `    value: ${typeof value === 'number' && !f.unit ? value : q(f.text)}`,
    `    from: [${f.line}]`,
  ].join('\n');
}

function periodBlock(findings: Findings): string {
  const p = findings.period;
  const suggestion = p
    ? `建议 ${p.to === undefined ? `${p.from} 年以后（没有线索定出最晚的年份）` : `${periodText(p)} 年`}：最早由“${p.lower.text}”（第 ${p.lower.line} 段）定${p.upper ? `，最晚由“${p.upper.text}”（第 ${p.upper.line} 段）定` : ''}`
    : '原文中没有找到年代线索，请通读后判断';
  const clues = findings.clues.map((c) => {
    const years = c.from && c.until ? `${c.from}–${c.until}` : c.from ? `不早于 ${c.from}` : `不晚于 ${c.until}`;
    const aside = c.setAside ? `；${c.setAside}` : '';
    return `    - text: ${todo(`用自己的话写这条线索：原文有“${c.text}”（${years} 年；${c.note}${aside}）`)}\n      from: [${c.line}]`;
  });
  return `period: # ${suggestion}
  reported: ${todo(`报告大约写于哪一年（${suggestion}）`)}
  # reportedLatest: 只能推断出一个区间时，填最晚的年份
  from: ${todo('做法覆盖的起始年')}
  to: ${todo('做法覆盖的结束年')}
  basis: ${todo('inferred（由下列线索推断）| stated（原文写明）')}
  clues: # 候选：在原文中找到的年代线索，保留支持你判断的，删去其余
${clues.length ? clues.join('\n') : `    - text: ${todo('年代依据，用自己的话')}\n      from: ${todo('段落号，如 [75]')}`}`;
}

function practiceLines(findings: Findings): string {
  const candidates = findings.practices.length ? findings.practices : [{ heading: '', from: findings.range, quoted: findings.quoted }];
  return candidates
    .map((p) => {
      const [a, b] = p.from;
      const tags = findings.tags.filter((t) => t.lines.some((l) => l >= a && l <= b)).slice(0, 8);
      const tagLine = tags.length
        ? `${flow(tags.map((t) => t.slug))} # 候选：这几段里有 ${tags.map((t) => `“${t.words[0]}”（${t.label}）`).join('、')}`
        : `${todo('1–8 个标签，见 content/taxonomy/tags.yaml')}`;
      const aliases = p.quoted.length ? `${flow(p.quoted)} # 候选：原文引号里的名称，只留这个做法自己的` : '[] # 搜索时别人可能用的说法';
      return `  - id: ${todo('小写英文 id，案例内唯一，如 hall-expansion')}
    name: ${todo(`做法名称，用自己的话${p.heading ? `（原文：${cut(p.heading, 12)}）` : ''}`)}
    summary: ${todo(`请用自己的话概括原文${span(p.from)}`)}
    tags: ${tagLine}
    aliases: ${aliases}
    from: ${flow(lines(p.from))}
    evidence: ${todo(`从原文${span(p.from)}逐字摘一小句，不超过 40 字，不加引号`)}`;
    })
    .join('\n');
}

export function renderDraft(input: DraftInput, tax: Taxonomy): string {
  const { findings } = input;
  const themeCounts = new Map<string, number>();
  for (const t of findings.tags) {
    const theme = tax.tags.bySlug.get(t.slug)?.theme;
    if (theme) themeCounts.set(theme, (themeCounts.get(theme) ?? 0) + t.lines.length);
  }
  const themeHint = [...themeCounts.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([slug]) => `${slug}（${tax.themes.bySlug.get(slug)?.label ?? ''}）`)
    .join('、');
  const tagLines = findings.tags
    .slice(0, 24)
    .map((t) => `  - ${t.slug} # ${t.label}：第 ${t.lines.join('、')} 段有“${t.words.join('”“')}”`);
  const blankLines = findings.blanks.map(
    (b) =>
      `    - { kind: blanked, what: ${todo('这里隐去了什么，用自己的话；同一处的合成一项')}, from: [${b.line}], around: ${q(b.around)} }`,
  );
  const frontmatter = `---
# 草稿：由 npm run import 从 content/sources/${input.sourceId}.txt ${span(findings.range)}生成。
# 工具只列出它在原文里找到的东西（数字、空白记号、年代线索、做法的段落、标签词），从不替你写文字：
# 每个标着“待填写”的地方都用自己的话写好（或连同那一项删去）；候选项留下有用的，删去其余。
# 写完运行 npm run validate，它会逐条指出还缺什么。写作要求见 CONTRIBUTING.md。
title: ${todo('标题：以单位最有特色的做法开头，用自己的话')}
summary: ${todo('案例概要：80–220 字，用自己的话写什么单位、做了什么、为什么值得看')}
${renderUnitBlock(input.unit, tax)}
${HONOUR_BLOCK}
${periodBlock(findings)}
themes:
  primary: ${todo(`主要主题，见 content/taxonomy/themes.yaml${themeHint ? `（标签候选多在：${themeHint}）` : ''}`)}
  secondary: [] # 最多 2 个
tags: # ${PLACEHOLDER}候选：原文用到的分类词（${findings.tags.length} 个），留下最能代表本案例的 2–12 个
${tagLines.length ? tagLines.join('\n') : `  - ${todo('标签 slug，见 content/taxonomy/tags.yaml')}`}
practices: # 候选：按原文的结构（一、 （一） 1、 一是）找出的段落；一个做法 = 单位做的一件具体的事，可拆可并
${practiceLines(findings)}
figures: # 候选：原文中的每一个数字（${findings.figures.length} 个），与原文完全一致；保留重要的，删去其余${findings.figures.length ? '' : '\n  []'}
${findings.figures.map(figureLines).join('\n')}
honours: [] # 报告提到的荣誉：- { name: …, level: …, recipient: unit, from: [段落号] }
editorsNote: "" # 编者按：编者的推断（年代、地区的推理），用自己的话；没有就留空
shortcomings: [] # 报告自述的不足：- { text: 用自己的话, from: [段落号] }
source:
  id: ${input.sourceId}
  lines: [${findings.range[0]}, ${findings.range[1]}]
  report: ${input.report ?? todo('该报告在文档中是第几篇，如 1')}
  heading: ${input.heading ? q(input.heading) : todo('报告在文档中的标题')}
  withheld: # 候选：原文中的每一个空白记号（${findings.blanks.length} 个）${findings.blanks.length ? '' : '\n    []'}
${blankLines.join('\n')}
  errors: [] # 原文的错字或混入的文字：- { quote: 原文, reading: 编者的理解, from: [段落号] }
added: '${input.today}'
updated: '${input.today}'
---`;
  // An empty candidate list leaves an empty line; YAML does not mind, readers do.
  return `${frontmatter.replace(/\n{2,}/g, '\n')}\n${DRAFT_BODY}`;
}
