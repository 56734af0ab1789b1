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
import { blankValuesRule } from './blank-values';
import { duplicateReportsRule } from './duplicate-reports';
import { citationsRule } from './citations';
import { bodyLengthRule } from './body-length';

export { fileNameProblems } from './file-names';
export type { ArchiveContext, EntryContext } from './context';
export { citationNotes } from './citations';
export { checkDrafts, checkDraftText, withoutDraftLines } from './drafts';

/** What stops a build or breaks the site: the build runs these too (src/integrations/entry-check.ts). */
export const BUILD_RULES: readonly EntryRule[] = [schemaRule, datesRule, mdxRule, linksRule];

/** The content checks: validate's and CI's job, not every build's. */
export const CONTENT_RULES: readonly EntryRule[] = [personalDataRule, copiedTextRule, blankValuesRule, citationsRule, bodyLengthRule];

/**
 * Rules whose complaints about a line that still holds a draft placeholder are left out: the
 * placeholder's own "还是草稿" line says what to do there, so the contributor reads one line, not two.
 */
export const DRAFT_MASKED: ReadonlySet<EntryRule> = new Set([schemaRule, datesRule, blankValuesRule, citationsRule]);

export const ARCHIVE_RULES: readonly ArchiveRule[] = [duplicateReportsRule];
