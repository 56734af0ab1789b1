/**
 * The instant tier's pure part (src/search/suggest.ts): which shard answers a query, what a shard
 * holds, and the order suggestions come in — the search page's order (rank.ts): a practice whose
 * name or alias is the query, then the practice's own words, then a tag only.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MATCH_TIER,
  MAX_KEY,
  SHARD_CAP,
  SHARD_LAYOUT,
  SUGGESTION_LIMIT,
  buildShards,
  fromStored,
  matchTier,
  rankSuggestions,
  shardEntriesFor,
  shardFile,
  shardKeyOf,
  shardKeysOf,
  shardsVersion,
  tagWords,
  tierRoot,
  toStored,
  unpackShard,
  type Shards,
  type SuggestEntry,
  type TagTable,
} from '../../src/search/suggest';
import { prepareQuery, scorePractice } from '../../src/search/rank';
import { handOverSuggest, openSuggestHandoff, suggestHandoffOpen, takeSuggestHandoff } from '../../src/search/suggest-handoff';
import { toSimplified } from '../../src/text/to-simplified';
import { writeShards } from '../../src/integrations/suggest-shards-worker';

/** A tag table as the build writes it: each tag's label, then its aliases. */
const TAGS: TagTable = [
  ['志愿服务', '志愿者'],
  ['首问责任制', '首问负责制'],
];

const entry = (over: Partial<SuggestEntry>): SuggestEntry => {
  const t = over.t ?? [];
  return { u: '/cases/x/#p', n: '做法', a: [], c: '案例标题', w: '某单位', t, k: tagWords(t, TAGS), ...over };
};

const byTag = entry({ u: '/cases/a/#tag', n: '窗口服务', t: [1] });
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

  it('shows each practice name once before any name twice, within its tier', () => {
    // Three cases used 首问制 (the shortest name), one 首问责任制度; one more matches by a tag only.
    const same = [1, 2, 3].map((i) => entry({ u: `/cases/s${i}/#p`, n: '首问制' }));
    const tagged = entry({ u: '/cases/t/#p', n: '窗口', t: [1] });
    const got = rankSuggestions('首问', [...same, longer, tagged]).map((s) => s.entry.u);
    expect(got).toEqual([same[0]!.u, longer.u, same[1]!.u, same[2]!.u, tagged.u]);
    // With room for two, the reader sees both practices, not the same one twice.
    expect(rankSuggestions('首问', [...same, longer], 2).map((s) => s.entry.n)).toEqual(['首问制', '首问责任制度']);
  });

  it('drops non-matches and repeats, and keeps to the limit', () => {
    expect(rankSuggestions('首问', [exact, exact, entry({ n: '安康杯' })])).toHaveLength(1);
    expect(rankSuggestions('首问', [exact, longer, byAlias], 2)).toHaveLength(2);
  });
});

/**
 * The shards as the browser reads them: each key's file, as the build writes it. A key with no
 * shard would be a 404 in the browser: the tier must never ask for one, so here it fails the test.
 */
const reader = (built: Shards) => async (key: string) => {
  if (!built.shards.has(key)) throw new Error(`asked for ${key}, which has no shard`);
  return roundTrip(shardFile(key, built));
};
const roundTrip = <T>(file: T): T => JSON.parse(JSON.stringify(file)) as T;
/** Each built tier's root, as the build writes it from the same entries. */
const roots = new WeakMap<Shards, ReturnType<typeof tierRoot>>();
const build = (entries: SuggestEntry[]): Shards => {
  const built = buildShards(entries);
  roots.set(built, roundTrip(tierRoot(entries, TAGS)));
  return built;
};
const answer = async (query: string, built: Shards, load = reader(built)) =>
  (await shardEntriesFor(query, roots.get(built)!, load)).map((e) => fromStored(e, roots.get(built)!.t));

describe('stored entries', () => {
  it('keep a tag as its index in the table, and come back with the same wordings', () => {
    const stored = toStored(byTag);
    expect(stored).toEqual(['/cases/a/#tag', '窗口服务', [], '案例标题', '某单位', [1]]);
    expect(JSON.stringify(stored)).not.toContain('首问');
    expect(fromStored(stored, TAGS)).toEqual(byTag);
    expect(fromStored(stored, TAGS).k).toEqual(['首问责任制', '首问负责制']);
  });

  it('match a tag-only query once expanded with the table, and nothing of a tag the table lacks', () => {
    expect(matchTier('首问负责制', fromStored(toStored(byTag), TAGS))).toBe(MATCH_TIER.tagOnly);
    expect(fromStored(['/x', '做法', [], '', '', [7]], TAGS).k).toEqual([]);
  });
});

