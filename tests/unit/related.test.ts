import { describe, expect, it } from 'vitest';
import { rankRelated, RELATED_LIMIT, TAG_WEIGHT, THEME_WEIGHT, type CaseProfile } from '../../src/lib/related';

const profile = (slug: string, tags: string[], themes: string[], reported = 2010, title = slug): CaseProfile => ({
  slug,
  title,
  reported,
  tags,
  themes,
});

describe('rankRelated', () => {
  const target = profile('me', ['a', 'b', 'c'], ['t1', 't2']);

  it('ranks by shared tags before shared themes and shows what is shared', () => {
    const ranked = rankRelated(target, [
      target,
      profile('themes-only', ['x'], ['t1', 't2']),
      profile('two-tags', ['c', 'z', 'a'], ['t9']),
      profile('one-tag', ['b'], ['t1']),
      profile('nothing', ['q'], ['t9']),
    ]);
    expect(ranked.map((r) => r.slug)).toEqual(['two-tags', 'one-tag', 'themes-only']);
    expect(ranked[0]).toEqual({ slug: 'two-tags', sharedTags: ['c', 'a'], sharedThemes: [], score: 2 * TAG_WEIGHT });
    expect(ranked[1]!.score).toBe(TAG_WEIGHT + THEME_WEIGHT);
    expect(ranked[2]!.sharedThemes).toEqual(['t1', 't2']);
  });

  it('never lists the case itself or a case with nothing in common', () => {
    const ranked = rankRelated(target, [target, profile('nothing', ['q'], ['t9'])]);
    expect(ranked).toEqual([]);
  });

  it('breaks ties by the newer report, then by title in pinyin order', () => {
    const ranked = rankRelated(target, [
      profile('old', ['a'], [], 2001, '乙'),
      profile('new-b', ['a'], [], 2012, '游泳'),
      profile('new-a', ['a'], [], 2012, '安全'),
    ]);
    expect(ranked.map((r) => r.slug)).toEqual(['new-a', 'new-b', 'old']);
  });

  it('lists at most the limit', () => {
    const many = Array.from({ length: RELATED_LIMIT + 3 }, (_, i) => profile(`c${i}`, ['a'], []));
    expect(rankRelated(target, many)).toHaveLength(RELATED_LIMIT);
    expect(rankRelated(target, many, 2)).toHaveLength(2);
  });
});
