/**
 * The instant tier's data made from the cases (src/search/suggest.ts): one suggestion per practice,
 * in the archive's order of cases, its fields in simplified script (an entry written in traditional
 * script is converted, as the index converts it), so a reader's query, folded to simplified, matches
 * either. Pure: the collection (src/data/archive.ts) passes its cases, and the shard step
 * (src/integrations/suggest-shards.ts) may pass the cases the loader read, before the pages exist.
 */
import type { OrderedCase } from '../core/collate';
import type { Tag } from '../schemas/tag';
import { toSimplified } from '../text/to-simplified';
import { tagWords, type SuggestEntry, type TagTable } from './suggest';

export interface SuggestData {
  /** Every tag's label and aliases, in the taxonomy's order: entries name their tags by index here. */
  tags: TagTable;
  entries: SuggestEntry[];
}

/** What the instant tier reads of a case. */
export interface SuggestSource extends OrderedCase {
  data: OrderedCase['data'] & {
    unit: { name: string };
    practices: readonly { id: string; name: string; aliases: readonly string[]; tags: readonly string[] }[];
  };
}

export interface SuggestContext {
  /** The taxonomy's tags, in its order. */
  tags: readonly Tag[];
  /** A practice's page address (with the build's base path). */
  practiceUrl: (caseId: string, practiceId: string) => string;
  /** The tag of a slug; throws its located message for a slug the taxonomy lacks. */
  tagOf: (slug: string) => Tag;
}

/**
 * Every practice of `cases` as a suggestion, in the order given: the archive's order of cases
 * (`compareCases`), in which the collection module already holds them and the shard step sorts the
 * loader's.
 */
export function suggestData(cases: readonly SuggestSource[], { tags: tagList, practiceUrl, tagOf }: SuggestContext): SuggestData {
  const tags: TagTable = tagList.map((tag) => [tag.label, ...tag.aliases]);
  const tagIndex = new Map(tagList.map((tag, i) => [tag.slug, i]));
  const entries = cases.flatMap((entry) =>
    entry.data.practices.map((practice) => {
      const t = practice.tags.map((slug) => tagIndex.get(slug) ?? tagList.indexOf(tagOf(slug)));
      return {
        u: practiceUrl(entry.id, practice.id),
        n: toSimplified(practice.name),
        a: practice.aliases.map(toSimplified),
        c: toSimplified(entry.data.title),
        w: toSimplified(entry.data.unit.name),
        t,
        k: tagWords(t, tags),
      };
    }),
  );
  return { tags, entries };
}
