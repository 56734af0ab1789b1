/** `npm run new-case` without a terminal: the flags, the refusals, and a file that validates. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { makeCaseSchema } from '../../src/schemas/case';
import { renderScaffold } from '../../src/lib/validate/scaffold';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'new-case-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, args: string[]) {
  const env = { ...process.env };
  delete env.ARCHIVE_CONTENT_DIR;
  const r = spawnSync(process.execPath, ['--import', './scripts/ts-hooks.mjs', script, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const FLAGS = [
  '--title',
  '以读书会为纽带的图书馆文明创建',
  '--unit-type',
  'public-institution',
  '--sector',
  'culture-tourism',
  '--theme',
  'learning-capability',
  '--tags',
  'learning-organisation,service-standards',
  '--today',
  '2026-11-26',
];

// Each test starts Node once or twice; the machines are small and shared.
describe('npm run new-case', { timeout: 60_000 }, () => {
  it('writes an entry with every field that passes npm run validate (with reminders for what is left to write)', () => {
    const r = run('scripts/new-case.ts', [
      '--slug',
      'library-reading-club',
      ...FLAGS,
      '--region',
      '浙江省某市',
      '--reported',
      '2010',
      '--from',
      '2008',
      '--to',
      '2010',
      '--dir',
      dir,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const file = join(dir, 'library-reading-club.mdx');
    expect(r.out).toContain('✓ 已生成');

    const v = run('scripts/validate.ts', [dir, '--today', '2026-11-26']);
    expect(v.code).toBe(0);
    expect(v.out).toContain('0 个错误');
    expect(v.out).toContain('library-reading-club.mdx:6  summary  提醒：还有【待填写】的内容');
    expect(run('scripts/validate.ts', [dir, '--strict', '--today', '2026-11-26']).code).toBe(1);

    const text = readFileSync(file, 'utf8');
    const data = parse(text.split('\n---\n')[0]!.slice(4)) as Record<string, unknown>;
    // Every top-level field of the schema is there, ready to fill.
    expect(Object.keys(data).sort()).toEqual(Object.keys(makeCaseSchema(loadTaxonomy()).shape).sort());
    expect(data).toMatchObject({
      title: '以读书会为纽带的图书馆文明创建',
      unit: { type: 'public-institution', sector: 'culture-tourism', region: { label: '浙江省某市', basis: 'stated' } },
      period: { reported: 2010, from: 2008, to: 2010 },
      themes: { primary: 'learning-capability', secondary: [] },
      tags: ['learning-organisation', 'service-standards'],
      added: '2026-11-26',
    });
    // The commented examples show the three shapes a figure can take.
    expect(text).toContain('#   before: 1800');
    expect(text).toContain('#   withheld: true');
  });

  it('refuses to overwrite an entry', () => {
    const file = join(dir, 'existing-entry.mdx');
    writeFileSync(file, 'keep me');
    const r = run('scripts/new-case.ts', ['--slug', 'existing-entry', ...FLAGS, '--dir', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('existing-entry.mdx 已存在，不会覆盖');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('checks the slug and the taxonomy values before writing anything', () => {
    const r = run('scripts/new-case.ts', [
      '--slug',
      'Library_Club',
      ...FLAGS.map((f) => (f === 'learning-capability' ? 'learning' : f)),
      '--dir',
      dir,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('✗ slug“Library_Club”须为 3–60 个小写 ASCII 字母、数字和连字符');
    expect(r.err).toContain('✗ 未知的主题（--theme）“learning”，可用取值见 content/taxonomy/themes.yaml');
    expect(existsSync(join(dir, 'Library_Club.mdx'))).toBe(false);
  });

  it('without a terminal, names the flags it needs instead of asking', () => {
    const r = run('scripts/new-case.ts', ['--slug', 'some-case', '--dir', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('没有终端，无法询问；请给出 --title --unit-type --sector --theme --tags');
  });

  it('explains itself with --help', () => {
    const r = run('scripts/new-case.ts', ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--unit-type *');
  });

  it('marks unknown years as placeholders instead of inventing them', () => {
    const tax = loadTaxonomy();
    const text = renderScaffold(
      {
        slug: 'x-case',
        title: 't',
        unitType: 'school',
        sector: 'education',
        theme: 'staff-care',
        tags: ['retiree-care', 'staff-support'],
        today: '2026-11-26',
      },
      tax,
    );
    expect(text).toContain('period: # 【待填写】年份：下面的年份只是占位');
    expect(text).toContain('  label: 未说明');
  });
});
