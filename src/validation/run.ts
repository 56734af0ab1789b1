/**
 * `npm run validate`: the runner. It reads every entry of a content folder, the taxonomy and the
 * copy check's sources, builds the context the rules need, runs every rule (one per file in
 * ./rules/) and collects what they find. The rules never import this module.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { makeCaseSchema } from '../schemas/case';
import { loadTaxonomy, TAXONOMY_DIR, type Taxonomy } from '../loaders/taxonomy';
import { parseEntry, type ParsedEntry } from './entry';
import { knownFieldsOf } from './schema';
import { checkBody } from './mdx';
import type { SiteIndex } from './links';
import { loadSources } from './sources';
import { fingerprintPath, loadSource, SOURCES_DIR } from '../loaders/sources';
import { buildFingerprint, fingerprintJson, needlesOf } from './fingerprint';
import { sourceId } from '../core/citations';
import { isDraft } from '../core/draft';
import { localToday } from './today';
import { caseSlugOfFile } from '../core/slug';
import {
  ARCHIVE_RULES,
  BUILD_RULES,
  CONTENT_RULES,
  DRAFT_MASKED,
  checkDraftText,
  checkDrafts,
  citationNotes,
  fileNameProblems,
  withoutDraftLines,
  type ArchiveContext,
} from './rules';
import type { Problem } from './problem';

export interface ValidateOptions {
  /** Folder of `.mdx` entries. */
  casesDir: string;
  /** Folder of the taxonomy files. */
  taxonomyDir?: string;
  /** The copy check's configuration file; absent → no copy check (said in the notes). */
  sourcesConfig?: string;
  /** Folder of source documents the entries cite (`<id>.txt` + `<id>.yaml`); defaults to content/sources/. */
  sourcesDir?: string;
  /** Paths in messages are relative to this folder. */
  root?: string;
  /** 'YYYY-MM-DD'; dates after it are wrong. Defaults to today on this machine. */
  today?: string;
  /**
   * Only what stops a build or breaks the site: YAML, schema, MDX, dates, internal links and draft
   * placeholders (the build's check, src/integrations/entry-check.ts). The content checks — copied
   * text, personal data, citations, blank forms — are validate's and CI's job.
   */
  buildOnly?: boolean;
}

export interface ValidateResult {
  problems: Problem[];
  /** Things the contributor should know that are not problems (e.g. a check that was skipped). */
  notes: string[];
  entries: number;
}

const jsonSchemaCache = new WeakMap<Taxonomy, Map<string, string[]>>();

