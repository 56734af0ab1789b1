import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { allFiles } from '../helpers/html';
import { ROOT } from '../helpers/paths';
import { makeScratchCopy, SCRATCH_CONFIG } from '../../scripts/bench/scratch';

// Two builds of the same commit must give the same bytes. The project is copied twice, to two
// different paths, at the same moment (so edits in the working tree cannot slip in between), and
// each copy is built cold into its own folder. Any timestamp, random id, absolute path or
// build-order dependence in the output shows up as a differing file.
const WORK = join(ROOT, '.cache', 'reproducible');
const A = join(WORK, 'a');
const B = join(WORK, 'b');
const COPY_A = join(WORK, 'copy-a');
const COPY_B = join(WORK, 'copy-b');

function build(cwd: string, outDir: string, config?: string) {
  const args = ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir];
  if (config) args.push('--config', config);
  const r = spawnSync(process.execPath, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`astro build in ${cwd} failed:\n${r.stdout}\n${r.stderr}`);
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('reproducible builds', () => {
  beforeAll(() => {
    makeScratchCopy(ROOT, COPY_A, { withCases: true });
    makeScratchCopy(ROOT, COPY_B, { withCases: true });
    build(COPY_A, A, SCRATCH_CONFIG);
    build(COPY_B, B, SCRATCH_CONFIG);
  }, 600_000);

  it('builds the same set of files', () => {
    expect(allFiles(B)).toEqual(allFiles(A));
    expect(allFiles(A).some((f) => f.endsWith('.html'))).toBe(true);
  });

  it('builds every file byte for byte the same', () => {
    const differing = allFiles(A).filter((f) => digest(join(A, f)) !== digest(join(B, f)));
    expect(differing).toEqual([]);
  });

  it('leaks no absolute build path into the output', () => {
    const leaking = allFiles(A).filter((f) => {
      if (/\.(wasm|pf_\w+|png|ico)$/.test(f) || f.includes('pagefind/')) return false;
      const text = readFileSync(join(A, f), 'utf8');
      return text.includes(ROOT.replace(/\/$/, '')) || text.includes(COPY_A);
    });
    expect(leaking).toEqual([]);
  });
});
