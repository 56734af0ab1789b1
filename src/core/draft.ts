/**
 * The draft marker: what `npm run new-case` and the import tool write where the contributor still
 * has to write something. Validation reports each one as a draft line; the citation checks leave a
 * draft value alone. Pure: no I/O, imports nothing.
 */
export const PLACEHOLDER = '【待填写】';

/** Whether a value is still a draft placeholder. */
export const isDraft = (value: unknown): boolean => typeof value === 'string' && value.includes(PLACEHOLDER);
