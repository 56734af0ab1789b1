import { z } from 'astro/zod';
import { termSchema } from './term';

/** A theme: one broad area of creation work, aligned with the official evaluation criteria. */
export const themeSchema = termSchema.extend({
  /** One-sentence definition in Chinese, in the project's own words. */
  definition: z.string().min(1),
  /** The official evaluation criteria this theme corresponds to, per framework. */
  criteria: z.strictObject({
    /** Headline standards of the classic six-point 全国文明单位评选标准 (2000s–2011). */
    sixPoint: z.array(z.string()),
    /** 测评项目 of 《全国文明单位测评体系(试行)》 (2012). */
    trial2012: z.array(z.string()),
  }),
  /** Optional remark on the mapping. */
  note: z.string().optional(),
  /** Former labels or other wordings of the theme. */
  aliases: z.array(z.string()).default([]),
});

export type Theme = z.infer<typeof themeSchema>;
