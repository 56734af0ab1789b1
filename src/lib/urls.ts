/**
 * The site's URLs under the base path this build is published at (e.g. `/practice-archive/` on
 * GitHub Pages). The route shapes live in src/core/routes.ts; this module only binds them to the
 * build's BASE_URL, so the base path is applied in exactly one place.
 */
import { makeRoutes } from '../core/routes';

const rawBase: string = (import.meta.env?.BASE_URL as string | undefined) ?? '/';

export const paths = makeRoutes(rawBase);
export const BASE = paths.base;
/** A site-relative path ('cases/x/') to an absolute path under the base ('/base/cases/x/'). */
export const url = paths.url;
