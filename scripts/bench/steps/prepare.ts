/** Step 1: a scratch copy of the project with N synthetic cases in place of content/cases/. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCase, type BenchTaxonomy } from '../generate.ts';
import { makeScratchCopy } from '../scratch.ts';

export function prepare(root: string, scratch: string, n: number, seed: number, tax: BenchTaxonomy): { meanChars: number } {
  makeScratchCopy(root, scratch, { withCases: false });
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const c = generateCase(tax, i, seed);
    chars += c.bodyChars;
    writeFileSync(join(scratch, 'content', 'cases', `${c.slug}.mdx`), c.source);
  }
  return { meanChars: Math.round(chars / n) };
}
