import { z } from 'astro/zod';
import type { Taxonomy } from './taxonomy';
import { termRef, text } from './refs';

/** How a fact about the unit is known. */
export const basisSchema = z.enum(['stated', 'inferred', 'withheld', 'absent'], {
  error: '取值须为 stated（原文写明）、inferred（推断）、withheld（原文隐去）或 absent（原文未提）',
});

/**
 * How a fact the editors chose from the taxonomy is known: from the source's words (`stated`, the
 * default), or inferred by them (`inferred`, with the reason written in the field named `where`).
 */
export function factBasis(where: string) {
  return z
    .enum(['stated', 'inferred'], { error: `取值须为 stated（原文写明）或 inferred（编者推断，须在 ${where} 中说明依据）` })
    .default('stated');
}

/** The basis of a unit fact (type, sector): the reason for an inference goes in editorsNote. */
export const factBasisSchema = factBasis('editorsNote');

/** Where the unit is. */
export const regionSchema = z
  .strictObject({
    /** Human-readable place, e.g. 上海市黄浦区; 未说明 when the source gives none. */
    label: text('region.label'),
    /** How the place is known. */
    basis: basisSchema,
    /** The evidence for an inferred place, or what the source says instead, in your own words. */
    clue: z.string().trim().optional(),
  })
  .refine((r) => r.basis === 'stated' || (r.clue ?? '').length > 0, {
    error: '地区不是原文写明（basis ≠ stated）时，须在 clue 中说明依据',
    path: ['clue'],
  });

/** The unit the report is about, as the source presents it. */
export function makeUnitSchema(tax: Taxonomy) {
  return z.strictObject({
    /**
     * The unit's name as the source gives it. A part the source hides (with `__`) is written
     * `{withheld}` and shown to readers as withheld; never guess it.
     */
    name: text('unit.name'),
    /** Whether the name is given in full, in part, or not at all. */
    nameBasis: z.enum(['stated', 'partly-withheld', 'withheld'], {
      error: '取值须为 stated、partly-withheld 或 withheld',
    }),
    /** Kind of unit: a slug from content/taxonomy/unit-types.yaml. */
    type: termRef('unitType', tax.unitTypes),
    /**
     * How the kind of unit is known: `stated` (the source names it) or `inferred` (the editors read it
     * from what the unit does; say why in editorsNote). Shown beside the type.
     */
    typeBasis: factBasisSchema,
    /** Line of work: a slug from content/taxonomy/sectors.yaml. */
    sector: termRef('sector', tax.sectors),
    /**
     * How the line of work is known: `stated`, or `inferred` (the source blanks or never names the
     * industry; say why in editorsNote). Shown beside the sector, in the filters and the open data.
     */
    sectorBasis: factBasisSchema,
    /**
     * Who wrote the text: the unit itself, its Party organisation, a sub-unit or its union, or `press`
     * (a journalist or a site's editors writing about the unit: a news item).
     */
    reportingEntity: z.enum(['unit', 'party-org', 'sub-unit', 'trade-union', 'press'], {
      error: '取值须为 unit、party-org、sub-unit、trade-union 或 press（记者或网站编辑写的报道）',
    }),
    /** True for public-facing service counters (政务中心, banks, utilities, hospitals …). */
    windowUnit: z.boolean(),
    /** Where the unit is and how we know. */
    region: regionSchema,
  });
}
