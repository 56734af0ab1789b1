/**
 * The one module that queries content collections. Pages and components get cases, practices and
 * taxonomy terms from here, already sorted and joined, instead of calling getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadTaxonomy } from '../loaders/taxonomy';
import { loadSourceRecord } from '../loaders/sources';
import type { SourceRecord } from '../schemas/source-record';
import { citationFor } from '../browsing/citation';
import type { Practice } from '../schemas/case';
import type { Tag } from '../schemas/tag';
import type { Theme } from '../schemas/theme';
import { rankRelated, type CaseProfile, type Related } from '../browsing/related';
import { neighbours } from '../browsing/browse';
import { similarIndex, type SimilarPractices } from '../browsing/similar';
import { compareCases, sortByPinyin } from '../core/collate';
import { practiceThemes, reachedThemes, tagsOf, themesOf } from '../core/case-facts';
import { labelOf as termLabel, termOf } from '../core/taxonomy';
import { shardsVersion } from '../search/suggest';
import { suggestData, type SuggestData } from '../search/suggest-data';
import { suggestDir } from '../core/routes';
import { paths } from '../lib/urls';

export type CaseEntry = CollectionEntry<'cases'>;

export const taxonomy = loadTaxonomy();

async function loadCases(): Promise<CaseEntry[]> {
  const cases = await getCollection('cases');
  return cases.sort(compareCases);
}

// Every page asks for the cases, and case pages ask for all of them (related cases, previous and
// next). Sorting and profiling them once per build instead of once per page keeps the build linear
// in the number of cases. The dev server re-reads them, so edits to entries show up at once.
let casesOnce: Promise<CaseEntry[]> | undefined;

/** All cases, newest report first, then by title in pinyin order. Callers must not mutate the array. */
export function getCases(): Promise<CaseEntry[]> {
  if (import.meta.env.DEV) return loadCases();
  casesOnce ??= loadCases();
  return casesOnce;
}

export function tagOf(slug: string) {
  return termOf(taxonomy.tags, slug);
}

export function themeOf(slug: string) {
  return termOf(taxonomy.themes, slug);
}

export function labelOf(kind: 'unitTypes' | 'sectors' | 'honourLevels', slug: string): string {
  return termLabel(taxonomy[kind], slug);
}

/** The document a case cites, as its record describes it. */
export interface CitedDocument {
  id: string;
  title: string;
  lines: [number, number];
  /** The page's address, when the record gives one. */
  url?: string | undefined;
  outlet?: string | undefined;
  publisher?: SourceRecord['publisher'] | undefined;
  held?: SourceRecord['held'] | undefined;
  kept?: boolean | undefined;
  published?: string | undefined;
}

/** The document a case cites: its id, title, publisher and holding (from content/sources/<id>.yaml) and the report's paragraphs. */
export function sourceOf(entry: CaseEntry): CitedDocument {
  const { id, lines } = entry.data.source;
  // A draft (npm run new-case) may not name its source yet; validate reports it, the page shows the id.
  // Only the record: a page names the document, it does not need its text.
  const record = loadSourceRecord(id).record;
  if (!record) return { id, title: id, lines };
  const url = /^https?:\/\//u.test(record.obtainedFrom) ? record.obtainedFrom : undefined;
  return {
    id,
    title: record.title,
    lines,
    url,
    outlet: record.outlet,
    publisher: record.publisher,
    held: record.held,
    kept: record.kept,
    published: record.published,
  };
}

/** The citation line of a case, or of one of its practices (`url` is its absolute address). */
export function citationOf(entry: CaseEntry, url: string, practice?: Practice): string {
  return citationFor(entry.data, sourceOf(entry).title, url, practice);
}

/** The neutral level word of an honour (市级, 省级 …): an ordinary honour is never shown as a 文明单位 title. */
export function levelWordOf(slug: string): string {
  return taxonomy.honourLevels.bySlug.get(slug)?.levelWord ?? slug;
}

// ── browsing: practices, theme and tag indexes, related cases ──

/** One practice in the context of its case. */
export interface PracticeRef {
  entry: CaseEntry;
  practice: Practice;
  /** 1-based position in its case. */
  index: number;
  /**
   * Home themes of the practice's tags, in tag order without repeats. A practice has no theme of
   * its own; it belongs to every theme one of its tags belongs to.
   */
  themes: string[];
}

