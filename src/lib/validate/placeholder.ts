import { PLACEHOLDER } from '../../core/draft';

/** What the scaffold and the import tool write where the contributor still has to write something (src/core/draft.ts). */
export { PLACEHOLDER };

/** Whether a value is still a draft placeholder (the citation checks leave drafts to the draft check). */
export const isDraft = (value: unknown): boolean => typeof value === 'string' && value.includes(PLACEHOLDER);
