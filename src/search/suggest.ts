/**
 * The instant tier of search: practice names, their aliases, case titles, units and tags, matched
 * by prefix and substring as the reader types, before Pagefind has answered. Pure, so the build
 * (which writes the data) and the browser (which matches it) share one definition.
 *
 * The data is split by the characters the fields contain (shardKeyOf): the shard fetched at the
 * second keystroke answers the rest of the word as it is typed, since everything that contains the
 * query contains its first two characters. What one query fetches grows with how many practices
 * share a pair of characters, not with the whole archive. A shard that only ever answers its own
 * characters (a one-character shard, or a pair split further) holds just the suggestions shown for
 * them.
 */
// With its extension: the build writes the shards in a worker thread that Node loads without a
// bundler (src/integrations/suggest-shards-worker.ts), and Node resolves no extensionless import.
import { compact } from './terms.ts';

/**
 * One practice, as a suggestion: what matching and ranking read. `k` is expanded from `t` with the
 * tag table (fromStored); shards carry `t` alone, the tags' wordings travel once, in the table.
 */
export interface SuggestEntry {
  /** Site-absolute link to the practice's anchor on its case page. */
  u: string;
  /** Practice name. */
  n: string;
  /** The practice's own aliases. */
  a: string[];
  /** Case title. */
  c: string;
  /** Unit name. */
  w: string;
  /** The practice's tags, as indexes into the tag table (TagTable). */
  t: number[];
  /** Labels and aliases of the practice's tags (the table's rows for `t`). */
  k: string[];
}

/**
 * The tag table: for each tag (the taxonomy's order), its label then its aliases. One small file
 * beside the shards, fetched once with the tier's code; an entry names its tags by their index
 * here, so a shard holds ≈ 150 bytes per practice instead of ≈ 480 with every tag's wording.
 */
export type TagTable = readonly (readonly string[])[];

/** A practice as a shard stores it, without field names: [u, n, a, c, w, t] of SuggestEntry. */
export type StoredEntry = [u: string, n: string, a: string[], c: string, w: string, t: number[]];

/**
 * An entry as a shard file holds it: [u, n, a, i, t], `i` the index of its case's title and unit
 * in the file's case table (ShardFile.c).
 */
export type PackedEntry = [u: string, n: string, a: string[], i: number, t: number[]];

/**
 * One shard file: its cases' titles and units, each once (`c`: the two are about half of an
 * entry's bytes, and the shards of a pair in a case's title or unit file all its practices; most
 * shards mix cases, so this saves 13 % at 1,000 cases), its entries (`e`), and `s` when a longer
 * query reads a longer key's shard: every one-character shard, and a pair (or longer run) split
 * further because too many practices share it, which then holds only what its own characters show.
 * `s` lists the characters that follow this key in some practice, each the last of a shard's key:
 * for any other, no practice contains the query, and the browser knows it without asking.
 */
export interface ShardFile {
  c: [title: string, unit: string][];
  e: PackedEntry[];
  s?: string;
}

/**
 * The tier's root file, fetched once when the reader heads for a search box: the tag table, and
 * every character that has a one-character shard (`f`: each character of any practice's fields).
 * With it and the shards' `s`, the browser asks only for shards that exist, so an unknown query
 * costs no request and a 404 is always a fault.
 */
export interface TierRoot {
  t: TagTable;
  f: string;
}

/** Name of the root's file, beside the shards (no shard key is spelled so: keys are hex). */
export const TIER_ROOT = 'root';

/** The root of `entries`' shards, with the tag table their entries point into. */
export function tierRoot(entries: readonly SuggestEntry[], tags: TagTable): TierRoot {
  return { t: tags, f: shardChars(entries) };
}

/**
 * Each character of the entries' fields (as matching compares them), once, in code point order:
 * the characters a query may start with and still have suggestions, each with its own shard.
 */
