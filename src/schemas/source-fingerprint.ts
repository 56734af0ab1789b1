import { z } from 'astro/zod';

/**
 * `content/sources/<id>.fingerprint.json`, written by `npm run source -- record <id>` where the text
 * is at hand (see src/core/fingerprint.ts for what each part is for). Never edited by hand.
 */
export const sourceFingerprintSchema = z.strictObject({
  /** The source's id. */
  source: z.string(),
  /** A line for a person who opens the file. */
  about: z.string().optional(),
  /** The winnowing parameters the sample was taken with. */
  winnowParams: z.strictObject({
    /** Letters in one run. */
    k: z.number().int().positive(),
    /** Window of run hashes from which one is kept. */
    w: z.number().int().positive(),
  }),
  /** One item per paragraph (line) of the text, in order. */
  paragraphs: z.array(
    z.strictObject({
      /** Characters in the paragraph. */
      length: z.number().int().nonnegative(),
      /** SHA-256 of its UTF-8 text, hex. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/u),
      /** The numbers it states, as comparable tokens. */
      numbers: z.array(z.string()),
      /** The blank marks in it, as written. */
      blanks: z.array(z.string()),
    }),
  ),
  /** The passages the entries take from the text, each verified when it was recorded. */
  quotes: z.array(
    z.strictObject({
      /** The paragraph it stands in. */
      paragraph: z.number().int().positive(),
      /** Where it starts in the paragraph's comparison form. */
      offset: z.number().int().nonnegative(),
      /** The passage (at most 40 characters). */
      text: z.string().min(1).max(40),
    }),
  ),
  /** The winnowed sample of run hashes, in simplified and in traditional script. */
  winnow: z.strictObject({
    /** Hashes of the text's runs in simplified script. */
    hans: z.array(z.number().int().nonnegative()),
    /** Hashes of the text's runs in traditional script. */
    hant: z.array(z.number().int().nonnegative()),
  }),
});
