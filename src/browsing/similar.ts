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
export const SIMILAR_SCAN = 200;

/**
 * Ranks, for each practice, the practices of other cases sharing at least one tag: more shared
 * tags first; then a rarer shared tag first (sharing a tag few practices carry says more than
 * sharing one nearly all do); then the earlier in the list (newer case). One practice per other
 * case, so the few shown come from different units.
 */
export function similarIndex(practices: readonly PracticeProfile[]) {
  const byTag = new Map<string, number[]>();
  practices.forEach((p, i) => {
    for (const tag of new Set(p.tags)) {
      const list = byTag.get(tag);
      if (list) list.push(i);
      else byTag.set(tag, [i]);
    }
  });
  const carriers = (tag: string) => byTag.get(tag) ?? [];

  // Each practice's case as a number, compared in the hot loops instead of slugs, and each
  // case's practices (to count a tag's carriers outside the case).
  const caseNumber = new Map<string, number>();
  const ofCase: number[][] = [];
  const caseOf = Int32Array.from(practices, (p, i) => {
    let n = caseNumber.get(p.caseSlug);
    if (n === undefined) caseNumber.set(p.caseSlug, (n = caseNumber.size));
    (ofCase[n] ??= []).push(i);
    return n;
  });
  // Scratch space reused for every practice: shared-tag counts and the rarest shared tag's size,
  // per practice of the archive, and which entries were touched (to reset them after).
  const score = new Int32Array(practices.length);
  const rarest = new Int32Array(practices.length);
  const touched: number[] = [];
  /** a before b in the ranking: more shared tags, then a rarer shared tag, then earlier in the list. */
  const better = (a: number, b: number) =>
    score[a]! > score[b]! || (score[a] === score[b] && (rarest[a]! < rarest[b]! || (rarest[a] === rarest[b] && a < b)));

  return function similarTo(at: number, limit = SIMILAR_LIMIT): SimilarPractices {
    const me = practices[at]!;
    const myCase = caseOf[at]!;
    // Rarest tag first, so an entry's first touch records its rarest shared tag.
    const tags = [...new Set(me.tags)].sort((a, b) => carriers(a).length - carriers(b).length);
    for (const tag of tags) {
      const list = carriers(tag);
      let seen = 0;
      for (const i of list) {
        if (caseOf[i] === myCase) continue;
        if (++seen > SIMILAR_SCAN) break;
        if ((score[i]! += 1) === 1) {
          rarest[i] = list.length;
          touched.push(i);
        }
      }
    }
    // One pass keeps the best `limit`, one per case: no sort of all the candidates.
    const best: number[] = [];
    for (const i of touched) {
      const c = caseOf[i];
      const same = best.findIndex((j) => caseOf[j] === c);
      if (same >= 0) {
        if (better(i, best[same]!)) best[same] = i;
      } else if (best.length < limit) best.push(i);
      else if (better(i, best[limit - 1]!)) best[limit - 1] = i;
      else continue;
      best.sort((a, b) => (better(a, b) ? -1 : 1));
    }
    for (const i of touched) score[i] = 0;
    touched.length = 0;
    const mine = new Set(me.tags);
    const shown = best.map((index) => ({ index, shared: practices[index]!.tags.filter((t) => mine.has(t)) }));
    for (const tag of me.tags) {
      const count = carriers(tag).length - ofCase[myCase]!.filter((j) => practices[j]!.tags.includes(tag)).length;
      if (count > 0) return { shown, all: { tag, count } };
    }
    return { shown };
  };
}