export function shardChars(entries: readonly SuggestEntry[]): string {
  // Most field texts repeat (a case's title in each of its practices, a tag's wordings in every
  // practice of the tag): each text is compacted and read once, as compactFields would compact it.
  const texts = new Set<string>();
  for (const e of entries) {
    texts.add(e.n).add(e.c).add(e.w);
    for (const alias of e.a) texts.add(alias);
    for (const tag of e.k) texts.add(tag);
  }
  const chars = new Set<string>();
  for (const text of texts) for (const ch of compact(text)) chars.add(ch);
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** The entries of a shard file as StoredEntry tuples (the case table looked up). */
export function unpackShard(file: ShardFile): StoredEntry[] {
  return file.e.map(([u, n, a, i, t]) => [u, n, a, file.c[i]?.[0] ?? '', file.c[i]?.[1] ?? '', t]);
}

/** The tags' wordings of `t`, from the table (an index the table lacks contributes nothing). */
export function tagWords(t: readonly number[], tags: TagTable): string[] {
  return t.flatMap((i) => tags[i] ?? []);
}

export function toStored(e: SuggestEntry): StoredEntry {
  return [e.u, e.n, e.a, e.c, e.w, e.t];
}

export function fromStored([u, n, a, c, w, t]: StoredEntry, tags: TagTable): SuggestEntry {
  return { u, n, a, c, w, t, k: tagWords(t, tags) };
}

/**
 * How a suggestion matches, best first, in the order the search page ranks (rank.ts: a name or an
 * alias equal to the query outranks every other field; a tag match ranks below the practice's own
 * words): 0 the name or an alias is the query, 1 the practice's own words (name, alias, case
 * title, unit) contain it, 2 only a tag or a tag's alias does. -1: no match.
 */
export const MATCH_TIER = { exact: 0, ownWords: 1, tagOnly: 2, none: -1 } as const;
export type MatchTier = (typeof MATCH_TIER)[keyof typeof MATCH_TIER];

/** The fields of an entry as a match compares them, each converted to the archive's script by `fold`. */
export type Fold = (text: string) => string;

export function matchTier(query: string, e: SuggestEntry, fold?: Fold): MatchTier {
  return tierOf(compact(fold ? fold(query) : query), fold ? compactFields(e, fold) : compacted(e));
}

/** matchTier for a query already compact. */
function tierOf(q: string, f: CompactFields): MatchTier {
  if (!q) return MATCH_TIER.none;
  if (f.names.includes(q)) return MATCH_TIER.exact;
  if (f.names.some((x) => x.includes(q)) || f.title.includes(q) || f.unit.includes(q)) return MATCH_TIER.ownWords;
  if (f.tags.some((x) => x.includes(q))) return MATCH_TIER.tagOnly;
  return MATCH_TIER.none;
}

/** An entry's fields as a match compares them (compact): name then aliases, case title, unit, tag wordings. */
interface CompactFields {
  names: string[];
  /** Characters in the compact name (names[0]), for the shorter-name-first order. */
  nameLength: number;
  title: string;
  unit: string;
  tags: string[];
}

function compactFields(e: SuggestEntry, fold: Fold = (s) => s): CompactFields {
  const c = (s: string) => compact(fold(s));
  const names = [e.n, ...e.a].map(c);
  return { names, nameLength: Array.from(names[0]!).length, title: c(e.c), unit: c(e.w), tags: e.k.map(c) };
}

/**
 * The compact fields of an entry, worked out once: building the shards reads each entry's fields
 * for many keys, and compacting its twenty-odd fields every time was most of the build's last 10 s
 * at 1,000 cases (issue 24, round 4). Entries are never changed once made.
 */
const compactedFields = new WeakMap<SuggestEntry, CompactFields>();
function compacted(e: SuggestEntry): CompactFields {
  let f = compactedFields.get(e);
  if (!f) compactedFields.set(e, (f = compactFields(e)));
  return f;
}

/** How many suggestions the list shows. */
export const SUGGESTION_LIMIT = 8;

export interface Suggestion {
  entry: SuggestEntry;
  tier: MatchTier;
}

/**
 * The suggestions for `query` among `entries`, best first: by tier, then a name that starts with
 * the query, then the shorter name (the closer match), then the order of the data (newest case
 * first). Within a tier each distinct practice name comes once before any name comes twice: in a
 * large archive one practice (共建共享活动) is used by dozens of cases, and eight of them would fill
 * the list and hide every other practice the query matches; the further cases that used it follow
 * the first of each. `query` is already in the archive's script; the entries' fields too (the build
 * folds them).
 */
export function rankSuggestions(query: string, entries: readonly SuggestEntry[], limit = SUGGESTION_LIMIT): Suggestion[] {
  const q = compact(query);
  const seen = new Set<string>();
  // Each match as one number, so the order is a plain numeric sort (the build cuts thousands of
  // shards in the same order, bestFiled): from the high bits down the tier, whether the name starts
  // with the query, the name's length, the entry's position.
  const packed: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (seen.has(entry.u)) continue;
    seen.add(entry.u);
    const fields = compacted(entry);
    const tier = tierOf(q, fields);
    if (tier === MATCH_TIER.none) continue;
    const prefix = fields.names[0]!.startsWith(q) ? 0 : 1;
    packed.push(tier * TIER_UNIT + prefix * PREFIX_UNIT + Math.min(fields.nameLength, MAX_PACKED_LENGTH) * LENGTH_UNIT + i);
  }
  return cutRanked(Float64Array.from(packed).sort(), limit, (i) => compacted(entries[i]!).names[0]!).map(({ at, tier }) => ({
    entry: entries[at]!,
    tier,
  }));
}

