/**
 * Tag candidates: taxonomy tags whose label or an alias a paragraph uses (the paragraph already in
 * simplified script). The longest wording wins where two overlap, as a reader would read them:
 * 首问责任制 is first-inquiry-responsibility, not also 责任制 (target-responsibility). Ranked by how
 * many paragraphs use them. Quotation marks do not split a wording: “一站式”服务 reads 一站式服务.
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

export function tagCandidates(lines: readonly { line: number; text: string }[], tags: readonly Suggestable[]): TagCandidate[] {
  const wordings = tags.flatMap((tag) => wordingsOf(tag).map((word) => ({ tag, word }))).sort((a, b) => b.word.length - a.word.length);
  const found = new Map<string, { tag: Suggestable; lines: Set<number>; words: Set<string> }>();
  for (const { line, text } of lines) {
    const p = { line, text: unquoted(text) };
    const taken: { start: number; end: number; slug: string }[] = [];
    for (const { tag, word } of wordings) {
      for (let at = p.text.indexOf(word); at >= 0; at = p.text.indexOf(word, at + 1)) {
        const end = at + word.length;
        if (taken.some((t) => t.slug !== tag.slug && at < t.end && t.start < end)) continue;
        taken.push({ start: at, end, slug: tag.slug });
        const entry = found.get(tag.slug) ?? { tag, lines: new Set<number>(), words: new Set<string>() };
        entry.lines.add(p.line);
        entry.words.add(word);
        found.set(tag.slug, entry);
      }
    }
  }
  return [...found.values()]
    .map((e) => ({ slug: e.tag.slug, label: e.tag.label, lines: [...e.lines].sort((a, b) => a - b), words: [...e.words] }))
    .sort((a, b) => b.lines.length - a.lines.length || a.slug.localeCompare(b.slug));
}
