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
