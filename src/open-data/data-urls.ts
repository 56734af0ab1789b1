/** Absolute URLs for the data files and feeds, from the site's origin and the base-aware `paths`. */
import { paths } from '../lib/urls';
import type { UrlMaker } from './data-files';

export function dataUrls(site: URL | undefined): UrlMaker {
  if (!site) throw new Error('astro.config `site` must be set: the data files carry absolute URLs');
  const abs = (path: string) => new URL(path, site).href;
  return {
    site: abs(paths.home()),
    case: (slug) => abs(paths.case(slug)),
    practice: (caseSlug, id) => abs(paths.practice(caseSlug, id)),
    schema: abs(paths.data('schema')),
  };
}
