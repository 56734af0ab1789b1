/**
 * Names the editor's form and its file format share (config.ts writes them into the configuration;
 * case-file.ts and admin.ts use them in the browser). Kept apart so the browser bundle does not pull
 * in the schema.
 */

/** The custom file format the editor reads and writes entries with (case-file.ts). */
export const CASE_FORMAT = 'case-mdx';
/** The form-only field that names a new entry's file; never written into the entry. */
export const SLUG_FIELD = 'slug';
/** The entry's Markdown body, as the editor names it. */
export const BODY_FIELD = 'body';

/**
 * The form-only group that travels with a contribution: the report file, whether the archive may
 * keep its text or only its fingerprint, and the licence the contributor grants for the entry. It
 * is no field of the entry: the file carries it as one comment line (case-file.ts), which the
 * maintainer's `npm run import -- --contribution` removes when it turns the report into its source
 * record. What each way of saving does with the report: contribution.ts.
 */
export const CONTRIBUTION_FIELD = 'contribution';
/** The licence of an entry's own text and data (src/config.ts `SITE.licence`). */
export const ENTRY_LICENCE = 'CC BY 4.0';
/** What the archive may do with the report's text: `keep` it in the repository, or keep only its `fingerprint`. */
export const REPORT_USES = ['keep', 'fingerprint'] as const;
