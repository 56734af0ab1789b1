/**
 * Every rule `npm run validate` applies, one per file in this folder. Entry rules run on each
 * entry in this order; archive rules run once on all of them. Adding a check: write a rule, add it
 * here, and pin its message with a fixture under tests/fixtures/validate/.
 */
import type { ArchiveRule, EntryRule } from './context';
import { schemaRule } from './schema';
import { datesRule } from './dates';
import { mdxRule } from './mdx';
import { linksRule } from './links';
import { personalDataRule } from './personal-data';
import { copiedTextRule } from './copied-text';
import { placeholdersRule } from './placeholders';
import { duplicateReportsRule } from './duplicate-reports';
import { citationsRule } from './citations';

export { fileNameProblems } from './file-names';
export type { ArchiveContext, EntryContext } from './context';
export { citationNotes } from './citations';

export const ENTRY_RULES: readonly EntryRule[] = [
  schemaRule,
  datesRule,
  mdxRule,
  linksRule,
  personalDataRule,
  copiedTextRule,
  placeholdersRule,
  citationsRule,
];

export const ARCHIVE_RULES: readonly ArchiveRule[] = [duplicateReportsRule];
