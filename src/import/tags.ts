/**
 * Tag candidates: taxonomy tags whose label or an alias a paragraph uses (the paragraph already in
 * simplified script). The longest wording wins where two overlap, as a reader would read them:
 * 首问责任制 is first-inquiry-responsibility, not also 责任制 (target-responsibility). Ranked by how
 * many paragraphs use them. Quotation marks do not split a wording: “一站式”服务 reads 一站式服务.
 * Reports name things more fully than a label does (精神文明创建工作领导小组 for 创建领导小组), so a wording of
 * four characters or more also matches by its key words: its characters found in order, in runs of at least
 * two, within one clause and a span of at most twice its length (see keyWordMatch).
 * Pure: the tags are passed in.
 */
import type { Suggestable } from '../text/suggest';

export interface TagCandidate {
  slug: string;
  label: string;
  /** Paragraphs (1-based lines) that use one of its wordings. */
  lines: number[];
  /** The wordings found. */
  words: string[];
}

/** Every wording of a tag: label, aliases, and each half of a label that names two things (社区共建与资源共享). */
function wordingsOf(tag: Suggestable): string[] {
  const halves = tag.label.split(/[与和及、]/u).filter((w) => w.length >= 3 && w !== tag.label);
  return [...new Set([tag.label, ...halves, ...(tag.aliases ?? [])])].filter((w) => w.length >= 2);
}

/** Quotation marks removed, so a wording the report quotes in part still reads as one. */
const unquoted = (s: string) => s.replace(/[“”"‘’'「」『』]/gu, '');

/** Punctuation that ends a clause: key words on both sides of it belong to different statements. */
const CLAUSE_END = /[，。；：！？、,;:!?\n]/u;

/**
 * Where a wording's key words occur in order in `text` from `from` on: the wording is cut, greedily, into the
 * longest runs that occur (创建领导小组 → 创建 + 领导小组 in 精神文明创建工作领导小组), each of at least two
 * characters, no clause ending between them, spanning at most twice the wording. A run of one character
 * is refused: 创…建 scattered over a sentence is not the word 创建.
 */
export function keyWordMatch(text: string, word: string, from = 0): { start: number; end: number } | undefined {
  if (word.length < 4) return undefined;
  for (let start = text.indexOf(word.slice(0, 2), from); start >= 0; start = text.indexOf(word.slice(0, 2), start + 1)) {
    let at = start;
    let rest = word;
    let end = start;
    while (rest.length > 0) {
      let run = 0;
      let found = -1;
      for (let n = rest.length; n >= 2 && found < 0; n--) {
        const hit = text.indexOf(rest.slice(0, n), at);
        if (hit >= 0 && !CLAUSE_END.test(text.slice(at, hit))) {
          run = n;
          found = hit;
        }
      }
      // A last single character cannot stand alone either; the wording does not match from here.
      if (found < 0) break;
      at = found + run;
      end = at;
      rest = rest.slice(run);
    }
    if (rest.length === 0 && end - start <= 2 * word.length) return { start, end };
  }
  return undefined;
}

export function tagCandidates(lines: readonly { line: number; text: string }[], tags: readonly Suggestable[]): TagCandidate[] {
  const wordings = tags.flatMap((tag) => wordingsOf(tag).map((word) => ({ tag, word }))).sort((a, b) => b.word.length - a.word.length);
  const found = new Map<string, { tag: Suggestable; lines: Set<number>; words: Set<string> }>();
  for (const { line, text } of lines) {
    const p = { line, text: unquoted(text) };
    const taken: { start: number; end: number; slug: string }[] = [];
    const take = (tag: Suggestable, at: number, end: number) => {
      if (taken.some((t) => t.slug !== tag.slug && at < t.end && t.start < end)) return;
      taken.push({ start: at, end, slug: tag.slug });
      const entry = found.get(tag.slug) ?? { tag, lines: new Set<number>(), words: new Set<string>() };
      entry.lines.add(p.line);
      // The report's own wording, so the draft shows what was read (创建工作领导小组, not the label).
      entry.words.add(p.text.slice(at, end));
      found.set(tag.slug, entry);
    };
    // Whole wordings first, longest first; then key words, only where no whole wording already stands.
    for (const { tag, word } of wordings) {
      for (let at = p.text.indexOf(word); at >= 0; at = p.text.indexOf(word, at + 1)) take(tag, at, at + word.length);
    }
    for (const { tag, word } of wordings) {
      for (let m = keyWordMatch(p.text, word); m; m = keyWordMatch(p.text, word, m.start + 1)) {
        if (m.end - m.start > word.length) take(tag, m.start, m.end);
      }
    }
  }
  return [...found.values()]
    .map((e) => ({ slug: e.tag.slug, label: e.tag.label, lines: [...e.lines].sort((a, b) => a - b), words: [...e.words] }))
    .sort((a, b) => b.lines.length - a.lines.length || a.slug.localeCompare(b.slug));
}
