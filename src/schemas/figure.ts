import { z } from 'astro/zod';
import { paragraphs, text } from './refs';

const figureValue = z.union([z.number(), text('value')], {
  error: 'value 须为数字，或与原文一致的文字（如 "90以上"、"约280"、"95%以上"）',
});

/**
 * A figure the source states, exactly as stated: a single value, a before/after pair, or a value
 * the source withholds (with `__`), which must never be filled in.
 */
export const figureSchema = z
  .strictObject({
    /** What is counted or measured, e.g. 办事大厅面积. */
    label: text('figures[].label'),
    /**
     * The value exactly as the source gives it: a number, or text when the source qualifies it,
     * with the source's own bound words (`95%以上`, `20人以上`, `约280`; never `>95%`).
     */
    value: figureValue.optional(),
    /** The earlier value of a before/after pair. */
    before: figureValue.optional(),
    /** The later value of a before/after pair. */
    after: figureValue.optional(),
    /** Unit of measurement, e.g. ㎡, 个, 人. */
    unit: z.string().trim().optional(),
    /** True when the source hides the value (`__`, `___`). */
    withheld: z.boolean().default(false),
    /** Context, the source's own wording of a qualifier, or why a value is uncertain. */
    note: z.string().trim().optional(),
    /** The paragraphs that state the value (or hold its blank, when withheld). */
    from: paragraphs('figures[].from'),
  })
  .superRefine((f, ctx) => {
    const pair = f.before !== undefined || f.after !== undefined;
    if (f.withheld) {
      if (f.value !== undefined || pair) {
        ctx.addIssue({
          code: 'custom',
          path: ['withheld'],
          message: '原文隐去的数字（withheld: true）不能再填写 value/before/after，切勿自行补填',
        });
      }
      return;
    }
    if (pair && (f.before === undefined || f.after === undefined)) {
      ctx.addIssue({ code: 'custom', path: [f.before === undefined ? 'before' : 'after'], message: 'before 和 after 须成对出现' });
    }
    if (pair && f.value !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: '同一数字不能既有 value 又有 before/after' });
    }
    if (!pair && f.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: '缺少 value（或 before/after）；原文隐去的请写 withheld: true' });
    }
  });

export type Figure = z.infer<typeof figureSchema>;
