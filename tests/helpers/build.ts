import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { ROOT } from './paths';

/**
 * Runs `astro build` in a child process (the same Node that runs the tests), so tests see exactly
 * what `npm start` serves. Extra environment (e.g. BASE_PATH) and an output folder can be given.
 */
/**
 * Vitest exposes Vite's env (BASE_URL=/, MODE, NODE_ENV=test …) through process.env; a child build
 * that inherited them would drop the base path from every link, whatever BASE_PATH says.
 */
const VITEST_ENV = [
  'BASE_URL',
  'MODE',
  'NODE_ENV',
  'DEV',
  'PROD',
  'SSR',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'TEST',
];

/** The environment a child build should see: ours, minus what Vitest injected, plus `extra`. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of VITEST_ENV) delete env[key];
  return { ...env, ...extra };
}

export function buildSite(options: { env?: Record<string, string>; outDir?: string; root?: string } = {}) {
  const args = ['node_modules/astro/bin/astro.mjs', 'build'];
  if (options.outDir) args.push('--outDir', options.outDir);
  // Builds that run side by side must not share Astro's content cache (see astro.config.mjs).
  const cache = options.outDir ? { ASTRO_CACHE_DIR: join(ROOT, '.cache', 'astro-cache', basename(options.outDir)) } : {};
  const result = spawnSync(process.execPath, args, {
    cwd: options.root ?? ROOT,
    env: buildEnv({ ...cache, ...options.env }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
