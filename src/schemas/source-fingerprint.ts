import { z } from 'astro/zod';

/**
 * `content/sources/<id>.fingerprint.json`, written by `npm run source -- record <id>` where the text
 * is at hand (see src/core/fingerprint.ts for what each part is for). Never edited by hand.
 */
export const sourceFingerprintSchema = z.strictObject({
  source: z.string(),
  about: z.string().optional(),
  winnowParams: z.strictObject({ k: z.number().int().positive(), w: z.number().int().positive() }),
  paragraphs: z.array(
    z.strictObject({
      length: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/u),
      numbers: z.array(z.string()),
      blanks: z.array(z.string()),
    }),
  ),
  quotes: z.array(
    z.strictObject({
      paragraph: z.number().int().positive(),
      offset: z.number().int().nonnegative(),
      text: z.string().min(1).max(40),
    }),
  ),
  winnow: z.strictObject({ hans: z.array(z.number().int().nonnegative()), hant: z.array(z.number().int().nonnegative()) }),
});
