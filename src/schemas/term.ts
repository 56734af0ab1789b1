import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../core/slug';

/**
 * The shape every controlled-vocabulary term shares (themes, tags, unit types, sectors, honour
 * levels). Each concept's own schema extends this one.
 */
export const termSchema = z.strictObject({
  /** Stable ASCII identifier used in URLs and entries. Never renamed or reused. */
  slug: z.string().regex(SLUG_PATTERN, { error: '须为小写 ASCII 字母、数字和连字符（kebab-case）' }),
  /** Chinese label shown to readers. May change; the old wording then moves to `aliases`. */
  label: z.string().min(1),
  /** English label, for the data files and English-speaking researchers. */
  labelEn: z.string().min(1),
});

export type Term = z.infer<typeof termSchema>;
