import { z } from 'astro/zod';
import { termSchema } from './term';

/** A tag: one concrete kind of practice, e.g. 首问责任制 or 安全生产. */
export const tagSchema = termSchema.extend({
  /** Slug of the tag's home theme. A tag may still be used on cases under other themes. */
  theme: z.string(),
  /** One-line definition in Chinese, in the project's own words. */
  definition: z.string().min(1),
  /** Other wordings of the practice (including former labels); search finds them too. */
  aliases: z.array(z.string().min(1)).default([]),
});

export type Tag = z.infer<typeof tagSchema>;
