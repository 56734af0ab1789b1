/**
 * What a rule is given besides the entry. The runner (../run.ts) reads the files and builds these;
 * the rules only compute, so each is a pure function tested on its own and none imports the runner.
 */
import type { z } from 'astro/zod';
import type { PreparedSource, CopyOptions } from '../copy';
import type { BodyResult } from '../mdx';
import type { ParsedEntry } from '../entry';
import type { Problem } from '../problem';
import type { KnownFields } from '../schema';
import type { SiteIndex } from '../links';
import type { LoadedSource } from '../../loaders/sources';

/** Facts about the whole archive, the same for every entry. */
export interface ArchiveContext {
  /** The case schema built from the taxonomy: the one the build uses. */
  schema: z.ZodType;
  /** Allowed field names at every object of the schema, for "did you mean" hints. */
  known: KnownFields;
  /** Pages that exist: cases with their practice ids, themes, tags. */
  site: SiteIndex;
  /** 'YYYY-MM-DD'; dates after it are wrong. */
  today: string;
  /** Source documents the copy check compares with (empty when none is on this machine). */
  sources: readonly PreparedSource[];
  copyOptions: CopyOptions;
  /** Finds a source document the entries cite (`content/sources/<id>.txt`), or null when it is absent. */
  loadSource: (id: string) => LoadedSource | null;
  /** Where those documents are, as messages name the folder. */
  sourcesDir: string;
}

/** One entry's context: the archive's, plus what the runner worked out for this entry once. */
export interface EntryContext extends ArchiveContext {
  /** The file name without `.mdx`. */
  slug: string;
  /** The body compiled once with the build's MDX compiler: its errors, links and heading ids. */
  body: BodyResult;
}

/** A check of one entry. */
export type EntryRule = (entry: ParsedEntry, context: EntryContext) => Problem[];

/** A check across all entries (something two entries must not share). */
export type ArchiveRule = (entries: readonly ParsedEntry[]) => Problem[];
