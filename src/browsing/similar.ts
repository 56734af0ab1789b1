/**
 * 其他单位的同类做法: for one practice, the practices of other cases that share its tags, best
 * first. Pure: takes plain profiles of the practices, so the ranking is unit-tested without
 * content collections.
 */

export interface PracticeProfile {
  /** The case the practice belongs to; practices of the same case are never "other units'". */
  caseSlug: string;
  practiceId: string;
  tags: readonly string[];
}

export interface SimilarPractice {
  /** Position of the practice in the list the index was made from. */
  index: number;
  /** The tags it shares with the practice asked about, in that practice's tag order. */
  shared: string[];
}

export interface SimilarPractices {
  /** The best few, at most one per other case. */
  shown: SimilarPractice[];
  /**
   * The tag whose page lists them all: the first of the practice's tags that practices of other
   * cases carry (a practice's first tag is the one it is filed under), with how many such
   * practices carry it. Absent when no other case shares a tag.
   */
  all?: { tag: string; count: number };
}

/** How many similar practices each practice shows; the tag page lists the rest. */
export const SIMILAR_LIMIT = 3;

/**
 * Candidates looked at per tag of the practice. A common tag is carried by thousands of practices
 * in a large archive; every practice page looking at all of them would make the build quadratic.
 * The list is in archive order (newest case first), so past this many a tag's newest practices
 * stand for it. The real archive is far below it, and the tag page still lists every one.
 */
export const SIMILAR_SCAN = 400;

/**
 * Ranks, for each practice, the practices of other cases sharing at least one tag: more shared
 * tags first; then a rarer shared tag first (sharing a tag few practices carry says more than
 * sharing one nearly all do); then the earlier in the list (newer case). One practice per other
 * case, so the few shown come from different units.
 */
export function similarIndex(practices: readonly PracticeProfile[]) {
  const byTag = new Map<string, number[]>();
  // How many practices of one case carry a tag ("<tag> <case>"), to count the others' at once.
  const inCase = new Map<string, number>();
  practices.forEach((p, i) => {
    for (const tag of new Set(p.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(i);
      else byTag.set(tag, [i]);
      const key = `${tag} ${p.caseSlug}`;
      inCase.set(key, (inCase.get(key) ?? 0) + 1);
    }
  });
  const carriers = (tag: string) => byTag.get(tag) ?? [];

  return function similarTo(at: number, limit = SIMILAR_LIMIT): SimilarPractices {
    const me = practices[at]!;
    const tags = [...new Set(me.tags)];
    // Per candidate: shared tags (in my tag order) and the smallest carrier count among them.
    const found = new Map<number, { shared: string[]; rarest: number }>();
    for (const tag of tags) {
      const list = carriers(tag);
      let seen = 0;
      for (const i of list) {
        if (practices[i]!.caseSlug === me.caseSlug) continue;
        if (++seen > SIMILAR_SCAN) break;
        const hit = found.get(i);
        if (hit) {
          hit.shared.push(tag);
          hit.rarest = Math.min(hit.rarest, list.length);
        } else found.set(i, { shared: [tag], rarest: list.length });
      }
    }
    const ranked = [...found].sort(([a, x], [b, y]) => y.shared.length - x.shared.length || x.rarest - y.rarest || a - b);
    const shown: SimilarPractice[] = [];
    const cases = new Set<string>();
    for (const [index, { shared }] of ranked) {
      const slug = practices[index]!.caseSlug;
      if (cases.has(slug)) continue;
      cases.add(slug);
      shown.push({ index, shared });
      if (shown.length === limit) break;
    }
    for (const tag of tags) {
      const count = carriers(tag).length - (inCase.get(`${tag} ${me.caseSlug}`) ?? 0);
      if (count > 0) return { shown, all: { tag, count } };
    }
    return { shown };
  };
}
