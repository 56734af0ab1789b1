/**
 * Looking terms up in the controlled vocabulary once it is loaded: find a term by slug, its label,
 * its wordings, and what each kind of term is called. Pure: reading and checking the YAML files is
 * `src/loaders/taxonomy.ts`; the shapes below are the parts of a term (src/schemas/term.ts) these
 * lookups use.
 */

/** What every term has. */
export interface TermShape {
  slug: string;
  label: string;
  labelEn: string;
}

/** One vocabulary as loaded: its terms in file order and by slug. */
export interface VocabularyShape<T extends TermShape> {
  list: readonly T[];
  bySlug: ReadonlyMap<string, T>;
  file: string;
}

/** The kinds of term, and what each is called in messages and documentation. */
export const KIND_LABELS = {
  theme: '主题',
  tag: '标签',
  unitType: '单位类型',
  sector: '行业',
  honourLevel: '文明单位级别',
} as const;

export type TermKind = keyof typeof KIND_LABELS;

/** The terms indexed by slug, and the first slug that repeats (a vocabulary must not have one). */
export function indexBySlug<T extends TermShape>(list: readonly T[]): { bySlug: Map<string, T>; repeated?: string } {
  const bySlug = new Map<string, T>();
  for (const term of list) {
    if (bySlug.has(term.slug)) return { bySlug, repeated: term.slug };
    bySlug.set(term.slug, term);
  }
  return { bySlug };
}

/** The term a slug names; throws for a slug the vocabulary lacks (the schema has let only known slugs through). */
export function termOf<T extends TermShape>(vocab: VocabularyShape<T>, slug: string): T {
  const term = vocab.bySlug.get(slug);
  if (!term) throw new Error(`unknown term ${slug} (${vocab.file})`);
  return term;
}

/** A term's Chinese label, or the slug itself when the vocabulary lacks it (a draft's placeholder). */
export function labelOf(vocab: VocabularyShape<TermShape>, slug: string): string {
  return vocab.bySlug.get(slug)?.label ?? slug;
}

/** A term's slug with both labels, the slug standing in for a label the vocabulary lacks (open data). */
export function termLabels(vocab: VocabularyShape<TermShape>, slug: string): TermShape {
  const term = vocab.bySlug.get(slug);
  return { slug, label: term?.label ?? slug, labelEn: term?.labelEn ?? slug };
}

/** Slug → label for a whole vocabulary, as plain data (the search page hands it to its script). */
export function labelsBySlug(vocab: VocabularyShape<TermShape>): Record<string, string> {
  return Object.fromEntries(vocab.list.map((term) => [term.slug, term.label]));
}
