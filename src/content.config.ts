import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeCaseSchema } from './schemas/case';
import { loadTaxonomy } from './loaders/taxonomy';
import { SITE } from './config';

// Entries live in the top-level `content/` folder (not src/) so contributors find them at once.
const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${SITE.contentDir}/cases` }),
  schema: makeCaseSchema(loadTaxonomy()),
});

export const collections = { cases };