/** The theme a practice is listed under when it may appear only once: its first tag's home theme. */
export const primaryThemeOf = (p: PracticeRef): string => p.themes[0]!;

/** The case's primary theme followed by its secondary ones. */
export function caseThemes(entry: CaseEntry): string[] {
  return themesOf(entry.data);
}

/** The themes a case is counted and filtered under: those one of its practices belongs to. */
export function caseCountedThemes(entry: CaseEntry): string[] {
  return reachedThemes(entry.data, tagOf);
}

/** Every tag of a case: its own tags, then those only its practices carry. */
export function caseTags(entry: CaseEntry): string[] {
  return tagsOf(entry.data);
}

export function practiceRefs(entry: CaseEntry): PracticeRef[] {
  return entry.data.practices.map((practice, i) => ({
    entry,
    practice,
    index: i + 1,
    themes: practiceThemes(practice, tagOf),
  }));
}

/** Every practice of the archive, cases newest first, each case's practices in source order. */
export async function getPractices(): Promise<PracticeRef[]> {
  return (await getCases()).flatMap(practiceRefs);
}

export interface ThemeSummary {
  theme: Theme;
  /** Cases with at least one practice in the theme (the one meaning of a theme's case count). */
  cases: CaseEntry[];
  /** Practices carrying at least one tag of the theme. */
  practices: PracticeRef[];
  /** The theme's own tags that are used, with how many practices and cases carry each, by pinyin. */
  tags: TagSummary[];
}

export interface TagSummary {
  tag: Tag;
  /** Practices that carry the tag, across all cases. */
  practices: PracticeRef[];
  /** Cases that carry the tag themselves or on one of their practices. */
  cases: CaseEntry[];
}

let tagIndex: Promise<TagSummary[]> | undefined;

/** Every tag that is used, in pinyin order of its label. Unused tags have no page. */
export function getTagSummaries(): Promise<TagSummary[]> {
  tagIndex ??= (async () => {
    const [cases, practices] = await Promise.all([getCases(), getPractices()]);
    const tagsOfCase = new Map(cases.map((c) => [c, new Set(caseTags(c))]));
    const out: TagSummary[] = [];
    for (const tag of taxonomy.tags.list) {
      const tagged = practices.filter((p) => p.practice.tags.includes(tag.slug));
      const tagCases = cases.filter((c) => tagsOfCase.get(c)!.has(tag.slug));
      if (tagged.length > 0 || tagCases.length > 0) out.push({ tag, practices: tagged, cases: tagCases });
    }
    return sortByPinyin(out, (s) => s.tag.label);
  })();
  return tagIndex;
}

let themeIndex: Promise<ThemeSummary[]> | undefined;

/** Every theme in the taxonomy's order, with what is filed under it (possibly nothing yet). */
export function getThemeSummaries(): Promise<ThemeSummary[]> {
  themeIndex ??= (async () => {
    const [cases, practices, tags] = await Promise.all([getCases(), getPractices(), getTagSummaries()]);
    return taxonomy.themes.list.map((theme) => ({
      theme,
      cases: cases.filter((c) => caseCountedThemes(c).includes(theme.slug)),
      practices: practices.filter((p) => p.themes.includes(theme.slug)),
      tags: tags.filter((s) => s.tag.theme === theme.slug),
    }));
  })();
  return themeIndex;
}

export function caseProfile(entry: CaseEntry): CaseProfile {
  return {
    slug: entry.id,
    title: entry.data.title,
    reported: entry.data.period.reported,
    tags: entry.data.tags,
    allTags: caseTags(entry),
    themes: caseThemes(entry),
    unitType: entry.data.unit.type,
  };
}

interface CaseIndex {
  cases: CaseEntry[];
  bySlug: Map<string, CaseEntry>;
  position: Map<string, number>;
  profiles: CaseProfile[];
}

const caseIndexes = new WeakMap<CaseEntry[], CaseIndex>();

