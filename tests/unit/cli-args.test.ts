/**
 * Every command-line tool reads its flags through scripts/cli-args.ts, so a mistyped flag gets one
 * line naming it and the flags there are, and exit code 1 — never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script';

const TOOLS = [
  'scripts/validate.ts',
  'scripts/source.ts',
  'scripts/search-measure.ts',
  'scripts/docs-fields.ts',
  'scripts/import.ts',
  'scripts/new-case.ts',
  'scripts/bench/run.ts',
  'scripts/bench/pagefind-memory.ts',
];

describe('a mistyped flag', () => {
  it.each(TOOLS)('%s answers in one line', (script) => {
    const { code, err } = runScript(script, ['--no-such-flag']);
    expect(code).toBe(1);
    const lines = err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('--no-such-flag');
    expect(err).not.toMatch(/^\s+at /m);
  });
});

describe('the bench', () => {
  it('prints its usage for --help, every flag it takes named, and exits 0', () => {
    const { code, out } = runScript('scripts/bench/run.ts', ['--help']);
    expect(code).toBe(0);
    for (const flag of ['--cases', '--peer starlight', '--runs', '--out', '--check', '--keep', '--chart']) expect(out).toContain(flag);
    expect(out).toContain('docs/scaling.md');
  });
});
