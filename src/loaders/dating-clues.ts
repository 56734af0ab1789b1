/** Loads the dating-clue table (`content/taxonomy/dating-clues.yaml`) that `npm run import` uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { datingClueSchema, type DatingClue } from '../schemas/dating-clue';
import { formatIssuePath } from '../text/messages';
import { TAXONOMY_DIR, TaxonomyError } from './taxonomy';

export const DATING_CLUES_FILE = 'dating-clues.yaml';

export function loadDatingClues(dir: string = TAXONOMY_DIR): DatingClue[] {
  const path = join(dir, DATING_CLUES_FILE);
  const parsed = z.array(datingClueSchema).safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${formatIssuePath(i.path)}: ${i.message}`);
    throw new TaxonomyError(`${path}: 年代线索表不符合格式\n${lines.join('\n')}`);
  }
  return parsed.data;
}
