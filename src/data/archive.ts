/**
 * The one module that queries content collections. Pages and components get cases, practices and
 * taxonomy terms from here, already sorted and joined, instead of calling getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadTaxonomy } from '../lib/taxonomy';

export type CaseEntry = CollectionEntry<'cases'>;

export const taxonomy = loadTaxonomy();

const collator = new Intl.Collator('zh-CN-u-co-pinyin');

/** All cases, newest report first, then by title in pinyin order. */
export async function getCases(): Promise<CaseEntry[]> {
  const cases = await getCollection('cases');
  return cases.sort((a, b) => b.data.period.reported - a.data.period.reported || collator.compare(a.data.title, b.data.title));
}

export function tagOf(slug: string) {
  const tag = taxonomy.tags.bySlug.get(slug);
  if (!tag) throw new Error(`unknown tag ${slug}`);
  return tag;
}

export function themeOf(slug: string) {
  const theme = taxonomy.themes.bySlug.get(slug);
  if (!theme) throw new Error(`unknown theme ${slug}`);
  return theme;
}

export function labelOf(kind: 'unitTypes' | 'sectors' | 'honourLevels', slug: string): string {
  return taxonomy[kind].bySlug.get(slug)?.label ?? slug;
}
