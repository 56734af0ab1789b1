/** Finds the valid values closest to a wrong one, for "did you mean" hints in error messages. */

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

export interface Suggestable {
  slug: string;
  label: string;
  aliases?: readonly string[];
}

/**
 * The `limit` terms nearest to `value`, comparing it with each term's slug, label and aliases.
 * An exact label or alias match (a contributor typed 安全生产 instead of work-safety) comes first.
 */
export function nearest<T extends Suggestable>(value: string, terms: readonly T[], limit = 3): T[] {
  const v = value.trim().toLowerCase();
  const scored = terms.map((term) => {
    const names = [term.slug, term.label, ...(term.aliases ?? [])].map((n) => n.toLowerCase());
    let best = Infinity;
    for (const n of names) {
      if (n === v) best = Math.min(best, -2);
      else if (v.length >= 2 && (n.includes(v) || v.includes(n))) best = Math.min(best, -1 + 1 / (1 + n.length));
      else best = Math.min(best, editDistance(v, n) / Math.max(v.length, n.length, 1));
    }
    return { term, best };
  });
  return scored
    .sort((x, y) => x.best - y.best || x.term.slug.localeCompare(y.term.slug))
    .slice(0, limit)
    .map((s) => s.term);
}

/** Two-character runs of a Chinese wording: 首问责任制 → 首问, 问责, 责任, 任制. */
function bigrams(s: string): Set<string> {
  const han = [...s].filter((c) => /\p{Script=Han}/u.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han[i]! + han[i + 1]!);
  return out;
}

/**
 * Terms whose label or an alias means what `value` says: the same wording, one containing the
 * other, or (for Chinese) a shared two-character word. Strongest first; none for a pure slug typo.
 */
export function byMeaning<T extends Suggestable>(value: string, terms: readonly T[], limit = 3): T[] {
  const v = value.trim().toLowerCase();
  const vb = bigrams(v);
  const scored: { term: T; score: number }[] = [];
  for (const term of terms) {
    let score = 0;
    for (const n of [term.label, ...(term.aliases ?? [])].map((x) => x.toLowerCase())) {
      if (n === v) score = Math.max(score, 100);
      else if (v.length >= 2 && n.length >= 2 && (n.includes(v) || v.includes(n)))
        score = Math.max(score, 50 + Math.min(n.length, v.length));
      else {
        let shared = 0;
        for (const b of bigrams(n)) if (vb.has(b)) shared++;
        if (shared) score = Math.max(score, 10 * shared);
      }
    }
    if (score > 0) scored.push({ term, score });
  }
  // A shared two-character word ("服务") is weak evidence: only worth showing when nothing matches better.
  const strong = scored.some((s) => s.score >= 50);
  return scored
    .filter((s) => !strong || s.score >= 50)
    .sort((x, y) => y.score - x.score || x.term.slug.localeCompare(y.term.slug))
    .slice(0, limit)
    .map((s) => s.term);
}

/** Terms whose slug is spelled most like `value` (a typo in a slug), nearest first. */
export function bySpelling<T extends Suggestable>(value: string, terms: readonly T[], limit = 3): T[] {
  const v = value.trim().toLowerCase();
  return terms
    .map((term) => ({ term, d: editDistance(v, term.slug) / Math.max(v.length, term.slug.length, 1) }))
    .sort((x, y) => x.d - y.d || x.term.slug.localeCompare(y.term.slug))
    .slice(0, limit)
    .map((s) => s.term);
}
