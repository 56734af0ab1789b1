import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './paths';
import { makeCaseSchema } from '../../src/schemas/case';
import { loadTaxonomy } from '../../src/loaders/taxonomy';

/**
 * The real entries from content/cases, read through the real schema (so text is normalised the way
 * the site shows it): what a test expects to see on the built pages.
 */
export function realEntries(): { slug: string; data: Record<string, any> }[] {
  const schema = makeCaseSchema(loadTaxonomy(join(ROOT, 'content', 'taxonomy')));
  const dir = join(ROOT, 'content', 'cases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({
      slug: f.replace(/\.mdx$/, ''),
      data: schema.parse(parse(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]!)) as Record<string, any>,
    }));
}
