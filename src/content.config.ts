import { defineCollection } from 'astro:content';
import { caseEntries } from './loaders/case-entries';
import { makeCaseSchema } from './schemas/case';
import { loadTaxonomy } from './loaders/taxonomy';
import { SITE } from './config';
import { CASE_FILE_EXTENSION } from './core/slug';
import { stopOnInvalidEntries } from './integrations/entry-check';

// Entries live in the top-level `content/` folder (not src/) so contributors find them at once.
const cases = defineCollection({
  loader: caseEntries({
    pattern: `*${CASE_FILE_EXTENSION}`,
    base: `${SITE.contentDir}/cases`,
    alwaysMdx: process.env.CASES_ALWAYS_MDX === '1',
    // A broken entry stops the build with located lines (src/integrations/entry-check.ts).
    onInvalid: import.meta.env.DEV ? undefined : () => stopOnInvalidEntries(),
  }),
  schema: makeCaseSchema(loadTaxonomy()),
});

export const collections = { cases };
