import { describe, expect, it } from 'vitest';
import { SIMILAR_LIMIT, similarIndex, type PracticeProfile } from '../../src/browsing/similar';

const p = (caseSlug: string, practiceId: string, tags: string[]): PracticeProfile => ({ caseSlug, practiceId, tags });

describe('similarIndex (其他单位的同类做法)', () => {
  const list = [
    p('me', 'a', ['study', 'volunteer']),
    p('me', 'b', ['study']),
    p('one', 'x', ['study']),
    p('two', 'y', ['study', 'volunteer']),
    p('two', 'z', ['volunteer']),
    p('three', 'w', ['volunteer']),
    p('four', 'v', ['other']),
    p('five', 'u', ['study']),
  ];
  const similarTo = similarIndex(list);

  it('ranks by shared tags, then the rarer shared tag, then list order; never the same case; one per case', () => {
    const { shown } = similarTo(0);
    const ids = shown.map((s) => list[s.index]!.practiceId);
    // y shares both tags; then volunteer (3 carriers) is rarer than study (5): w; then study, first in list: x.
    expect(ids).toEqual(['y', 'w', 'x']);
    expect(shown[0]!.shared).toEqual(['study', 'volunteer']);
    expect(shown.length).toBeLessThanOrEqual(SIMILAR_LIMIT);
    expect(shown.every((s) => list[s.index]!.caseSlug !== 'me')).toBe(true);
  });

  it('links to all through the practice’s first tag, counting the other cases’ practices that carry it', () => {
    expect(similarTo(0).all).toEqual({ tag: 'study', count: 3 });
    expect(similarTo(6)).toEqual({ shown: [] });
  });

  it('gives the same answer asked twice (its scratch space is reset)', () => {
    expect(similarTo(1)).toEqual(similarTo(1));
    expect(similarTo(0)).toEqual(similarTo(0));
  });
});
