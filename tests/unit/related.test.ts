import { describe, expect, it } from 'vitest';
import { rankRelated, RELATED_LIMIT, WEIGHTS, type CaseProfile } from '../../src/browsing/related';
import { pinyin } from '../../src/core/collate';

const profile = (
  slug: string,
  tags: string[],
  themes: string[],
  practiceTags: string[] = [],
  reported = 2010,
  title = slug,
  unitType = '',
): CaseProfile => ({
  slug,
  title,
  reported,
  tags,
  allTags: [...tags, ...practiceTags],
  themes,
  unitType,
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
      sameUnitType: false,
      score: 2 * WEIGHTS.caseTag,
    });
    expect(ranked[1]!.score).toBe(ranked[2]!.score);
    expect(ranked[2]!.score).toBe(2 * WEIGHTS.theme);
    expect(ranked[3]).toMatchObject({ sharedTags: [], sharedPracticeTags: ['p1', 'p2'], score: 2 * WEIGHTS.practiceTag });
  });

  it('caps what tags shared only through practices add, and a unit of the same type counts beside a shared tag or theme', () => {
    const practiceTags = Array.from({ length: 15 }, (_, i) => `p${i}`);
    const school = profile('me', ['swimming'], ['culture'], practiceTags, 2010, 'me', 'school');
    const ranked = rankRelated(school, [
      // A long report sharing fifteen practice tags and nothing the case is about…
      profile('long-centre', ['window'], ['service'], practiceTags, 2012, '中心', 'service-centre'),
      // …ranks below a school sharing the case's theme and one practice tag.
      profile('other-school', ['campus'], ['culture'], ['p0'], 2010, '幼儿园', 'school'),
      // The same type alone, with nothing else shared, is no relation.
      profile('unrelated-school', ['campus'], ['sport'], [], 2010, '学校', 'school'),
    ]);
    expect(ranked.map((r) => r.slug)).toEqual(['other-school', 'long-centre']);
    expect(ranked[0]).toMatchObject({ sameUnitType: true, score: WEIGHTS.theme + WEIGHTS.practiceTag + WEIGHTS.unitType });
    expect(ranked[1]).toMatchObject({ sameUnitType: false, score: WEIGHTS.practiceTagCap });
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

  // The definition, written the slow and obvious way: compare the target with every other case.
  const byDefinition = (me: CaseProfile, all: CaseProfile[]) => {
    const uniq = (xs: readonly string[]) => [...new Set(xs)];
    return all
      .filter((o) => o.slug !== me.slug)
      .map((o) => {
        const sharedTags = uniq(o.tags).filter((t) => me.tags.includes(t));
        const sharedPracticeTags = uniq(o.allTags).filter((t) => me.allTags.includes(t) && !sharedTags.includes(t));
        const sharedThemes = uniq(o.themes).filter((t) => me.themes.includes(t));
        const shared =
          sharedTags.length * WEIGHTS.caseTag +
          sharedThemes.length * WEIGHTS.theme +
          Math.min(WEIGHTS.practiceTagCap, sharedPracticeTags.length * WEIGHTS.practiceTag);
        const sameUnitType = !!me.unitType && o.unitType === me.unitType;
        const score = shared === 0 ? 0 : shared + (sameUnitType ? WEIGHTS.unitType : 0);
        return { o, r: { slug: o.slug, sharedTags, sharedPracticeTags, sharedThemes, sameUnitType, score } };
      })
      .filter(({ r }) => r.score > 0)
      .sort(
        (a, b) =>
          b.r.score - a.r.score ||
          b.r.sharedTags.length - a.r.sharedTags.length ||
          b.o.reported - a.o.reported ||
          pinyin.compare(a.o.title, b.o.title) ||
          (a.o.slug < b.o.slug ? -1 : 1),
      )
      .slice(0, RELATED_LIMIT)
      .map(({ r }) => r);
  };

  /** A random archive of `n` cases over the tags in `tags` and the themes in `themes`. */
  function archive(n: number, tags: readonly string[], themes: readonly string[], seed = 7) {
    const next = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % m);
    const pick = (pool: readonly string[], k: number) => Array.from({ length: k }, () => pool[next(pool.length)]!);
    return Array.from({ length: n }, (_, i) =>
      profile(
        `c${String(i).padStart(3, '0')}`,
        pick(tags.slice(0, 8), 1 + next(4)),
        pick(themes, 1 + next(2)),
        pick(tags, next(6)),
        2000 + next(5),
        pick([...'安游乙甲'], 2).join(''),
        ['', 'school', 'hospital', 'bank'][next(4)],
      ),
    );
  }

  it('agrees with comparing every pair of cases, on a large archive with many ties', () => {
    const all = archive(300, [...'abcdefghpqrs'], [...'xyz']);
    for (const me of all.slice(0, 60)) expect(rankRelated(me, all)).toEqual(byDefinition(me, all));
  });

  it('agrees with the definition when the archive has more tags and themes than one 32-bit word holds', () => {
    const tags = Array.from({ length: 100 }, (_, i) => `tag-${i}`);
    const themes = Array.from({ length: 40 }, (_, i) => `theme-${i}`);
    // Case tags from the first eight (many ties), further tags and themes from all of them.
    const all = archive(300, [...tags.slice(90), ...tags], themes, 11);
    for (const me of all.slice(0, 60)) expect(rankRelated(me, all)).toEqual(byDefinition(me, all));
    // A case outside the list, with a tag no listed case has, is ranked against the list too.
    const outsider = profile('zzz', ['tag-95', 'unknown'], ['theme-3'], ['tag-40', 'tag-41'], 2003, '甲');
    expect(rankRelated(outsider, all)).toEqual(byDefinition(outsider, all));
  });
});