/** Lookups over one list of cases, made once per list (once per build outside dev). */
async function caseIndex(): Promise<CaseIndex> {
  const cases = await getCases();
  let index = caseIndexes.get(cases);
  if (!index) {
    index = {
      cases,
      bySlug: new Map(cases.map((c) => [c.id, c])),
      position: new Map(cases.map((c, i) => [c.id, i])),
      profiles: cases.map(caseProfile),
    };
    caseIndexes.set(cases, index);
  }
  return index;
}

/** Cases related to `entry`, best first, each with the case entry and what they share. */
export async function getRelated(entry: CaseEntry): Promise<(Related & { entry: CaseEntry })[]> {
  const { bySlug, position, profiles } = await caseIndex();
  const target = profiles[position.get(entry.id)!] ?? caseProfile(entry);
  return rankRelated(target, profiles).map((r) => ({ ...r, entry: bySlug.get(r.slug)! }));
}

/** What a practice shows under 其他单位的同类做法: practices of other cases, and the tag page listing them all. */
export interface SimilarRefs {
  shown: (PracticeRef & { shared: string[] })[];
  all?: SimilarPractices['all'];
}

let similarOnce: Promise<{ refs: PracticeRef[]; at: Map<string, number>; similarTo: ReturnType<typeof similarIndex> }> | undefined;

/** For each practice of `entry` (by id), the practices of other cases that share its tags, best first. */
export async function getSimilarPractices(entry: CaseEntry): Promise<Map<string, SimilarRefs>> {
  const load = async () => {
    const refs = await getPractices();
    const similarTo = similarIndex(refs.map((r) => ({ caseSlug: r.entry.id, practiceId: r.practice.id, tags: r.practice.tags })));
    return { refs, at: new Map(refs.map((r, i) => [`${r.entry.id}#${r.practice.id}`, i])), similarTo };
  };
  const index = import.meta.env.DEV ? await load() : await (similarOnce ??= load());
  const out = new Map<string, SimilarRefs>();
  for (const practice of entry.data.practices) {
    const i = index.at.get(`${entry.id}#${practice.id}`);
    if (i === undefined) continue;
    const { shown, all } = index.similarTo(i);
    out.set(practice.id, { shown: shown.map((s) => ({ ...index.refs[s.index]!, shared: s.shared })), ...(all && { all }) });
  }
  return out;
}

/** The cases before and after `entry` in the order of the case list (newest first). */
export async function getNeighbours(entry: CaseEntry): Promise<{ prev?: CaseEntry; next?: CaseEntry }> {
  const { cases, position } = await caseIndex();
  return neighbours(cases, position.get(entry.id) ?? -1);
}

/**
 * The case's place in time as one number, oldest 0: the order of the case list, reversed. Search
 * sorts by it, so cases of the same year come in the case list's order instead of Pagefind's
 * arbitrary one, and the first results the search page renders at build time are the ones its
 * script would fetch.
 */
export async function periodSortKey(entry: CaseEntry): Promise<number> {
  const { cases, position } = await caseIndex();
  return cases.length - 1 - position.get(entry.id)!;
}

/** Labels of the vocabulary terms that occur in `slugs`, in the vocabulary's order. */
export function usedTerms(kind: 'unitTypes' | 'sectors' | 'honourLevels' | 'themes', slugs: Iterable<string>) {
  const used = new Set(slugs);
  return taxonomy[kind].list.filter((term) => used.has(term.slug));
}

// ── search's instant tier ──

let suggestDataOnce: Promise<SuggestData> | undefined;

/** Every practice as a suggestion of search's instant tier (src/search/suggest-data.ts). */
export function getSuggestData(): Promise<SuggestData> {
  suggestDataOnce ??= getCases().then((cases) => suggestData(cases, { tags: taxonomy.tags.list, practiceUrl: paths.practice, tagOf }));
  return suggestDataOnce;
}

let suggestFolderOnce: Promise<string> | undefined;

/**
 * The folder of the instant tier's shards, named after their content's hash (see the endpoint).
 * Computed once per build: every page's header asks for it, and the hash reads every practice (at
 * 20,000 cases, hashing on each page made the build quadratic: hours instead of minutes).
 */
export function suggestFolder(): Promise<string> {
  suggestFolderOnce ??= getSuggestData().then(({ entries, tags }) => paths.url(suggestDir(shardsVersion(entries, tags))));
  return suggestFolderOnce;
}
