/** `npm run validate` as a contributor runs it: every problem at once, and the exit code. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real content folder, whatever the environment running the tests points elsewhere. */
function withoutContentOverride() {
  const env = { ...process.env };
  delete env.ARCHIVE_CONTENT_DIR;
  return env;
}

function runScript(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: withoutContentOverride(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run validate (command line)', { timeout: 60_000 }, () => {
  it('passes the archive’s own entries', () => {
    const r = runScript('scripts/validate.ts', ['content']);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/检查了 \d+ 个案例，没有发现问题/);
    expect(r.code).toBe(0);
  });

  it('prints every problem of every entry in one run, as file:line  field  message, and exits 1', () => {
    const r = runScript('scripts/validate.ts', ['tests/fixtures/validate/personal-data', '--today', '2026-11-26']);
    const lines = r.out.split('\n').filter((l) => l.startsWith('tests/'));
    expect(lines).toHaveLength(5);
    for (const line of lines)
      expect(line).toMatch(/^tests\/fixtures\/validate\/personal-data\/personal-data-case\.mdx:\d+ {2}body {2}含有/);
    expect(r.out).toContain('检查了 1 个案例：5 个错误，0 个提醒');
    expect(r.code).toBe(1);
  });

  it('passes warnings, but fails them with --strict (as CI runs it)', () => {
    expect(runScript('scripts/validate.ts', ['tests/fixtures/validate/stale-marker']).code).toBe(0);
    const strict = runScript('scripts/validate.ts', ['tests/fixtures/validate/stale-marker', '--strict']);
    expect(strict.out).toContain('提醒：例外标记中的“0915-3212345”在文中没有出现');
    expect(strict.code).toBe(1);
  });

  it('fails on a draft placeholder without --strict', () => {
    const r = runScript('scripts/validate.ts', ['tests/fixtures/validate/placeholder']);
    expect(r.out).toContain('practices[1].summary  还是草稿：请用自己的话概括原文第 14 段');
    expect(r.code).toBe(1);
  });

  it('says when the copy check was skipped because a source document is absent', () => {
    const r = runScript('scripts/validate.ts', ['tests/fixtures/validate/copy-source-missing']);
    expect(r.out).toContain('· 抄袭检查：来源文件 ../no-such-folder/000_missing-source.txt 不在本机');
    expect(r.code).toBe(0);
  });

  it('explains itself with --help', () => {
    const r = runScript('scripts/validate.ts', ['--help']);
    expect(r.out).toContain('用法：npm run validate');
    expect(r.code).toBe(0);
  });
});