/** The allowed field names at every object of the case schema (for "did you mean" hints). */
function knownFields(tax: Taxonomy, schema: z.ZodType) {
  let known = jsonSchemaCache.get(tax);
  if (!known) {
    known = knownFieldsOf(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
    jsonSchemaCache.set(tax, known);
  }
  return known;
}

/** The slug of an entry read from `file` (only entry files are read). */
const slugOfEntry = (file: string) => caseSlugOfFile(basename(file)) ?? basename(file);

/** The pages the archive will have, for the link rule: each case with its practice ids, themes, tags. */
function siteIndex(entries: readonly ParsedEntry[], tax: Taxonomy): SiteIndex {
  return {
    cases: new Map(
      entries.map((e) => {
        const practices = (e.data as { practices?: { id?: unknown }[] } | undefined)?.practices;
        const ids = Array.isArray(practices) ? practices.map((p) => String(p?.id ?? '')) : [];
        return [slugOfEntry(e.file), new Set(ids)];
      }),
    ),
    themes: new Set(tax.themes.list.map((t) => t.slug)),
    tags: new Set(tax.tags.list.map((t) => t.slug)),
  };
}

/** Every entry file in `casesDir`, parsed, with the problems of parsing and of file names. */
export function readEntries(casesDir: string, rel: (p: string) => string): { entries: ParsedEntry[]; problems: Problem[] } {
  const names = readdirSync(casesDir)
    .filter((n) => !n.startsWith('.') && statSync(join(casesDir, n)).isFile())
    .sort();
  const problems: Problem[] = fileNameProblems(names.map((n) => rel(join(casesDir, n))));
  const entries: ParsedEntry[] = [];
  for (const name of names.filter((n) => caseSlugOfFile(n) !== null)) {
    const parsed = parseEntry(rel(join(casesDir, name)), readFileSync(join(casesDir, name), 'utf8'));
    problems.push(...parsed.problems);
    entries.push(parsed.entry);
  }
  return { entries, problems };
}

export function validateArchive(options: ValidateOptions): ValidateResult {
  const root = options.root ?? process.cwd();
  const casesDir = resolve(root, options.casesDir);
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const notes: string[] = [];
  const tax = loadTaxonomy(options.taxonomyDir ? resolve(root, options.taxonomyDir) : TAXONOMY_DIR);
  const schema = makeCaseSchema(tax);

  const { entries, problems } = readEntries(casesDir, rel);

  const sourcesDir = options.sourcesDir ? resolve(root, options.sourcesDir) : SOURCES_DIR;
  const { sources, options: copyOptions } = loadSources(
    options.sourcesConfig && resolve(root, options.sourcesConfig),
    root,
    notes,
    sourcesDir,
  );
  const archive: ArchiveContext = {
    schema,
    known: knownFields(tax, schema),
    site: siteIndex(entries, tax),
    today: options.today ?? localToday(),
    sources,
    copyOptions,
    loadSource: (id) => loadSource(id, sourcesDir),
    sourcesDir: rel(sourcesDir),
  };
  const rules = options.buildOnly ? BUILD_RULES : [...BUILD_RULES, ...CONTENT_RULES];
  for (const entry of entries) {
    const context = { ...archive, slug: slugOfEntry(entry.file), body: checkBody(entry) };
    const drafts = checkDrafts(entry);
    for (const rule of rules) {
      const found = rule(entry, context);
      problems.push(...(DRAFT_MASKED.has(rule) ? withoutDraftLines(found, drafts) : found));
    }
    problems.push(...drafts);
    if (!options.buildOnly) notes.push(...citationNotes(entry, context));
  }
  if (!options.buildOnly) {
    for (const rule of ARCHIVE_RULES) problems.push(...rule(entries));
    problems.push(...checkRecordDrafts(entries, sourcesDir, rel, problems));
    problems.push(...checkFingerprints(entries, sourcesDir, rel));
  }
  return { problems, notes, entries: entries.length };
}

/**
 * Where a source's text is on this machine but the repository keeps only its fingerprint, the
 * fingerprint must be what `npm run source -- record` would write now: otherwise CI, which checks
 * the entries against the fingerprint alone, would judge them differently from this run.
 */
function checkFingerprints(entries: ParsedEntry[], sourcesDir: string, rel: (p: string) => string): Problem[] {
  const out: Problem[] = [];
  const cited = new Set(entries.map((e) => sourceId(e.data)).filter((id): id is string => id !== undefined && !isDraft(id)));
  for (const id of cited) {
    const source = loadSource(id, sourcesDir);
    if (!source?.textAtHand || source.record?.kept !== false) continue;
    const file = fingerprintPath(id, sourcesDir);
    const { fingerprint } = buildFingerprint(id, source.text, needlesOf(entries, id));
    const written = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (written === fingerprintJson(fingerprint)) continue;
    out.push({
      file: rel(file),
      line: 1,
      field: 'fingerprint',
      message: written
        ? `来源 ${id} 的指纹已过期：条目所引的短句或数字、或本机的原文变了。请运行 npm run source -- record ${id} 重写它并一起提交（CI 没有原文，只按指纹核对）`
        : `来源 ${id} 的全文不进代码库（kept: false），还缺它的指纹：请运行 npm run source -- record ${id} 生成 ${id}.fingerprint.json 并一起提交（CI 没有原文，只按指纹核对）`,
      severity: 'error',
    });
  }
  return out;
}

/**
 * Placeholders in the source records the entries cite (`npm run import` writes them), one located
 * line each in the record itself; the entry's "来源记录有误" about the same record then says nothing new.
 */
function checkRecordDrafts(entries: ParsedEntry[], sourcesDir: string, rel: (p: string) => string, problems: Problem[]): Problem[] {
  const out: Problem[] = [];
  const ids = new Map<string, ParsedEntry[]>();
  for (const e of entries) {
    const id = (e.data as { source?: { id?: unknown } } | undefined)?.source?.id;
    if (typeof id === 'string') ids.set(id, [...(ids.get(id) ?? []), e]);
  }
  for (const [id, citing] of ids) {
    const file = join(sourcesDir, `${id}.yaml`);
    if (!existsSync(file)) continue;
    const drafts = checkDraftText(rel(file), readFileSync(file, 'utf8'));
    if (!drafts.length) continue;
    out.push(...drafts);
    for (const e of citing) {
      const i = problems.findIndex((p) => p.file === e.file && p.field === 'source.id' && p.message.startsWith('来源记录有误'));
      if (i >= 0) problems.splice(i, 1);
    }
  }
  return out;
}
