/**
 * The open data files: /data/cases.json, /data/practices.csv and /data/case.schema.json. Built from
 * plain case records so their shape is unit-tested without a build; the endpoints in
 * src/pages/data/ only supply the cases and the site's origin.
 */
import type { SourceRecord } from '../schemas/source-record';
import { z } from 'astro/zod';
import type { CaseData } from '../schemas/case';
import type { Taxonomy } from '../schemas/taxonomy';
import { makeCaseSchema } from '../schemas/case';
import { plainName } from '../lib/format';
import { toCsv } from './csv';
import { labelOf, termLabels } from '../core/taxonomy';

export interface CaseRecord {
  /** The entry's slug (its file name). */
  id: string;
  data: CaseData;
}

/** Absolute URLs: the data files are read outside the site, where relative links mean nothing. */
export interface UrlMaker {
  case: (slug: string) => string;
  practice: (caseSlug: string, practiceId: string) => string;
  schema: string;
  site: string;
}

const term = (tax: Taxonomy, kind: 'themes' | 'tags' | 'unitTypes' | 'sectors' | 'honourLevels', slug: string) =>
  termLabels(tax[kind], slug);

/** Finds a source's record by id (the loader, passed in by the caller: this module reads no files). */
export type RecordOf = (id: string) => SourceRecord | undefined;

/** What the record says of a case's document: who published it, how much of it is held, whether the repository keeps it. */
function documentOf(r: SourceRecord | undefined) {
  if (!r) return undefined;
  return {
    title: r.title,
    ...(/^https?:\/\//u.test(r.obtainedFrom) ? { url: r.obtainedFrom } : { obtainedFrom: r.obtainedFrom }),
    ...(r.outlet ? { outlet: r.outlet } : {}),
    ...(r.published ? { published: r.published } : {}),
    publisher: r.publisher,
    held: r.held,
    textKept: r.kept,
  };
}

export function caseToJson(c: CaseRecord, tax: Taxonomy, urls: UrlMaker, recordOf: RecordOf = () => undefined) {
  const d = c.data;
  return {
    slug: c.id,
    url: urls.case(c.id),
    title: d.title,
    summary: d.summary,
    unit: {
      name: plainName(d.unit.name),
      nameBasis: d.unit.nameBasis,
      type: term(tax, 'unitTypes', d.unit.type),
      typeBasis: d.unit.typeBasis,
      sector: term(tax, 'sectors', d.unit.sector),
      sectorBasis: d.unit.sectorBasis,
      windowUnit: d.unit.windowUnit,
      region: { label: d.unit.region.label, basis: d.unit.region.basis },
    },
    honour: {
      level: term(tax, 'honourLevels', d.honour.level),
      levelBasis: d.honour.levelBasis,
      status: d.honour.status,
      ...(d.honour.sought ? { sought: term(tax, 'honourLevels', d.honour.sought) } : {}),
    },
    period: {
      reported: d.period.reported,
      ...(d.period.reportedLatest ? { reportedLatest: d.period.reportedLatest } : {}),
      from: d.period.from,
      to: d.period.to,
      basis: d.period.basis,
      clues: d.period.clues,
    },
    themes: {
      primary: term(tax, 'themes', d.themes.primary),
      secondary: d.themes.secondary.map((s) => term(tax, 'themes', s)),
    },
    tags: d.tags.map((s) => term(tax, 'tags', s)),
    practices: d.practices.map((p) => ({
      id: p.id,
      url: urls.practice(c.id, p.id),
      name: p.name,
      summary: p.summary,
      tags: p.tags.map((s) => term(tax, 'tags', s)),
      aliases: p.aliases,
      from: p.from,
      evidence: p.evidence,
    })),
    figures: d.figures,
    honours: d.honours.map((h) => ({ ...h, ...(h.level ? { level: term(tax, 'honourLevels', h.level) } : {}) })),
    shortcomings: d.shortcomings,
    ...(d.editorsNote ? { editorsNote: d.editorsNote } : {}),
    // Paragraph numbers (`from`) everywhere refer to this document: paragraph n is line n of its
    // text (content/sources/<id>.txt where the repository keeps it; otherwise the page at `document.url`).
    source: d.source,
    document: documentOf(recordOf(d.source.id)),
    added: d.added,
    updated: d.updated,
  };
}

export function casesJson(
  cases: readonly CaseRecord[],
  tax: Taxonomy,
  urls: UrlMaker,
  licence: { name: string; url: string },
  recordOf: RecordOf = () => undefined,
) {
  return {
    site: urls.site,
    licence,
    schema: urls.schema,
    count: cases.length,
    cases: cases.map((c) => caseToJson(c, tax, urls, recordOf)),
  };
}

export const PRACTICES_CSV_HEADER = [
  'case_slug',
  'case_title',
  'case_url',
  'practice_id',
  'practice_name',
  'practice_summary',
  'practice_url',
  'themes',
  'tags',
  'tag_labels',
  'unit_type',
  'unit_type_basis',
  'honour_level',
  'honour_level_basis',
  'reported',
  'source_id',
  'paragraphs',
  'evidence',
] as const;

/** One row per practice; lists inside a field are joined with '|', which no slug or label contains. */
export function practicesCsv(cases: readonly CaseRecord[], tax: Taxonomy, urls: UrlMaker): string {
  const rows = cases.flatMap((c) =>
    c.data.practices.map((p) => [
      c.id,
      c.data.title,
      urls.case(c.id),
      p.id,
      p.name,
      p.summary,
      urls.practice(c.id, p.id),
      [...new Set(p.tags.map((s) => tax.tags.bySlug.get(s)?.theme ?? ''))].join('|'),
      p.tags.join('|'),
      p.tags.map((s) => labelOf(tax.tags, s)).join('|'),
      c.data.unit.type,
      c.data.unit.typeBasis,
      c.data.honour.level,
      c.data.honour.levelBasis,
      c.data.period.reported,
      c.data.source.id,
      p.from.join('|'),
      p.evidence,
    ]),
  );
  return toCsv(PRACTICES_CSV_HEADER, rows);
}

/**
 * The JSON Schema of a case entry's frontmatter, generated from the same zod schema the build
 * validates with (so it cannot drift). `io: 'input'` describes what contributors write, before
 * defaults are filled in.
 */
export function caseJsonSchema(tax: Taxonomy, id: string) {
  const schema = z.toJSONSchema(makeCaseSchema(tax), { io: 'input' });
  return {
    ...schema,
    $id: id,
    title: 'Practice Archive case entry',
    description:
      'Frontmatter of content/cases/<slug>.mdx. Theme, tag, unit type, sector and honour level values are slugs from content/taxonomy/*.yaml.',
  };
}