/**
 * The first `limit` of matches packed and sorted as rankSuggestions packs them, with their tier:
 * within a tier, the first match of each distinct name (`nameAt` a match's position) before any
 * name's second.
 */
function cutRanked(order: Float64Array, limit: number, nameAt: (at: number) => string): { at: number; tier: MatchTier }[] {
  const out: { at: number; tier: MatchTier }[] = [];
  for (let i = 0; i < order.length && out.length < limit;) {
    const tier = Math.floor(order[i]! / TIER_UNIT) as MatchTier;
    const firsts: number[] = [];
    const repeats: number[] = [];
    const named = new Set<string>();
    for (; i < order.length && Math.floor(order[i]! / TIER_UNIT) === tier; i++) {
      // Enough distinct names to fill the list: the rest of the tier cannot be shown.
      if (out.length + firsts.length >= limit) continue;
      const at = order[i]! % LENGTH_UNIT;
      const name = nameAt(at);
      if (named.has(name)) repeats.push(at);
      else {
        named.add(name);
        firsts.push(at);
      }
    }
    for (const at of [...firsts, ...repeats]) if (out.length < limit) out.push({ at, tier });
  }
  return out;
}

/** Positions below LENGTH_UNIT (16 million entries), names up to MAX_PACKED_LENGTH characters apart. */
const LENGTH_UNIT = 2 ** 24;
const MAX_PACKED_LENGTH = 2 ** 16 - 1;
const PREFIX_UNIT = LENGTH_UNIT * 2 ** 16;
const TIER_UNIT = PREFIX_UNIT * 2;

const hex = (ch: string) => ch.codePointAt(0)!.toString(16);
const keyOf = (chars: readonly string[]) => chars.map(hex).join('-');

/**
 * Most entries a shard that answers longer queries holds; a pair of characters shared by more is
 * split by what follows it.
 */
export const SHARD_CAP = 100;
/** Longest key: past it a shard is cut to its best SHARD_CAP entries for its own characters. */
export const MAX_KEY = 6;

/**
 * The shards that may answer a query, shortest key first (none for an empty query). A query of
 * two characters or more is answered by the shard of its first two: every entry containing the
 * query contains that pair. A pair many practices share (文明, 服务) is split further by the next
 * character, and so on (its shard says so: ShardFile.s), so that no shard holds more than
 * SHARD_CAP entries at 10,000+ cases; the longer keys here are read only while a shard is split.
 * A one-character query gets the practices whose name or an alias starts with it (`p` shards).
 */
