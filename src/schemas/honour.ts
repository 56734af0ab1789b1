import { z } from 'astro/zod';
import type { Taxonomy } from './taxonomy';
import { paragraphs, termRef, text } from './refs';
import { factBasis } from './unit';

/** The unit's standing in 文明单位 creation: the title level it holds or seeks. */
export function makeHonourSchema(tax: Taxonomy) {
  return z.strictObject({
    /** Title level held (status held) or sought (status aspiring): a slug from honour-levels.yaml. */
    level: termRef('honourLevel', tax.honourLevels),
    /**
     * How the level is known: `stated` (the source names it: 全国文明单位, 省级文明单位, 区级 …; also for
     * `none-stated`, the source naming none) or `inferred` (the editors read it, e.g. from the kind of
     * city that conferred the title; say why in `note`). Shown beside the level, in the filters and
     * the open data.
     */
    levelBasis: factBasis('honour.note'),
    /** Whether the unit holds the level, is striving for it, renewing it, or the report is unclear. */
    status: z.enum(['held', 'aspiring', 'renewing', 'unclear'], {
      error: '取值须为 held（已获得）、aspiring（争创中）、renewing（复查）或 unclear（不明）',
    }),
    /** The next level aimed at, when the unit holds one level and seeks another. */
    sought: termRef('honourLevel', tax.honourLevels).optional(),
    /** Anything a reader should know about the reading of the report, in your own words. */
    note: z.string().trim().optional(),
    /** The paragraphs that state the unit's standing. */
    from: paragraphs('honour.from').optional(),
  });
}

/** An honour the unit, a sub-unit or its people received, as the report lists it. */
export function makeAwardSchema(tax: Taxonomy) {
  return z.strictObject({
    /** The honour's name, e.g. 区先进集体. */
    name: text('honours[].name'),
    /**
     * Level of the conferring body, when the source names it: a slug from honour-levels.yaml. Shown
     * with its neutral level word (市级, 省级 …), never as a 文明单位 title.
     */
    level: termRef('honourLevel', tax.honourLevels).optional(),
    /** Who received it. */
    recipient: z.enum(['unit', 'sub-unit', 'individual', 'unstated'], {
      error: '取值须为 unit、sub-unit、individual 或 unstated（原文没有说获得者是谁）',
    }),
    /** Year, count or other detail, as the source gives it. */
    note: z.string().trim().optional(),
    /** The paragraphs that name the honour. */
    from: paragraphs('honours[].from'),
  });
}
