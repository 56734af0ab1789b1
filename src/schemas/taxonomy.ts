/**
 * The controlled vocabulary as the code holds it once loaded (src/loaders/taxonomy.ts reads it from
 * `content/taxonomy/*.yaml`). Types only: each term's own schema is in theme.ts, tag.ts, term.ts.
 */
import type { HonourLevel } from './honour-level';
import type { Sector } from './sector';
import type { Tag } from './tag';
import type { Term } from './term';
import type { Theme } from './theme';

/** One vocabulary: its terms in file order and by slug. */
export interface Vocabulary<T extends Term> {
  /** Terms in file order (the order the maintainers chose). */
  list: T[];
  bySlug: Map<string, T>;
  /** Where the terms live, for error messages. */
  file: string;
}

/** Every vocabulary of the archive. */
export interface Taxonomy {
  themes: Vocabulary<Theme>;
  tags: Vocabulary<Tag>;
  unitTypes: Vocabulary<Term>;
  sectors: Vocabulary<Sector>;
  honourLevels: Vocabulary<HonourLevel>;
}
