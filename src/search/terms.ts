/**
 * The small, dependency-free part of search that both the search page and the case page's
 * landing highlighter need: query normalisation, term splitting and highlight ranges. Kept apart
 * from the ranking (rank.ts) so the case page ships a few hundred bytes, not the ranking code.
 */

/** Longest query we act on, in characters. Longer input is cut, not rejected. */
export const MAX_QUERY_LENGTH = 100;

// Control characters and the bidi/zero-width formatting marks that copy-paste drags in.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * What the reader typed, made safe and comparable: NFKC (full-width Latin and digits become
 * half-width, so １２１２１ finds 12121), invisible characters dropped, runs of space collapsed,
 * trimmed, and cut to MAX_QUERY_LENGTH characters (whole code points).
 */
export function normaliseQuery(raw: string | null | undefined): string {
  if (!raw) return '';
  const cleaned = raw.normalize('NFKC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

// Quotation marks and punctuation that separate words but never carry meaning in a match.
const PUNCT = /[\s"'“”‘’「」『』《》〈〉()（）【】[\]{}、，。,.;；:：!！?？·…—\-_/\\|]+/g;

/** A string reduced to what a match compares: lower case, no spaces or punctuation. */
export function compact(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u200b/g, '')
    .replace(PUNCT, '');
}

/** The separate words of a query (split on spaces and punctuation), without duplicates or empties. */
export function queryTerms(query: string): string[] {
  const parts = normaliseQuery(query)
    .split(PUNCT)
    .map((p) => p.toLowerCase())
    .filter(Boolean);
  return [...new Set(parts)];
}

export interface TextPiece {
  text: string;
  hit: boolean;
}

/**
 * Splits `text` into pieces, marking every occurrence of any term (case-insensitive, longest term
 * first so 首问责任制 wins over 首问). The caller renders hits as <mark> with text nodes, so no
 * input can become markup.
 */
export function highlightPieces(text: string, terms: readonly string[]): TextPiece[] {
  const wanted = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!text || wanted.length === 0) return text ? [{ text, hit: false }] : [];
  const pieces: TextPiece[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const term = wanted.find((t) => text.slice(i, i + t.length).toLowerCase() === t);
    if (term) {
      if (plain) pieces.push({ text: plain, hit: false });
      plain = '';
      pieces.push({ text: text.slice(i, i + term.length), hit: true });
      i += term.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) pieces.push({ text: plain, hit: false });
  return pieces;
}
