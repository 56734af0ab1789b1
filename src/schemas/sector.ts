import { z } from 'astro/zod';
import { termSchema } from './term';

/** The line of work a unit is in (教育, 气象, 政务服务 …). Extendable by pull request. */
export const sectorSchema = termSchema.extend({
  /**
   * Whether this sector's units serve the public at counters (办事大厅, 营业厅). Drafts take
   * `unit.windowUnit` from it; left out where the sector holds both kinds, so a draft asks instead.
   */
  windowUnit: z.boolean().optional(),
});

export type Sector = z.infer<typeof sectorSchema>;
