import { z } from 'astro/zod';
import { termSchema } from './term';

/** A level of the 文明单位 title (全国, 省级, 市级 …), listed highest first in the taxonomy file. */
export const honourLevelSchema = termSchema.extend({
  /**
   * The neutral level word (国家级, 省级, 市级, 县（区）级, 系统内, 单位内部) shown for an honour of
   * this level that is not itself a 文明单位 title, such as 省文明工地 or 区先进集体.
   */
  levelWord: z.string().min(1),
});

export type HonourLevel = z.infer<typeof honourLevelSchema>;
