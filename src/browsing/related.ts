/**
 * Ranks the cases related to one case by what they have in common. Pure: takes plain summaries of
 * the cases, so the ranking is unit-tested without content collections.
 */
import { pinyin } from '../core/collate';

export interface CaseProfile {
  slug: string;
  title: string;
  /** Year the report was written; the newer case wins a tie. */
  reported: number;
  /** The 2–12 tags that characterise the case as a whole. */
  tags: readonly string[];
  /** Every tag on the case or any of its practices. */
  allTags: readonly string[];
  /** Primary and secondary themes. */
  themes: readonly string[];
  /** The unit's type (school, hospital, …); empty when not known. */
  unitType?: string;
}

export interface Related {
  slug: string;
  /** Case-level tags both cases carry, in the order the other case lists them. */
  sharedTags: string[];
  /** Further tags both cases use somewhere (on the case or a practice), not already in sharedTags. */
  sharedPracticeTags: string[];
  /** Themes both cases are filed under. */
  sharedThemes: string[];
  /** Both units are of one type (two schools, two hospitals). */
  sameUnitType: boolean;
  score: number;
}

/**
 * Weights. A case-level tag names what a case is about, so sharing one says most. Almost every
 * case has a study or role-model practice somewhere, so a tag shared only through practices says
 * least; a shared theme lies between, and so does a unit of the same type (a kindergarten reading
 * another kindergarten's case). Tags shared only through practices count up to `practiceTagCap`
 * points in all: two long reports of 16–25 practices each share a dozen such tags whatever they are
 * about, and uncapped those outranked a case sharing what the case is about (a kindergarten's
 * second related case was a service centre sharing no case-level tag, on 15 practice tags).
 * A unit type counts only beside a shared tag or theme: on its own it says nothing about the work.
 */
export const WEIGHTS = { caseTag: 4, theme: 2, unitType: 2, practiceTag: 1, practiceTagCap: 4 } as const;
/** How many related cases a case page lists. */
export const RELATED_LIMIT = 5;

/**
 * The cases that share at least one tag or theme with `target`, best first: by score, then by
 * more shared case-level tags, then newer report, then title in pinyin order (a stable order).
 *
 * Every case page ranks every other case, so this runs N times over N cases. Each case's tags and
 * all tags are kept as bit sets over the archive's tags (a few 32-bit words), its themes as one
 * over the themes, so scoring a pair is a handful of ANDs and bit counts: no maps, no allocation.
 * Counting from lists of which cases carry each term, as before, touched nearly every case anyway,
 * through the common practice tags and themes: all 10,000 pages of a synthetic archive took 29.9 s
 * that way and take 3.6 s this way (1,000: 143 → 85 ms). The shared terms are listed only for the
 * few cases that make the cut.
 */
