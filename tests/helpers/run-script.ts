import { spawnSync } from 'node:child_process';
import { ROOT } from './paths';

/**
 * Runs one of the project's TypeScript scripts (`scripts/validate.ts`, `scripts/new-case.ts`,
 * `scripts/import.ts`) the way `npm run` does, without a terminal (stdin closed: a script that
 * waited for input would hit the timeout) and without the tests' content override.
 */
export function runScript(script: string, args: string[]): { code: number | null; out: string; err: string } {
  const env = { ...process.env };
  delete env.ARCHIVE_CONTENT_DIR;
  const r = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
