import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build';
import { DIST } from './paths';

// Builds the site once before the site and e2e projects run. Set REUSE_DIST=1 to test an
// existing build (handy while writing tests); `npm test` always builds fresh.
let built = false;
export default function setup() {
  if (built) return;
  if (process.env.REUSE_DIST === '1' && existsSync(join(DIST, 'index.html'))) {
    built = true;
    return;
  }
  const { ok, output } = buildSite({ outDir: DIST });
  if (!ok) throw new Error(`astro build failed:\n${output}`);
  built = true;
}
