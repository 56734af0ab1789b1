import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './paths';

/** The real entries' frontmatter, read straight from content/cases (what a test expects to see). */
export function realEntries(): { slug: string; data: Record<string, any> }[] {
  const dir = join(ROOT, 'content', 'cases');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: parse(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]!) }));
}
