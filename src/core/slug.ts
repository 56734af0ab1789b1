/**
 * Slugs: stable ASCII identifiers for cases, practices and taxonomy terms. They are written by
 * people (never derived from Chinese titles), so this module only checks them. Every slug rule
 * lives here: the pattern, the longest slug, and the shortest a case's file name may be.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SLUG_MAX = 60;

/** A case's slug is its file name and URL; one or two letters say nothing about the case. */
export const CASE_SLUG_MIN = 3;

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX && SLUG_PATTERN.test(value);
}

/** Whether `value` may name a case (its file and its URL). */
export function isCaseSlug(value: string): boolean {
  return value.length >= CASE_SLUG_MIN && isSlug(value);
}

/** The extension of a case's entry file: `content/cases/<slug>.mdx`. */
export const CASE_FILE_EXTENSION = '.mdx';

/** The slug a case's entry file gives its case, or null when `fileName` is not an entry file. */
export function caseSlugOfFile(fileName: string): string | null {
  return fileName.endsWith(CASE_FILE_EXTENSION) ? fileName.slice(0, -CASE_FILE_EXTENSION.length) : null;
}

/** One practice, by the two halves of its URL (`/cases/<c>/#<p>`): what the basket and search results refer to. */
export interface PracticeKey {
  /** Case slug. */
  c: string;
  /** Practice id within the case. */
  p: string;
}

/** `case~practice`: the form the share link uses, and a stable key for one practice. */
export const keyText = (k: PracticeKey): string => `${k.c}~${k.p}`;

/** Reads `case~practice`; undefined when it is not one. */
export function parseKey(text: string): PracticeKey | undefined {
  const [c = '', p = '', ...rest] = text.trim().split('~');
  return rest.length === 0 && isSlug(c) && isSlug(p) ? { c, p } : undefined;
}