export function shardKeysOf(query: string): string[] {
  const chars = Array.from(compact(query));
  if (chars.length === 0) return [];
  if (chars.length === 1) return [`p${hex(chars[0]!)}`];
  const keys: string[] = [];
  for (let n = 2; n <= Math.min(chars.length, MAX_KEY); n++) keys.push(keyOf(chars.slice(0, n)));
  return keys;
}

/** The first shard a query reads (see shardKeysOf). */
export function shardKeyOf(query: string): string | undefined {
  return shardKeysOf(query)[0];
}

/**
 * The entries that answer `query`: the shard of its first character, then, while the query is
 * longer and the shard says it reads on (`s`), the shard of one more character (the pair, then
 * longer runs of a split pair). A character the root or a shard's `s` lacks means no practice
 * contains the query: no suggestion, and no request. `load` gives a shard by key; only keys that
 * exist are asked for.
 */
export async function shardEntriesFor(query: string, root: TierRoot, load: (key: string) => Promise<ShardFile>): Promise<StoredEntry[]> {
  const chars = Array.from(compact(query));
  if (chars.length === 0 || !root.f.includes(chars[0]!)) return [];
  let file = await load(`p${hex(chars[0]!)}`);
  for (let n = 2; n <= Math.min(chars.length, MAX_KEY) && file.s !== undefined; n++) {
    if (!file.s.includes(chars[n - 1]!)) return [];
    file = await load(keyOf(chars.slice(0, n)));
  }
  return unpackShard(file);
}

/** The one-character (prefix) shards of an entry: the first character of its name and aliases. */
function prefixesOf(e: SuggestEntry): string[] {
  return compacted(e).names.flatMap((name) => {
    const first = Array.from(name)[0];
    return first === undefined ? [] : [`p${hex(first)}`];
  });
}

const textOfKey = (key: string) =>
  key
    .replace(/^p/, '')
    .split('-')
    .map((h) => String.fromCodePoint(parseInt(h, 16)))
    .join('');

export interface Shards {
  shards: Map<string, SuggestEntry[]>;
  /** Keys whose entries are split further by the next character (shardKeysOf). */
  split: Set<string>;
  /** For each one-character and split key, the characters that extend it to a key here (ShardFile.s). */
  next: Map<string, string>;
}

/** A shard as its file holds it. */
export function shardFile(key: string, built: Shards): ShardFile {
  const c: [string, string][] = [];
  const at = new Map<string, number>();
  const e = built.shards.get(key)!.map((entry): PackedEntry => {
    const caseKey = `${entry.c}\u0000${entry.w}`;
    let i = at.get(caseKey);
    if (i === undefined) at.set(caseKey, (i = c.push([entry.c, entry.w]) - 1));
    return [entry.u, entry.n, entry.a, i, entry.t];
  });
  const s = built.next.get(key);
  return s === undefined ? { c, e } : { c, e, s };
}

/**
 * Every shard, by key, each entry in the order of the data (a cut shard: best first for its own
 * characters).
 *
 * A split shard and a one-character shard are read only for a query that is exactly their own
 * characters (a longer query reads the next key's shard, and a one-character query no other), so
 * what they show is known when they are built: they keep those SUGGESTION_LIMIT suggestions, in
 * order, and no more (at the bench's 1,000 cases ≈ 270,000 of the 465,000 entries the shards filed).
 *
 * How an entry matches a key is known while it is filed under it: the field the run came from
 * gives the tier (a whole name or alias: exact; the rest of the name, an alias, the case title or
 * the unit: own words; a tag's wording: tag only), and a run at the start of the name says the
 * name starts with it. So a shard is cut by those numbers and the entry's position, in the order
 * rankSuggestions gives, without matching each entry against its key again (that matching was
 * half of the worker's time: issue 24, round 10).
 */
