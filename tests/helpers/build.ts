import { spawnSync } from 'node:child_process';
import { ROOT } from './paths';

/**
 * Runs `astro build` in a child process (the same Node that runs the tests), so tests see exactly
 * what `npm start` serves. Extra environment (e.g. BASE_PATH) and an output folder can be given.
 */
export function buildSite(options: { env?: Record<string, string>; outDir?: string; root?: string } = {}) {
  const args = ['node_modules/astro/bin/astro.mjs', 'build'];
  if (options.outDir) args.push('--outDir', options.outDir);
  const result = spawnSync(process.execPath, args, {
    cwd: options.root ?? ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
