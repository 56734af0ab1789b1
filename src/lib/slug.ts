/**
 * Slugs: stable ASCII identifiers for cases, practices and taxonomy terms. They are written by
 * people (never derived from Chinese titles), so this module only checks and normalises them.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SLUG_MAX = 60;

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX && SLUG_PATTERN.test(value);
}

/**
 * Turns free ASCII text ("Swimming Programme 2") into a slug candidate ("swimming-programme-2").
 * Chinese text has no ASCII letters and yields '' — the caller must then ask for a slug.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}
