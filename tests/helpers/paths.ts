import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The build the site and e2e tests read; `npm test` builds it once (tests/helpers/global-build.ts). */
export const DIST = join(ROOT, 'dist');
