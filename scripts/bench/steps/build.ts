/**
 * Step 2: builds the scratch copy cold with `astro build --config scratch.config.mjs` and splits
 * the time between building and indexing. The site's Pagefind integration indexes inside the
 * build and records how long that took in Astro's cache folder (src/integrations/pagefind.ts);
 * a build without it is indexed here with the Pagefind CLI, timed on its own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readIndexReport } from '../../../src/integrations/pagefind.ts';
import { SEARCH_SCRIPT } from '../../../src/core/routes.ts';
import { SCRATCH_CONFIG, SCRATCH_CACHE } from '../scratch.ts';
import { timed } from '../process.ts';

export interface Built {
  buildSeconds: number;
  indexSeconds: number;
  peakRssMB: number;
  peakByProgram: Record<string, number>;
  /** The whole process tree's largest resident total (Timed.peakTotalMB). */
  peakTotalMB: number;
  cpuByProgram: Record<string, number>;
  indexer: 'integration' | 'integration (untimed)' | 'cli';
  /** The index's early write, step by step (IndexReport), when the integration wrote it early. */
  pagefind?: { readLagSeconds: number; writeSeconds: number };
}

export async function buildAndIndex(root: string, scratch: string, n: number, log: (msg: string) => void): Promise<Built> {
  const dist = join(scratch, 'dist');
  let pagesSeen = 0;
  let lastReport = 0;
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = await timed(process.execPath, [astro, 'build', '--config', SCRATCH_CONFIG], scratch, (line) => {
    if (/\.html \(\+\d/.test(line)) pagesSeen++;
    if (pagesSeen - lastReport >= Math.max(50, Math.round(n / 5))) {
      lastReport = pagesSeen;
      log(`  … ${pagesSeen} pages rendered`);
    }
  });
  const measured = {
    peakRssMB: build.peakRssMB,
    peakByProgram: build.peakByProgram,
    peakTotalMB: build.peakTotalMB,
    cpuByProgram: build.cpuByProgram,
  };
  if (existsSync(join(dist, SEARCH_SCRIPT))) {
    const report = readIndexReport(join(scratch, SCRATCH_CACHE));
    if (report) {
      const { readLagSeconds, writeSeconds } = report;
      return {
        ...measured,
        buildSeconds: build.seconds - report.seconds,
        indexSeconds: report.seconds,
        indexer: 'integration',
        ...(readLagSeconds !== undefined && writeSeconds !== undefined ? { pagefind: { readLagSeconds, writeSeconds } } : {}),
      };
    }
    log('  the build wrote a Pagefind index but recorded no timing; counting it as build time');
    return { ...measured, buildSeconds: build.seconds, indexSeconds: 0, indexer: 'integration (untimed)' };
  }
  log(`  built in ${build.seconds.toFixed(1)} s; indexing with the Pagefind CLI…`);
  const index = await timed(
    process.execPath,
    [join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', 'dist'],
    scratch,
  );
  return {
    buildSeconds: build.seconds,
    indexSeconds: index.seconds,
    peakRssMB: Math.max(build.peakRssMB, index.peakRssMB),
    peakByProgram: { ...build.peakByProgram, ...index.peakByProgram },
    peakTotalMB: Math.max(build.peakTotalMB, index.peakTotalMB),
    cpuByProgram: { ...build.cpuByProgram, ...index.cpuByProgram },
    indexer: 'cli',
  };
}
