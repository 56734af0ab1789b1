/**
 * The instant tier's pure part (src/search/suggest.ts): which shard answers a query, what a shard
 * holds, and the order suggestions come in — the search page's order (rank.ts): a practice whose
 * name or alias is the query, then the practice's own words, then a tag only.
 */
import { describe, expect, it } from 'vitest';
import {
  MATCH_TIER,
  SHARD_CAP,
  buildShards,
  matchTier,
  rankSuggestions,
  shardKeyOf,
  shardsVersion,
  type SuggestEntry,
} from '../../src/search/suggest';
import { prepareQuery, scorePractice } from '../../src/search/rank';
import { toSimplified } from '../../src/text/to-simplified';

const entry = (over: Partial<SuggestEntry>): SuggestEntry => ({
  u: '/cases/x/#p',
  n: '做法',
  a: [],
  c: '案例标题',
  w: '某单位',
  k: [],
  ...over,
});

const byTag = entry({ u: '/cases/a/#tag', n: '窗口服务', k: ['首问责任制'] });
const inTitle = entry({ u: '/cases/b/#title', n: '限时办结', c: '以首问责任制为抓手' });
const exact = entry({ u: '/cases/c/#exact', n: '首问责任制' });
const byAlias = entry({ u: '/cases/d/#alias', n: '首问负责', a: ['首问责任制'] });
const longer = entry({ u: '/cases/e/#longer', n: '首问责任制度' });

describe('matchTier', () => {
  it('tells an exact name or alias from own words and from a tag', () => {
    expect(matchTier('首问责任制', exact)).toBe(MATCH_TIER.exact);
    expect(matchTier('首问责任制', byAlias)).toBe(MATCH_TIER.exact);
    expect(matchTier('首问', exact)).toBe(MATCH_TIER.ownWords);
    expect(matchTier('首问责任制', inTitle)).toBe(MATCH_TIER.ownWords);
    expect(matchTier('首问责任制', byTag)).toBe(MATCH_TIER.tagOnly);
    expect(matchTier('安康杯', exact)).toBe(MATCH_TIER.none);
    expect(matchTier('  ', exact)).toBe(MATCH_TIER.none);
  });

  it('matches a traditional query once folded with the conversion chain', () => {
    expect(matchTier('首問責任制', exact, toSimplified)).toBe(MATCH_TIER.exact);
  });
});

describe('rankSuggestions', () => {
  it('orders exact name, then exact alias, then own words (a name starting with the query first), then tag only', () => {
    const got = rankSuggestions('首问责任制', [byTag, inTitle, longer, byAlias, exact]).map((s) => s.entry.u);
    expect(got).toEqual([exact.u, byAlias.u, longer.u, inTitle.u, byTag.u]);
  });

  it('agrees with the search page on practices: a name match outranks a tag-only match', () => {
    const q = prepareQuery('首问责任制');
    const meta = (e: SuggestEntry) => ({ id: 'p', n: e.n, a: e.a, k: e.k, t: [], s: '' });
    expect(scorePractice(q, meta(exact), '', 0).score).toBeGreaterThan(scorePractice(q, meta(byTag), '', 0).score);
    expect(rankSuggestions('首问责任制', [byTag, exact])[0]!.entry.u).toBe(exact.u);
  });

  it('drops non-matches and repeats, and keeps to the limit', () => {
    expect(rankSuggestions('首问', [exact, exact, entry({ n: '安康杯' })])).toHaveLength(1);
    expect(rankSuggestions('首问', [exact, longer, byAlias], 2)).toHaveLength(2);
  });
});

describe('shards', () => {
  it('files an entry under every pair of characters, so the first two answer any substring of two or more', () => {
    const { shards, big } = buildShards([exact, byTag, inTitle, entry({ u: '/cases/f/#other', n: '安康杯' })]);
    expect(big).toEqual([]);
    expect(shards.get(shardKeyOf('问责任')!)!.map((e) => e.u)).toEqual([exact.u, byTag.u, inTitle.u]);
  });

  it('splits a pair too many practices share by the next character, and keeps every shard within the cap', () => {
    const many = Array.from({ length: SHARD_CAP + 5 }, (_, i) =>
      entry({ u: `/cases/m${i}/#p`, n: i % 2 ? `文明单位${i}` : `文明家庭${i}` }),
    );
    const { shards, big } = buildShards([...many, exact]);
    const bigKeys = new Set(big);
    expect(bigKeys.has(shardKeyOf('文明')!)).toBe(true);
    const key = shardKeyOf('文明单位', bigKeys)!;
    expect(key).not.toBe(shardKeyOf('文明'));
    expect(shards.get(key)!.every((e) => e.n.startsWith('文明单'))).toBe(true);
    for (const list of shards.values()) expect(list.length).toBeLessThanOrEqual(SHARD_CAP);
  });

  it('answers one character with the practices whose name or alias starts with it', () => {
    const { shards } = buildShards([exact, byAlias, inTitle]);
    expect(shards.get(shardKeyOf('首')!)!.map((e) => e.u)).toEqual([exact.u, byAlias.u]);
    expect(shards.get(shardKeyOf('限')!)!.map((e) => e.u)).toEqual([inTitle.u]);
  });

  it('keys on the compacted query: spaces, punctuation and case do not pick another shard', () => {
    expect(shardKeyOf(' 「首问')).toBe(shardKeyOf('首问'));
    expect(shardKeyOf('ABC')).toBe(shardKeyOf('abc'));
    expect(shardKeyOf('')).toBeUndefined();
  });

  it('versions the shards by their content', () => {
    expect(shardsVersion([exact])).toBe(shardsVersion([{ ...exact }]));
    expect(shardsVersion([exact])).not.toBe(shardsVersion([longer]));
  });
});
