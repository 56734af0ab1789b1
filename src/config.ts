/**
 * Site-wide settings in one place. Deployments override the URL and base path with environment
 * variables (see docs/deploying.md), so the same commit can serve at / or under /practice-archive/.
 */
const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

export const SITE = {
  /** Absolute origin the site is published at (canonical URLs, feeds, sitemap). */
  url: env.SITE_URL ?? 'https://practice-archive.github.io',
  /** Path under the origin; '/' or e.g. '/practice-archive/'. */
  base: env.BASE_PATH ?? '/',
  /** The repository, for "edit this page" links and the data files' provenance. */
  repo: 'https://github.com/practice-archive/practice-archive',
  /** Branch that "edit this page" links point at. */
  branch: 'main',
  /** Licence of the archive's own text and data. */
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' },
  /**
   * Folder holding `cases/` and `taxonomy/`. Tests and the benchmark point it at fixtures or
   * synthetic entries (ARCHIVE_CONTENT_DIR) so they never write into the real `content/`.
   */
  contentDir: env.ARCHIVE_CONTENT_DIR ?? 'content',
  /** Licence of the code. */
  codeLicence: 'MIT',
} as const;