export function rankRelated(target: CaseProfile, others: readonly CaseProfile[], limit = RELATED_LIMIT): Related[] {
  const index = relatedIndex(others);
  const { tagWords, themeWords, tags: tagBits, allTags: allBits, themes: themeBits, order, unitTypes } = index;
  const t = { ...index.bitsOf(target), unitType: target.unitType ?? '' };
  const self = index.position.get(target.slug) ?? -1;
  const caseTagCount = new Int32Array(others.length);
  const score = new Int32Array(others.length);
  const better = (a: number, b: number) => score[b]! - score[a]! || caseTagCount[b]! - caseTagCount[a]! || order[a]! - order[b]!;
  // The best `limit` in order, kept by insertion: limit is small, the candidates are many.
  const best: number[] = [];
  for (let i = 0; i < others.length; i++) {
    let caseTags = 0;
    let practiceTags = 0;
    let themes = 0;
    for (let w = 0, at = i * tagWords; w < tagWords; w++, at++) {
      const sharedCase = t.tags[w]! & tagBits[at]!;
      caseTags += bitCount(sharedCase);
      // A tag both cases carry at case level counts once, as a case tag, not again here.
      practiceTags += bitCount(t.allTags[w]! & allBits[at]! & ~sharedCase);
    }
    for (let w = 0, at = i * themeWords; w < themeWords; w++, at++) themes += bitCount(t.themes[w]! & themeBits[at]!);
    const shared =
      WEIGHTS.caseTag * caseTags + WEIGHTS.theme * themes + Math.min(WEIGHTS.practiceTagCap, WEIGHTS.practiceTag * practiceTags);
    if (shared === 0 || i === self) continue;
    const points = shared + (t.unitType !== '' && unitTypes[i] === t.unitType ? WEIGHTS.unitType : 0);
    score[i] = points;
    caseTagCount[i] = caseTags;
    if (best.length === limit && better(i, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && better(i, best[at - 1]!) < 0) at--;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  const tags = new Set(target.tags);
  const allTags = new Set(target.allTags);
  const themes = new Set(target.themes);
  return best.map((i) => {
    const other = others[i]!;
    const sharedTags = other.tags.filter((t, j) => tags.has(t) && other.tags.indexOf(t) === j);
    const sharedPracticeTags = other.allTags.filter((t, j) => allTags.has(t) && !sharedTags.includes(t) && other.allTags.indexOf(t) === j);
    const sharedThemes = other.themes.filter((t, j) => themes.has(t) && other.themes.indexOf(t) === j);
    const sameUnitType = t.unitType !== '' && unitTypes[i] === t.unitType;
    return { slug: other.slug, sharedTags, sharedPracticeTags, sharedThemes, sameUnitType, score: score[i]! };
  });
}

/** Set bits in a 32-bit word. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

interface TermBits {
  tags: Uint32Array;
  allTags: Uint32Array;
  themes: Uint32Array;
}

interface RelatedIndex {
  /** 32-bit words per case in a tag bit set, and in a theme bit set. */
  tagWords: number;
  themeWords: number;
  /** Every case's bit sets, case after case: case-level tags and all tags (over the tags), themes. */
  tags: Uint32Array;
  allTags: Uint32Array;
  themes: Uint32Array;
  /** The bit sets of any case, over this index's vocabularies (a term no listed case has sets no bit). */
  bitsOf: (p: CaseProfile) => TermBits;
  /** Each listed case's position, by slug. */
  position: Map<string, number>;
  /** Each case's place in the tie-break order (see listOrder). */
  order: Int32Array;
  /** Each case's unit type ('' when not known). */
  unitTypes: string[];
}

const relatedIndexes = new WeakMap<readonly CaseProfile[], RelatedIndex>();

/** A bit per term the cases use, and a way to set a case's terms in a bit set. */
function vocabulary(terms: Iterable<string>) {
  const bit = new Map<string, number>();
  for (const term of terms) if (!bit.has(term)) bit.set(term, bit.size);
  const words = Math.max(1, Math.ceil(bit.size / 32));
  const fill = (into: Uint32Array, offset: number, list: readonly string[]) => {
    for (const term of list) {
      const b = bit.get(term);
      if (b !== undefined) into[offset + (b >>> 5)]! |= 1 << (b & 31);
    }
  };
  return { words, fill };
}

function relatedIndex(others: readonly CaseProfile[]): RelatedIndex {
  let index = relatedIndexes.get(others);
  if (!index) {
    // Tags and themes apart: the few themes fit one word, which every pair then reads once.
    const tagVocab = vocabulary(others.flatMap((p) => [...p.allTags, ...p.tags]));
    const themeVocab = vocabulary(others.flatMap((p) => p.themes));
    const tags = new Uint32Array(others.length * tagVocab.words);
    const allTags = new Uint32Array(others.length * tagVocab.words);
    const themes = new Uint32Array(others.length * themeVocab.words);
    others.forEach((p, i) => {
      tagVocab.fill(tags, i * tagVocab.words, p.tags);
      tagVocab.fill(allTags, i * tagVocab.words, p.allTags);
      themeVocab.fill(themes, i * themeVocab.words, p.themes);
    });
    const bitsOf = (p: CaseProfile): TermBits => {
      const one = {
        tags: new Uint32Array(tagVocab.words),
        allTags: new Uint32Array(tagVocab.words),
        themes: new Uint32Array(themeVocab.words),
      };
      tagVocab.fill(one.tags, 0, p.tags);
      tagVocab.fill(one.allTags, 0, p.allTags);
      themeVocab.fill(one.themes, 0, p.themes);
      return one;
    };
    const order = listOrder(others);
    index = {
      tagWords: tagVocab.words,
      themeWords: themeVocab.words,
      tags,
      allTags,
      themes,
      bitsOf,
      position: new Map(others.map((p, i) => [p.slug, i])),
      order: Int32Array.from(others, (p) => order.get(p.slug)!),
      unitTypes: others.map((p) => p.unitType ?? ''),
    };
    relatedIndexes.set(others, index);
  }
  return index;
}

const listOrders = new WeakMap<readonly CaseProfile[], Map<string, number>>();

/**
 * Position of each case when sorted newer report first, then title in pinyin order, then slug.
 * Comparing titles with the pinyin collator is slow, and a case page ranks every other case, so
 * the order is worked out once per list of cases rather than inside every sort.
 */
function listOrder(others: readonly CaseProfile[]): Map<string, number> {
  let order = listOrders.get(others);
  if (!order) {
    const sorted = [...others].sort(
      (a, b) => b.reported - a.reported || pinyin.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
    );
    order = new Map(sorted.map((p, i) => [p.slug, i]));
    listOrders.set(others, order);
  }
  return order;
}
