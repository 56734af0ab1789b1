/**
 * `npm run build` with an invalid entry stops before rendering and prints the same located lines
 * as `npm run validate` (file:line  field  message), not a stack trace; a dead internal link is
 * one of the errors that stops it. Built from fixtures in a content folder of its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build';
import { ROOT } from '../helpers/paths';

const CONTENT = join(ROOT, '.cache', 'build-errors-content');
const fixture = (dir: string, name: string) => join(ROOT, 'tests/fixtures/validate', dir, `${name}.mdx`);
const SCHEMA_ONLY = join(ROOT, '.cache', 'build-errors-schema-only');
let build: { ok: boolean; output: string };
let schemaOnly: { ok: boolean; output: string };
let validateLines: string[];
const UNSAFE = join(ROOT, '.cache', 'build-errors-unsafe');
let unsafe: { ok: boolean; output: string };

beforeAll(() => {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(join(CONTENT, 'cases'), { recursive: true });
  cpSync(join(ROOT, 'content', 'taxonomy'), join(CONTENT, 'taxonomy'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/validate/sources'), join(CONTENT, 'sources'), { recursive: true });
  cpSync(fixture('unknown-tag', 'unknown-tag-case'), join(CONTENT, 'cases', 'unknown-tag-case.mdx'));
  cpSync(fixture('broken-link', 'broken-link-case'), join(CONTENT, 'cases', 'broken-link-case.mdx'));
  build = buildSite({ outDir: join(ROOT, '.cache', 'dist-build-errors'), env: { ARCHIVE_CONTENT_DIR: CONTENT } });
  const v = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/validate.ts', CONTENT], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  validateLines = v.stdout.split('\n').filter((l) => /^\S+:\d+ {2}\S+ {2}/.test(l));
  // The same unknown tag in an entry whose body links nowhere: nothing sends it to the located
  // check before the build, so the content layer's schema failure has to (src/loaders/case-entries.ts).
  rmSync(SCHEMA_ONLY, { recursive: true, force: true });
  cpSync(CONTENT, SCHEMA_ONLY, { recursive: true });
  rmSync(join(SCHEMA_ONLY, 'cases', 'broken-link-case.mdx'));
  const entry = join(SCHEMA_ONLY, 'cases', 'unknown-tag-case.mdx');
  writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^.*\]\(.*$/gm, ''));
  schemaOnly = buildSite({ outDir: join(ROOT, '.cache', 'dist-build-errors-schema'), env: { ARCHIVE_CONTENT_DIR: SCHEMA_ONLY } });
  // A contributed body with code in it, and a frontmatter of aliases that expand without end: the
  // build must refuse both, located, before it compiles or evaluates anything from them.
  rmSync(UNSAFE, { recursive: true, force: true });
  cpSync(CONTENT, UNSAFE, { recursive: true });
  rmSync(join(UNSAFE, 'cases'), { recursive: true });
  mkdirSync(join(UNSAFE, 'cases'));
  const valid = readFileSync(fixture('valid', 'riverside-library-reading-club'), 'utf8');
  writeFileSync(join(UNSAFE, 'cases', 'unsafe-expression-case.mdx'), `${valid}\n{(() => { throw new Error('ran' + '-at-build') })()}\n`);
  writeFileSync(
    join(UNSAFE, 'cases', 'unsafe-export-case.mdx'),
    `${valid}\nexport const ran = (() => { throw new Error('ran' + '-at-build') })()\n`,
  );
  cpSync(fixture('alias-bomb', 'alias-bomb-case'), join(UNSAFE, 'cases', 'alias-bomb-case.mdx'));
  unsafe = buildSite({ outDir: join(ROOT, '.cache', 'dist-build-errors-unsafe'), env: { ARCHIVE_CONTENT_DIR: UNSAFE } });
}, 400_000);

describe('a build with invalid entries', () => {
  it('fails', () => {
    expect(build.ok).toBe(false);
  });

  it('prints the same located lines validate prints for what breaks the build: the schema and dead links', () => {
    // The content checks (citations, a report cited twice …) are validate's and CI's job, not the build's.
    validateLines = validateLines.filter((l) => / {2}(tags\[\d+\]|body) {2}/.test(l));
    expect(validateLines.length).toBeGreaterThan(1);
    expect(validateLines.some((l) => l.includes('链接“/cases/no-such-case/”指向的案例“no-such-case”不存在'))).toBe(true);
    for (const line of validateLines) expect(build.output, line).toContain(line);
    expect(build.output).toContain('构建已停止');
  });

  it('shows no stack trace', () => {
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('stops with the located lines when only the schema is wrong, found while the content loads', () => {
    expect(schemaOnly.ok).toBe(false);
    const tagLines = validateLines
      .filter((l) => l.includes('unknown-tag-case.mdx:') && / {2}tags\[\d+\] {2}/.test(l))
      .map((l) => l.replaceAll('build-errors-content', 'build-errors-schema-only'));
    expect(tagLines.length).toBeGreaterThan(0);
    for (const line of tagLines) expect(schemaOnly.output, line).toContain(line);
    expect(schemaOnly.output).toContain('构建已停止');
    expect(schemaOnly.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('refuses code in a body and an alias bomb, located, before anything from them runs', () => {
    expect(unsafe.ok).toBe(false);
    const at = (name: string) => `${join('.cache', 'build-errors-unsafe', 'cases', name)}`;
    expect(unsafe.output).toMatch(new RegExp(`${at('unsafe-expression-case.mdx')}:76  body  正文不能有花括号表达式`));
    expect(unsafe.output).toMatch(new RegExp(`${at('unsafe-export-case.mdx')}:76  body  正文不能有 export 语句`));
    expect(unsafe.output).toMatch(new RegExp(`${at('alias-bomb-case.mdx')}:64  frontmatter  YAML 的别名`));
    expect(unsafe.output).toContain('构建已停止');
    // Had the build evaluated either body, its error would be in the output.
    expect(unsafe.output).not.toContain('ran-at-build');
    expect(unsafe.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
