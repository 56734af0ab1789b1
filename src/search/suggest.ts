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
 * shards mix cases, so this saves 13 % at 1,000 cases), its entries (`e`), and `s: 1` when the
 * shard's key is split further by the next character (too many practices share it): a longer
 * query reads the longer key's shard, and this one holds only what its own characters show.
 */
export interface ShardFile {
  c: [title: string, unit: string][];
  e: PackedEntry[];
  s?: 1;
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
 * The compact fields of an entry, worked out once: building the shards matches each entry against
 * many keys (and cuts thousands of shards), and compacting its twenty-odd fields every time was
 * most of the build's last 10 s at 1,000 cases. Entries are never changed once made.
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
  // Each match as one number, so the order is a plain numeric sort (building the shards ranks
  // ≈ 300,000 matches at 1,000 cases; comparing objects was most of that): from the high bits down
  // the tier, whether the name starts with the query, the name's length, the entry's position.
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
  const order = Float64Array.from(packed).sort();
  // Within a tier, the first case of each distinct name before any name's second.
  const out: Suggestion[] = [];
  for (let at = 0; at < order.length && out.length < limit;) {
    const tier = Math.floor(order[at]! / TIER_UNIT) as MatchTier;
    const firsts: SuggestEntry[] = [];
    const repeats: SuggestEntry[] = [];
    const named = new Set<string>();
    for (; at < order.length && Math.floor(order[at]! / TIER_UNIT) === tier; at++) {
      const entry = entries[order[at]! % LENGTH_UNIT]!;
      const name = compacted(entry).names[0]!;
      if (named.has(name)) repeats.push(entry);
      else {
        named.add(name);
        firsts.push(entry);
      }
    }
    for (const entry of [...firsts, ...repeats]) if (out.length < limit) out.push({ entry, tier });
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
 * The entries that answer `query`: its first shard, then, while a shard says it is split, the
 * shard of one more character. `load` gives a shard by key (undefined where there is none: no
 * practice contains those characters).
 */
export async function shardEntriesFor(query: string, load: (key: string) => Promise<ShardFile | undefined>): Promise<StoredEntry[]> {
  let file: ShardFile | undefined;
  for (const key of shardKeysOf(query)) {
    file = await load(key);
    if (!file?.s) break;
  }
  return file ? unpackShard(file) : [];
}

/** The shards an entry is filed in at key length `n`: each run of n characters in a field. */
function runsOf(e: SuggestEntry, n: number, memo: Map<string, readonly string[]>): Set<string> {
  const keys = new Set<string>();
  const f = compacted(e);
  for (const field of [...f.names, f.title, f.unit, ...f.tags]) for (const key of fieldRuns(field, n, memo)) keys.add(key);
  return keys;
}

/**
 * The keys of one field's runs of n characters. Many entries share a field's text (every practice
 * of a tag carries the tag's wordings, every practice of a case its title and unit), so a build
 * works each text out once (`memo`, one per build).
 */
function fieldRuns(field: string, n: number, memo: Map<string, readonly string[]>): readonly string[] {
  const at = `${n} ${field}`;
  let runs = memo.get(at);
  if (!runs) {
    const codes = Array.from(field, hex);
    const out: string[] = [];
    for (let i = 0; i + n <= codes.length; i++) out.push(codes.slice(i, i + n).join('-'));
    memo.set(at, (runs = out));
  }
  return runs;
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

/** Name of the tag table's file, beside the shards (no shard key is spelled so: keys are hex). */
export const TAG_TABLE = 'tags';

export interface Shards {
  shards: Map<string, SuggestEntry[]>;
  /** Keys whose entries are split further by the next character (shardKeysOf). */
  split: Set<string>;
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
  return built.split.has(key) ? { c, e, s: 1 } : { c, e };
}

/**
 * Every shard, by key, each entry in the order given (a cut shard: best first for its own characters).
 *
 * A split shard and a one-character shard are read only for a query that is exactly their own
 * characters (a longer query reads the next key's shard, and a one-character query no other), so
 * what they show is known when they are built: they keep those SUGGESTION_LIMIT suggestions, in
 * order, and no more (at the bench's 1,000 cases ≈ 270,000 of the 465,000 entries the shards filed).
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
  // Pairs, then the longer runs under each pair too many practices share.
  let pending: readonly SuggestEntry[] = entries;
  let within: Set<string> | undefined;
  const memo = new Map<string, readonly string[]>();
  for (let n = 2; n <= MAX_KEY && pending.length > 0; n++) {
    const level = new Map<string, SuggestEntry[]>();
    for (const e of pending) {
      for (const key of runsOf(e, n, memo)) {
        // Past pairs, only under a key the level before split: the key less its last character.
        if (within && !within.has(key.slice(0, key.lastIndexOf('-')))) continue;
        const list = level.get(key) ?? [];
        list.push(e);
        level.set(key, list);
      }
    }
    const over = new Set<string>();
    for (const [key, list] of level) {
      const splits = list.length > SHARD_CAP && n < MAX_KEY;
      if (splits) over.add(key);
      shards.set(key, list.length > SHARD_CAP ? bestFor(key, list, splits ? SUGGESTION_LIMIT : SHARD_CAP) : list);
    }
    for (const key of over) split.add(key);
    within = over;
    pending = [...new Set([...over].flatMap((key) => level.get(key)!))];
  }
  for (const [key, list] of shards) if (key.startsWith('p')) shards.set(key, bestFor(key, list, SUGGESTION_LIMIT));
  return { shards, split };
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
export const SHARD_LAYOUT = { format: 2, cap: SHARD_CAP, maxKey: MAX_KEY, shown: SUGGESTION_LIMIT } as const;

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
