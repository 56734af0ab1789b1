import { z } from 'astro/zod';
import { year } from './refs';

/**
 * A dating clue (`content/taxonomy/dating-clues.yaml`): a wording in a report that bounds when the
 * report can have been written. `npm run import` finds the clues and suggests a period from them.
 */
export const datingClueSchema = z
  .strictObject({
    /** What kind of thing it is: a Party congress or plenum, a five-year plan, a 普法 round, a slogan, a campaign, an event. */
    kind: z.enum(['congress', 'plenum', 'plan', 'pufa', 'slogan', 'campaign', 'event']),
    /** The wordings that name it, matched after quotation marks and the dot in “五·五” are removed. */
    match: z.array(z.string().min(2)).min(1),
    /** The report cannot be older than this year. */
    from: year.optional(),
    /** After this year the wording was no longer current (a report may still look back on it). */
    until: year.optional(),
    /** Why these years: the fact they rest on, in one sentence. */
    note: z.string().min(4),
  })
  .refine((c) => c.from !== undefined || c.until !== undefined, { error: '至少写 from 或 until 之一' })
  .refine((c) => c.from === undefined || c.until === undefined || c.from <= c.until, { error: 'from 不能晚于 until' });

export type DatingClue = z.infer<typeof datingClueSchema>;