export function buildShards(entries: readonly SuggestEntry[]): Shards {
  const shards = new Map<string, SuggestEntry[]>();
  const split = new Set<string>();
  const add = (key: string, e: SuggestEntry) => {
    const list = shards.get(key) ?? [];
    if (list.at(-1) !== e) list.push(e);
    shards.set(key, list);
  };
  for (const e of entries) for (const key of prefixesOf(e)) add(key, e);
  const fields = entries.map(compacted);
  const repeatsLink = linksRepeat(entries);
  const runs = new FieldRuns();
  // Pairs, then the longer runs under each pair too many practices share. Entries are taken in the
  // order of the data at every length, so each list is in that order.
  let pending: number[] = entries.map((_, i) => i);
  let within: Set<string> | undefined;
  for (let n = 2; n <= MAX_KEY && pending.length > 0; n++) {
    const level = new Map<string, Filed>();
    for (const i of pending) {
      const f = fields[i]!;
      const file = (text: string, tier: MatchTier, startsName: boolean) => {
        const own = runs.of(text, n);
        const parents = within && runs.of(text, n - 1);
        for (let at = 0; at < own.length; at++) {
          // Past pairs, only under a key the level before split: the run less its last character.
          if (parents && !within!.has(parents[at]!)) continue;
          const run = own[at]!;
          const match = (tier === MATCH_TIER.exact && own.length > 1 ? MATCH_TIER.ownWords : tier) * 2 + (startsName && at === 0 ? 0 : 1);
          let filed = level.get(run);
          if (!filed) level.set(run, (filed = []));
          const last = filed.length - 1;
          // Filed already through another field: the better tier, and whether any run starts the name.
          if (last >= 0 && idOf(filed[last]!) === i) {
            const was = matchOf(filed[last]!);
            filed[last] = i * MATCH_STATES + Math.min(was >> 1, match >> 1) * 2 + (was & match & 1);
          } else filed.push(i * MATCH_STATES + match);
        }
      };
      f.names.forEach((name, which) => file(name, MATCH_TIER.exact, which === 0));
      file(f.title, MATCH_TIER.ownWords, false);
      file(f.unit, MATCH_TIER.ownWords, false);
      for (const tag of f.tags) file(tag, MATCH_TIER.tagOnly, false);
    }
    const over = new Set<string>();
    const next = new Uint8Array(entries.length);
    for (const [run, filed] of level) {
      const key = keyOf(Array.from(run));
      const splits = filed.length > SHARD_CAP && n < MAX_KEY;
      if (splits) {
        over.add(run);
        split.add(key);
        for (const x of filed) next[idOf(x)] = 1;
      }
      const list =
        filed.length > SHARD_CAP ? bestFiled(filed, entries, fields, repeatsLink, splits ? SUGGESTION_LIMIT : SHARD_CAP) : filed.map(idOf);
      shards.set(
        key,
        list.map((i) => entries[i]!),
      );
    }
    within = over;
    pending = [];
    for (let i = 0; i < next.length; i++) if (next[i]) pending.push(i);
  }
  for (const [key, list] of shards) if (key.startsWith('p')) shards.set(key, bestFor(key, list, SUGGESTION_LIMIT));
  // Every character of the fields has a one-character shard, if only to say what may follow it.
  for (const ch of shardChars(entries)) if (!shards.has(`p${hex(ch)}`)) shards.set(`p${hex(ch)}`, []);
  return { shards, split, next: nextChars(shards, split) };
}

/**
 * What follows each one-character and split key: the last character of each key one longer (a
 * pair's parent is its first character's shard). In code point order, so builds agree byte for byte.
 */
function nextChars(shards: ReadonlyMap<string, unknown>, split: ReadonlySet<string>): Map<string, string> {
  const next = new Map<string, string[]>();
  for (const key of shards.keys()) if (key.startsWith('p') || split.has(key)) next.set(key, []);
  for (const key of shards.keys()) {
    if (key.startsWith('p')) continue;
    const parts = key.split('-');
    const parent = parts.length === 2 ? `p${parts[0]}` : parts.slice(0, -1).join('-');
    next.get(parent)!.push(String.fromCodePoint(parseInt(parts.at(-1)!, 16)));
  }
  return new Map([...next].map(([key, chars]) => [key, chars.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('')]));
}

