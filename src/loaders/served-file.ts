/**
 * Which file a request may read from a served folder: the test and bench static server
 * (scripts/static-server.ts), the test font (scripts/cjk-font.ts) and the dev server's search index
 * (src/integrations/dev-search-index.ts) all ask here, so a path cannot leave the folder by one of
 * them and not the others.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The file `path` names inside `dir`, or null when it lies outside. A prefix test on the joined path
 * is not enough: `/..%2fdist-x/a` decodes to `/../dist-x/a`, which joined to `/srv/dist` gives
 * `/srv/dist-x/a` — a sibling folder that starts with the same letters. What is inside is what the
 * path relative to `dir` does not leave by `..`.
 */
export function fileInside(dir: string, path: string): string | null {
  const root = resolve(dir);
  const file = resolve(root, `.${path.startsWith('/') ? '' : '/'}${path}`);
  const rel = relative(root, file);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? file : null;
}
