/** The bench's process measurement: what one process and what the whole tree held at its peak. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timed } from '../../scripts/bench/process';

describe('timed', () => {
  it('reports the largest single process and, apart from it, the most the whole tree held at once', async () => {
    // Two children side by side, each holding 120 MB for a second and a half (several samples),
    // as two Pagefind processes writing index parts at once do.
    const child = `const b = Buffer.alloc(120 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 1500);`;
    const parent = `const { spawn } = require('node:child_process');
      const kids = [0, 1].map(() => spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' }));
      let left = kids.length; for (const k of kids) k.on('exit', () => --left || process.exit(0));`;
    const cwd = mkdtempSync(join(tmpdir(), 'bench-process-'));
    try {
      const run = await timed(process.execPath, ['-e', parent], cwd);
      expect(run.output.trim().split('\n')).toEqual(['1', '1']);
      // Programs are named as Linux names them (Node's main thread calls itself MainThread).
      const largest = Math.max(...Object.values(run.peakByProgram));
      expect(largest).toBeGreaterThanOrEqual(120);
      expect(run.peakTotalMB).toBeGreaterThanOrEqual(240);
      expect(run.peakTotalMB).toBeGreaterThan(largest + 100);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
