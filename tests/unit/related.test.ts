import { describe, expect, it } from 'vitest';
import { rankRelated, RELATED_LIMIT, WEIGHTS, type CaseProfile } from '../../src/lib/related';

const profile = (
  slug: string,
  tags: string[],
  themes: string[],
  practiceTags: string[] = [],
  reported = 2010,
  title = slug,
): CaseProfile => ({
  slug,
  title,
  reported,
  tags,
  allTags: [...tags, ...practiceTags],
  themes,
});

describe('rankRelated', () => {
  const target = profile('me', ['a', 'b', 'c'], ['t1', 't2'], ['p1', 'p2']);

  it('ranks shared case tags above shared themes above tags shared only through practices', () => {
    const ranked = rankRelated(target, [
      target,
      profile('practice-tags', ['x'], ['t9'], ['p1', 'p2']),
      profile('themes', ['x'], ['t1', 't2']),
      profile('two-tags', ['c', 'z', 'a'], ['t9']),
      profile('one-tag', ['b'], ['t9']),
      profile('nothing', ['q'], ['t9'], ['p9']),
    ]);
    // 'one-tag' and 'themes' score the same; the shared case tag breaks the tie.
    expect(ranked.map((r) => r.slug)).toEqual(['two-tags', 'one-tag', 'themes', 'practice-tags']);
    expect(ranked[0]).toEqual({
      slug: 'two-tags',
      sharedTags: ['c', 'a'],
      sharedPracticeTags: [],
      sharedThemes: [],
      score: 2 * WEIGHTS.caseTag,
    });
    expect(ranked[1]!.score).toBe(ranked[2]!.score);
    expect(ranked[2]!.score).toBe(2 * WEIGHTS.theme);
    expect(ranked[3]).toMatchObject({ sharedTags: [], sharedPracticeTags: ['p1', 'p2'], score: 2 * WEIGHTS.practiceTag });
  });

  it('counts a tag once: a shared case tag is not repeated among the practice tags', () => {
    const [r] = rankRelated(target, [profile('other', ['a'], [], ['b', 'p1'])]);
    expect(r).toMatchObject({ sharedTags: ['a'], sharedPracticeTags: ['b', 'p1'] });
  });

  it('never lists the case itself or a case with nothing in common', () => {
    expect(rankRelated(target, [target, profile('nothing', ['q'], ['t9'])])).toEqual([]);
  });

  it('breaks ties by more case tags, then the newer report, then title in pinyin order', () => {
    const ranked = rankRelated(target, [
      profile('old', ['a'], [], [], 2001, '乙'),
      profile('new-b', ['a'], [], [], 2012, '游泳'),
      profile('new-a', ['a'], [], [], 2012, '安全'),
    ]);
    expect(ranked.map((r) => r.slug)).toEqual(['new-a', 'new-b', 'old']);
  });

  it('lists at most the limit', () => {
    const many = Array.from({ length: RELATED_LIMIT + 3 }, (_, i) => profile(`c${i}`, ['a'], []));
    expect(rankRelated(target, many)).toHaveLength(RELATED_LIMIT);
    expect(rankRelated(target, many, 2)).toHaveLength(2);
  });
});