/**
 * The entries filed under one key, in the order of the data, each as one number: its position in
 * the data times MATCH_STATES, plus how it matches the key (its tier times two, plus one unless its
 * name starts with the key: rankSuggestions' first two criteria). One number, not two arrays: at
 * 10,000 cases a level files millions of entries, and a second array was ≈ 120 MB more at the
 * worker's peak.
 */
type Filed = number[];
const MATCH_STATES = 8;
const idOf = (x: number) => Math.floor(x / MATCH_STATES);
const matchOf = (x: number) => x % MATCH_STATES;

/** Each field text's runs of n characters, worked out once a build: most fields are shared (a tag's wordings, a case's title). */
class FieldRuns {
  private readonly memo = new Map<string, (readonly string[])[]>();
  of(text: string, n: number): readonly string[] {
    let byLength = this.memo.get(text);
    if (!byLength) this.memo.set(text, (byLength = []));
    let runs = byLength[n];
    if (!runs) {
      const chars = Array.from(text);
      const out: string[] = [];
      for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
      byLength[n] = runs = out;
    }
    return runs;
  }
}

/** Whether two entries share a link (rankSuggestions shows a link once); the build's data never has two. */
function linksRepeat(entries: readonly SuggestEntry[]): boolean {
  return new Set(entries.map((e) => e.u)).size < entries.length;
}

/**
 * The best `limit` entries of a filed key, best first: rankSuggestions' order (tier, a name that
 * starts with the key, the shorter name, the order of the data; within a tier each distinct name
 * before any name's second) from what filing recorded.
 */
function bestFiled(
  filed: Filed,
  entries: readonly SuggestEntry[],
  fields: readonly CompactFields[],
  repeatsLink: boolean,
  limit: number,
): number[] {
  const packed = new Float64Array(filed.length);
  let count = 0;
  const shown = repeatsLink ? new Set<string>() : null;
  for (let at = 0; at < filed.length; at++) {
    const i = idOf(filed[at]!);
    const f = fields[i]!;
    if (shown) {
      // Only a link already in this list is left out, as rankSuggestions does with the list it is given.
      const link = entries[i]!.u;
      if (shown.has(link)) continue;
      shown.add(link);
    }
    const match = matchOf(filed[at]!);
    packed[count++] = (match >> 1) * TIER_UNIT + (match & 1) * PREFIX_UNIT + Math.min(f.nameLength, MAX_PACKED_LENGTH) * LENGTH_UNIT + at;
  }
  return cutRanked(packed.subarray(0, count).sort(), limit, (at) => fields[idOf(filed[at]!)]!.names[0]!).map(({ at }) => idOf(filed[at]!));
}

/** The best `limit` entries of a shard's list for its own characters, best first. */
function bestFor(key: string, list: readonly SuggestEntry[], limit: number): SuggestEntry[] {
  return rankSuggestions(textOfKey(key), list, limit).map((s) => s.entry);
}

/**
 * How the shards are cut and stored, beyond their data: part of their version, so that a build
 * which cuts or stores them differently (as round 6 of issue 24 did: split shards went from 100
 * entries to 8) never serves new files under a URL a browser has kept. `format` goes up with any
 * change to what a shard file holds that the other fields do not name.
 */
export const SHARD_LAYOUT = { format: 3, cap: SHARD_CAP, maxKey: MAX_KEY, shown: SUGGESTION_LIMIT } as const;

/**
 * The version in the shards' path: a hash of their content and layout, so a shard's URL never
 * serves two contents and the browser may keep it forever (the tag table is in the hash: entries
 * point into it). FNV-1a, 32 bits: a cache key, not security.
 */
export function shardsVersion(entries: readonly SuggestEntry[], tags: TagTable, layout: object = SHARD_LAYOUT): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify([layout, entries, tags]);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
