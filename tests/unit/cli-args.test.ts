/**
 * Every command-line tool reads its flags through scripts/cli-args.ts, so a mistyped flag gets one
 * line naming it and the flags there are, and exit code 1 — never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script';

// Every tool an npm script runs, read from package.json so a new tool is covered the day it is
// added; pagefind-memory is run by hand (docs/performance.md), so it is named here.
const scripts = Object.values((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
const TOOLS = [
  ...new Set([...scripts.flatMap((line) => line.match(/scripts\/[\w/-]+\.ts/g) ?? []), 'scripts/bench/pagefind-memory.ts']),
].sort();

it('covers the tools the npm scripts run', () => {
  expect(TOOLS).toEqual(expect.arrayContaining(['scripts/validate.ts', 'scripts/import.ts', 'scripts/admin.ts', 'scripts/bench/run.ts']));
});

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

describe('search:measure', () => {
  it('names a folder that holds no build, and which flag pointed there, in one line', () => {
    const { code, err } = runScript('scripts/search-measure.ts', ['--dist', 'tests', '--judge', 'no-such-build']);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/tests 不是一次构建（其中没有 cases\/）.*--dist/);
  });
  it('checks the judging build as well', () => {
    const { code, err } = runScript('scripts/search-measure.ts', ['--judge', 'no-such-build']);
    expect(code).toBe(1);
    expect(err).toMatch(/no-such-build 不是一次构建.*--judge/);
  });
});
