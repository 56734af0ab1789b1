import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The build the site and e2e tests read (`TEST_DIST` picks another folder under the project); `npm test` builds it once. */
export const DIST = process.env.TEST_DIST ? join(ROOT, process.env.TEST_DIST) : join(ROOT, 'dist');
