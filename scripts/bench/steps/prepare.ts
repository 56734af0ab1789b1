/** Step 1: a scratch copy of the project with N synthetic cases (and the reports they cite) in place of content/cases/. */
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
    // Each case cites its own synthetic report, as real entries cite theirs.
    writeFileSync(join(scratch, 'content', 'sources', `${c.sourceId}.txt`), c.sourceText);
    writeFileSync(join(scratch, 'content', 'sources', `${c.sourceId}.yaml`), c.sourceRecord);
  }
  return { meanChars: Math.round(chars / n) };
}
