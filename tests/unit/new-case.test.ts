/** `npm run new-case` without a terminal: the flags, the refusals, and a file that validates. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript as run } from '../helpers/run-script';
import { parse } from 'yaml';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { makeCaseSchema } from '../../src/schemas/case';
import { renderScaffold } from '../../src/validation/scaffold';

const dir = mkdtempSync(join(tmpdir(), 'new-case-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

    // A draft: validate lists what is left to write, one located line per placeholder, and fails.
    const v = run('scripts/validate.ts', [dir, '--today', '2026-11-26']);
    expect(v.code).toBe(1);
    expect(v.out).toContain('library-reading-club.mdx:6  summary  还是草稿：案例概要');
    const lines = v.out.split('\n').filter((l) => l.includes('library-reading-club.mdx:'));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/^\S+:\d+ {2}\S+ {2}还是草稿：/);

    const text = readFileSync(file, 'utf8');
    const data = parse(text.split('\n---\n')[0]!.slice(4)) as Record<string, unknown>;
    // Every top-level field of the schema is there, ready to fill.
    expect(Object.keys(data).sort()).toEqual(Object.keys(makeCaseSchema(loadTaxonomy()).shape).sort());
    expect(data).toMatchObject({
      title: '以读书会为纽带的图书馆文明创建',
      unit: {
        type: 'public-institution',
        sector: 'culture-tourism',
        region: { label: '浙江省某市', basis: 'stated' },
        // Culture & tourism holds both kinds of unit: the draft asks instead of asserting.
        windowUnit: '【待填写】true 或 false：单位有对外服务窗口（办事大厅、营业厅等）时写 true',
        nameBasis: expect.stringMatching(/^【待填写】/),
      },
      period: { reported: 2010, from: 2008, to: 2010, basis: expect.stringMatching(/^【待填写】/) },
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

  it('an unknown flag, a flag without its value or a stray word: one line naming the flags, not a stack trace', () => {
    for (const [args, expected] of [
      [['--unit-name', '某馆'], '未知的选项 --unit-name'],
      [['--slug'], '选项 --slug 后面要跟一个值'],
      [['some-case'], '多出的参数“some-case”'],
    ] as const) {
      const r = run('scripts/new-case.ts', [...args, '--dir', dir]);
      expect(r.code).toBe(1);
      expect(r.err.trim().split('\n'), r.err).toHaveLength(1);
      expect(r.err).toContain(`✗ ${expected}`);
      expect(r.err).toContain('--unit-type');
      expect(r.err).toContain('npm run new-case -- --help');
      expect(r.err).not.toMatch(/^\s+at |TypeError|\[ERR_/m);
    }
  });

  it('a unit name with a blank form (xx市…) is not a stated name', () => {
    const r = run('scripts/new-case.ts', ['--slug', 'blank-unit-name', ...FLAGS, '--unit', 'xx市行政服务中心', '--dir', dir]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'blank-unit-name.mdx'), 'utf8');
    expect(text).not.toContain('nameBasis: stated');
    expect((parse(text.split('\n---\n')[0]!.slice(4)) as { unit: { nameBasis: string } }).unit.nameBasis).toBe('partly-withheld');
  });

  it('explains itself with --help', () => {
    const r = run('scripts/new-case.ts', ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--unit-type *');
  });

  it('derives nameBasis, region.basis and windowUnit from what was given, and asserts nothing else', () => {
    const tax = loadTaxonomy();
    const base = {
      slug: 'x-case',
      title: 't',
      unitType: 'party-gov-organ',
      theme: 'staff-care',
      tags: ['retiree-care', 'staff-support'],
      today: '2026-11-26',
    };
    const unit = (a: Partial<Parameters<typeof renderScaffold>[0]>) =>
      (
        parse(
          renderScaffold({ ...base, sector: 'government-services', ...a }, tax)
            .split('\n---\n')[0]!
            .slice(4),
        ) as { unit: Record<string, any> }
      ).unit;
    const withheld = unit({ unitName: '{withheld}市行政服务中心', region: '未说明' });
    expect(withheld).toMatchObject({ nameBasis: 'partly-withheld', windowUnit: true, region: { label: '未说明', basis: 'absent' } });
    expect(unit({ unitName: '{withheld}' }).nameBasis).toBe('withheld');
    // The report's own blank forms (the one list in src/core/blanks.ts) hide a part just the same.
    expect(unit({ unitName: 'XX县人民医院' }).nameBasis).toBe('partly-withheld');
    expect(unit({ unitName: '××市{withheld}局' }).nameBasis).toBe('partly-withheld');
    expect(unit({ unitName: '××' }).nameBasis).toBe('withheld');
    expect(unit({ unitName: '江边市图书馆', region: '江边市', sector: 'meteorology' })).toMatchObject({
      nameBasis: 'stated',
      windowUnit: false,
      region: { label: '江边市', basis: 'stated' },
    });
    const unknown = unit({});
    for (const v of [unknown.name, unknown.nameBasis, unknown.reportingEntity, unknown.region.label, unknown.region.basis])
      expect(v).toMatch(/^【待填写】/);
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
    expect(text).toContain('  reported: "【待填写】报告大约写于哪一年（依据报告内容，不是汇编标题里的年份）"');
    expect(text).toContain('  from: "【待填写】做法覆盖的起始年"');
  });
});
