import { z } from 'astro/zod';
import type { Taxonomy } from './taxonomy';
import { termRef, text } from './refs';

/** How a fact about the unit is known. */
export const basisSchema = z.enum(['stated', 'inferred', 'withheld', 'absent'], {
  error: '取值须为 stated（原文写明）、inferred（推断）、withheld（原文隐去）或 absent（原文未提）',
});

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
    /** Line of work: a slug from content/taxonomy/sectors.yaml. */
    sector: termRef('sector', tax.sectors),
    /** Who wrote the report: the unit itself, its Party organisation, a sub-unit or its union. */
    reportingEntity: z.enum(['unit', 'party-org', 'sub-unit', 'trade-union'], {
      error: '取值须为 unit、party-org、sub-unit 或 trade-union',
    }),
    /** True for public-facing service counters (政务中心, banks, utilities, hospitals …). */
    windowUnit: z.boolean(),
    /** Where the unit is and how we know. */
    region: regionSchema,
  });
}
