/**
 * Practice candidates from a report's own structure: its headings (一、 （一） 1、), the items it
 * enumerates (一是…二是…), and the names it puts in quotation marks “…” as alias candidates. Pure.
 */

export interface PracticeCandidate {
  /** The heading or item as the report words it (cut short), for the contributor to recognise it. */
  heading: string;
  /** First and last paragraph (1-based lines), inclusive. */
  from: [number, number];
  /** Names the report quotes in these paragraphs (“三个满意”), as alias candidates. */
  quoted: string[];
}

interface Line {
  line: number;
  text: string;
}

const HEADINGS: RegExp[] = [
  /^\s*[一二三四五六七八九十]+\s*[、.．，,\s]/u,
  /^\s*[（(][一二三四五六七八九十]+[）)]/u,
  /^\s*[0-9０-９]+\s*[、.．)）]/u,
  /^\s*[一二三四五六七八九十]+是/u,
];

/** The heading level of a paragraph (0 = 一、, 1 = （一）, 2 = 1、, 3 = 一是), or -1. */
export function headingLevel(text: string): number {
  return HEADINGS.findIndex((re) => re.test(text));
}

// Double quotation marks as reports write them: Chinese “…” and 「…」, and the straight "…" (or full-width
// ＂…＂) of text pasted from a web page. Each pair is read on its own, so one quotation following
// another (“文明家庭”“好婆婆”) gives both.
const QUOTED = /“([^”“]{2,40})”|「([^」「]{2,40})」|["＂]([^"＂“”]{2,40})["＂]/gu;
// Quotation marks inside a quotation: ‘五美’ in “评选桐北创城‘五美’、共树邻里新风”.
const INNER = /‘([^’‘]{2,16})’|『([^』『]{2,16})』/gu;

/**
 * A quotation reads as a name when it is short (≤ 16 characters) or a quoted list of short items
 * (“主要领导负责抓、分管领导具体抓…”: items of ≤ 8 characters joined by 、), which reports use as the name of
 * a way of working. A longer quotation is a sentence someone said, or an honour's title.
 */
function isName(q: string): boolean {
  if (!/\p{Script=Han}/u.test(q)) return false;
  if (q.length <= 16) return true;
  const items = q.split('、');
  return items.length >= 2 && items.every((item) => item.length >= 2 && item.length <= 8 && !/[，。；,;]/u.test(item));
}

/** Names in quotation marks, each once, in order of where they start. */
export function quotedNames(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const q = (m[1] ?? m[2] ?? m[3])!.trim();
    if (isName(q)) found.push({ at: m.index, name: q });
    for (const inner of q.matchAll(INNER)) found.push({ at: m.index + 1 + inner.index, name: (inner[1] ?? inner[2])!.trim() });
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.name))].filter((q) => /\p{Script=Han}/u.test(q));
}

const short = (s: string, n = 24) => (s.length > n ? `${s.slice(0, n)}…` : s).trim();

/** Items a single paragraph enumerates: 一是…，二是…. Each becomes its own candidate on that line. */
function inlineItems(p: Line): PracticeCandidate[] {
  const marks = [...p.text.matchAll(/[一二三四五六七八九十]是/gu)];
  if (marks.length < 2) return [];
  return marks.map((m, i) => {
    const text = p.text.slice(m.index, marks[i + 1]?.index ?? p.text.length);
    return { heading: short(text), from: [p.line, p.line] as [number, number], quoted: quotedNames(text) };
  });
}

/**
 * One candidate per leaf of the heading tree (a heading with no sub-heading under it, with the
 * paragraphs that follow it), with a paragraph's 一是/二是 items split out. Paragraphs before the
 * first heading are the report's preamble, not a practice.
 */
export function practiceCandidates(lines: readonly Line[]): PracticeCandidate[] {
  const heads = lines.map((l, i) => ({ i, level: headingLevel(l.text) })).filter((h) => h.level >= 0);
  const out: PracticeCandidate[] = [];
  heads.forEach((h, k) => {
    const next = heads[k + 1];
    const end = next ? next.i - 1 : lines.length - 1;
    // A heading directly followed by a deeper one is a section, not a practice.
    if (next && next.i === h.i + 1 && next.level > h.level) return;
    const span = lines.slice(h.i, end + 1);
    const items = span.flatMap(inlineItems);
    if (items.length) {
      out.push(...items);
      const rest = span.filter((p) => !items.some((it) => it.from[0] === p.line));
      if (rest.length > 1 || (rest.length === 1 && rest[0]!.line !== lines[h.i]!.line)) {
        out.push({
          heading: short(lines[h.i]!.text),
          from: [rest[0]!.line, rest.at(-1)!.line],
          quoted: rest.flatMap((p) => quotedNames(p.text)),
        });
      }
      return;
    }
    out.push({
      heading: short(lines[h.i]!.text),
      from: [lines[h.i]!.line, lines[end]!.line],
      quoted: [...new Set(span.flatMap((p) => quotedNames(p.text)))],
    });
  });
  return out;
}