describe('shards', () => {
  it('hold each case’s title and unit once, however many of its practices a shard files', () => {
    const sameCase = [0, 1, 2].map((i) => entry({ u: `/cases/a/#p${i}`, n: `首问做法${i}`, c: '区政务中心的创建', w: '区政务中心' }));
    const other = entry({ u: '/cases/b/#p', n: '首问其他', c: '另一个案例', w: '另一单位' });
    const built = buildShards([...sameCase, other]);
    const file = roundTrip(shardFile(shardKeyOf('首问')!, built));
    expect(file.c).toEqual([
      ['区政务中心的创建', '区政务中心'],
      ['另一个案例', '另一单位'],
    ]);
    expect(file.e.map((e) => e[3])).toEqual([0, 0, 0, 1]);
    expect(JSON.stringify(file).split('区政务中心的创建')).toHaveLength(2);
    // Read back, every entry has its own title and unit again.
    expect(unpackShard(file).map((e) => fromStored(e, TAGS))).toEqual([...sameCase, other]);
  });

  it('files an entry under every pair of characters, so the first two answer any substring of two or more', async () => {
    const built = build([exact, byTag, inTitle, entry({ u: '/cases/f/#other', n: '安康杯' })]);
    expect(built.split.size).toBe(0);
    expect(built.shards.get(shardKeyOf('问责任')!)!.map((e) => e.u)).toEqual([exact.u, byTag.u, inTitle.u]);
    // Through the files: the tag-only entry comes back matchable by its tag's alias.
    expect((await answer('问负责', built)).map((e) => e.u)).toEqual([byTag.u]);
    expect(rankSuggestions('首问负责制', await answer('首问负责制', built)).map((s) => s.entry.u)).toEqual([byTag.u]);
  });

  it('splits a pair too many practices share by the next character, says so in its file, and keeps every shard within the cap', async () => {
    const many = Array.from({ length: SHARD_CAP + 5 }, (_, i) =>
      entry({ u: `/cases/m${i}/#p`, n: i % 2 ? `文明单位${i}` : `文明家庭${i}` }),
    );
    const built = build([...many, exact]);
    const pair = shardKeyOf('文明')!;
    // What follows 文明 in some practice, each the last character of a shard's key.
    expect(shardFile(pair, built).s).toBe('单家');
    expect(shardFile(shardKeyOf('首问')!, built).s).toBeUndefined();
    const [, next] = shardKeysOf('文明单位');
    expect(built.split.has(next!)).toBe(false);
    // The browser follows the flag: 文明单位 is answered by 文明单's shard, with every 文明单位 practice.
    const got = await answer('文明单位', built);
    expect(got.length).toBe(Math.floor((SHARD_CAP + 5) / 2));
    expect(got.every((e) => e.n.startsWith('文明单'))).toBe(true);
    // Two characters still read the pair's own shard, which holds only what they show.
    expect((await answer('文明', built)).length).toBe(SUGGESTION_LIMIT);
    // A next character no practice has after the pair: no suggestion, and no file asked for.
    const asked: string[] = [];
    const load = reader(built);
    expect(await answer('文明城市', built, (key) => (asked.push(key), load(key)))).toEqual([]);
    expect(asked).toEqual([shardKeyOf('文'), pair]);
    for (const list of built.shards.values()) expect(list.length).toBeLessThanOrEqual(SHARD_CAP);
  });

  it('answer every query of up to the longest key as ranking all the practices would, with split and one-character shards holding only what they show', async () => {
    // Few characters, so pairs are shared by hundreds of practices and split down to the longest key.
    const chars = Array.from('文明单位服务窗口');
    const pick = (i: number, n: number) => Array.from({ length: n }, (_, j) => chars[(i * (j + 3) + j * j) % chars.length]).join('');
    const all = Array.from({ length: 3 * SHARD_CAP }, (_, i) =>
      entry({
        u: `/cases/g${i % 40}/#p${i}`,
        n: pick(i, 3 + (i % 5)),
        a: i % 7 === 0 ? [pick(i + 1, 4)] : [],
        c: `${pick(i % 40, 6)}的创建`,
        w: pick(i % 40, 3),
        t: i % 3 === 0 ? [0] : i % 3 === 1 ? [1] : [],
      }),
    );
    const built = build(all);
    expect(built.split.size).toBeGreaterThan(0);
    expect([...built.split].some((key) => key.split('-').length > 2)).toBe(true);
    const startsWith = (q: string) => (e: SuggestEntry) => [e.n, ...e.a].some((name) => name.startsWith(q));
    const texts = new Set<string>();
    for (const e of all)
      for (const field of [e.n, ...e.a, e.c, e.w, ...e.k]) {
        const cs = Array.from(field);
        for (let i = 0; i < cs.length; i++) for (let n = 1; n <= MAX_KEY && i + n <= cs.length; n++) texts.add(cs.slice(i, i + n).join(''));
      }
    const urls = (list: { entry: SuggestEntry }[]) => list.map((s) => s.entry.u);
    for (const q of texts) {
      const pool = Array.from(q).length === 1 ? all.filter(startsWith(q)) : all;
      expect(urls(rankSuggestions(q, await answer(q, built))), q).toEqual(urls(rankSuggestions(q, pool)));
    }
    for (const key of built.split) expect(built.shards.get(key)!.length).toBeLessThanOrEqual(SUGGESTION_LIMIT);
    for (const [key, list] of built.shards) if (key.startsWith('p')) expect(list.length).toBeLessThanOrEqual(SUGGESTION_LIMIT);
  });

  it('files every key in the order of the data, whichever keys before it split first', async () => {
    // 文明 splits first (the first practice has it), 服务 after it. The practice named 服务窗台 has
    // 文明 in its case title, so it comes through 文明's list before 服务窗口, which is earlier in
    // the data; the longer keys must still list 服务窗口 first, or a tie shows the later one first.
    const plain = (u: string, n: string, c = '') => entry({ u, n, c, w: '' });
    const all = [
      plain('/cases/w0/#p', '文明'),
      plain('/cases/s1/#p', '服务窗口'),
      ...Array.from({ length: SHARD_CAP }, (_, i) => plain(`/cases/w${i + 2}/#p`, `文明${i}`)),
      plain('/cases/late/#p', '服务窗台', '文明的创建'),
      ...Array.from({ length: SHARD_CAP }, (_, i) => plain(`/cases/s${i + 2}/#p`, `服务${i}`)),
    ];
    const built = build(all);
    expect([shardKeyOf('文明')!, shardKeyOf('服务')!].every((key) => built.split.has(key))).toBe(true);
    const urls = (list: { entry: SuggestEntry }[]) => list.map((s) => s.entry.u);
    expect(urls(rankSuggestions('服务窗', await answer('服务窗', built)))).toEqual(['/cases/s1/#p', '/cases/late/#p']);
    expect(urls(rankSuggestions('服务窗', all))).toEqual(['/cases/s1/#p', '/cases/late/#p']);
  });

  it('reads the first character’s shard, then no further than a shard that is not split, nor than the longest key', async () => {
    const asked: string[] = [];
    const built = build([exact]);
    const load = reader(built);
    await answer('首问责任制', built, (key) => (asked.push(key), load(key)));
    expect(asked).toEqual([shardKeyOf('首'), shardKeyOf('首问')]);
    expect(shardKeysOf('一二三四五六七八')).toHaveLength(MAX_KEY - 1);
  });

  it('asks for no shard that does not exist: a query no practice contains is answered without a request', async () => {
    const entries = [exact, byTag, inTitle];
    const built = build(entries);
    const root = roots.get(built)!;
    // The root lists exactly the characters that have a one-character shard: every character of the fields.
    const oneChar = [...built.shards.keys()].filter((k) => k.startsWith('p'));
    expect(Array.from(root.f).map((ch) => shardKeyOf(ch))).toEqual(
      oneChar.sort((a, b) => parseInt(a.slice(1), 16) - parseInt(b.slice(1), 16)),
    );
    expect(root.f).toContain('抓'); // in a case title only: its shard has no entries, but says what follows
    expect(shardFile(shardKeyOf('抓')!, built)).toEqual({ c: [], e: [], s: '手' });
    // Every character a shard says may follow its key leads to a shard.
    for (const key of built.shards.keys()) {
      const next = shardFile(key, built).s ?? '';
      for (const ch of next) {
        const longer = key.startsWith('p')
          ? `${key.slice(1)}-${ch.codePointAt(0)!.toString(16)}`
          : `${key}-${ch.codePointAt(0)!.toString(16)}`;
        expect(built.shards.has(longer), `${key} → ${ch}`).toBe(true);
      }
    }
    const asked: string[] = [];
    const load = reader(built);
    const counted = (key: string) => (asked.push(key), load(key));
    for (const q of ['游泳', '泳', '首游', '首问游']) expect(rankSuggestions(q, await answer(q, built, counted)), q).toEqual([]);
    // 首 has a shard (what follows it); nothing else was asked for, and nothing that does not exist.
    expect(new Set(asked)).toEqual(new Set([shardKeyOf('首'), shardKeyOf('首问')]));
  });

  it('answers one character with the practices whose name or alias starts with it, best first', () => {
    const { shards } = buildShards([exact, byAlias, inTitle]);
    // Both names start with 首 and match in their own words: the shorter name first.
    expect(shards.get(shardKeyOf('首')!)!.map((e) => e.u)).toEqual([byAlias.u, exact.u]);
    expect(shards.get(shardKeyOf('限')!)!.map((e) => e.u)).toEqual([inTitle.u]);
  });

  it('keys on the compacted query: spaces, punctuation and case do not pick another shard', () => {
    expect(shardKeyOf(' 「首问')).toBe(shardKeyOf('首问'));
    expect(shardKeyOf('ABC')).toBe(shardKeyOf('abc'));
    expect(shardKeyOf('')).toBeUndefined();
  });

  it('versions the shards by their content, the tag table and their layout included', () => {
    expect(shardsVersion([exact], TAGS)).toBe(shardsVersion([{ ...exact }], TAGS));
    expect(shardsVersion([exact], TAGS)).not.toBe(shardsVersion([longer], TAGS));
    expect(shardsVersion([exact], TAGS)).not.toBe(shardsVersion([exact], [...TAGS, ['新标签']]));
    // The same data cut another way is another version: a kept URL never gets the new files.
    expect(shardsVersion([exact], TAGS)).not.toBe(shardsVersion([exact], TAGS, { ...SHARD_LAYOUT, shown: SUGGESTION_LIMIT + 1 }));
  });
});

describe('the hand-over to the build step that writes the shards', () => {
  it('passes the practices only while a build has it open, once', () => {
    const data = { folder: 'search/suggest/abc/', entries: [exact] };
    handOverSuggest(data); // no build waiting: dropped
    expect(suggestHandoffOpen()).toBe(false);
    expect(takeSuggestHandoff()).toBeNull();
    openSuggestHandoff();
    expect(suggestHandoffOpen()).toBe(true);
    handOverSuggest(data);
    expect(takeSuggestHandoff()).toEqual(data);
    expect(suggestHandoffOpen()).toBe(false);
    expect(takeSuggestHandoff()).toBeNull();
  });

  it('are written, one file per shard, by the build’s worker', () => {
    const out = mkdtempSync(join(tmpdir(), 'shards-'));
    const entries = [exact, entry({ u: '/cases/y/#q', n: '志愿服务队', t: [0] })];
    const built = buildShards(entries);
    expect(writeShards({ entries, out })).toBe(built.shards.size);
    expect(readdirSync(out).sort()).toEqual([...built.shards.keys()].map((k) => `${k}.json`).sort());
    const key = shardKeyOf('志愿')!;
    expect(JSON.parse(readFileSync(join(out, `${key}.json`), 'utf8'))).toEqual(shardFile(key, built));
    rmSync(out, { recursive: true, force: true });
  });

  it('gives the build step the practices the moment they are handed over, and only the first time', () => {
    const data = { folder: 'search/suggest/abc/', entries: [exact] };
    const received: unknown[] = [];
    openSuggestHandoff((d) => received.push(d));
    handOverSuggest(data);
    // The endpoint hands over twice (listing its paths, rendering the tag table): one worker starts.
    handOverSuggest({ folder: 'search/suggest/abc/', entries: [] });
    expect(received).toEqual([data]);
    expect(takeSuggestHandoff()).toEqual(data);
  });
});
