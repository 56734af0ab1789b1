/**
 * The editor's configuration is generated from the schema and the taxonomy (src/editor/config.ts);
 * these tests fail when the two drift: a schema field the form lacks, a form field the schema
 * refuses, a taxonomy term that is not a choice, a field without its Chinese label and help text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { readFieldDocs } from '../../src/validation/field-docs';
import { CONTRIBUTION_FIELD } from '../../src/editor/fields';
import { BODY_FIELD, SLUG_FIELD, caseJsonSchema, editorConfig, formPaths, schemaPaths, type EditorField } from '../../src/editor/config';
import { contributionQuestions, reportUploadProblem, type SaveWay } from '../../src/editor/contribution';
import { configJson, UPLOADS_FOLDER } from '../../src/integrations/editor';
import { CASE_FIELD_TEXT } from '../../src/i18n/case-fields';

const tax = loadTaxonomy();
const docs = readFieldDocs(resolve('src/schemas'));
const sources = [{ id: 'src-a', title: '报告甲' }];
const config = editorConfig({
  tax,
  docs,
  sources,
  backend: { repo: 'owner/repo', branch: 'main', siteUrl: 'https://example.org/' },
  casesFolder: 'content/cases',
  uploadsFolder: 'content/contributions',
});
const fields = config.collections[0]!.fields;

/** The form field at a path such as `unit.region.label` or `practices[].from`. */
function at(path: string): EditorField {
  let list = fields;
  let found: EditorField | undefined;
  for (const part of path.split('.')) {
    found = list.find((f) => f.name === part.replace(/\[\]$/, ''));
    if (!found) throw new Error(`no form field ${path}`);
    list = found.fields ?? [];
  }
  return found!;
}

describe('the editor form is generated from the case schema', () => {
  const schema = caseJsonSchema(tax);

  it('has a field for every schema field, and no field the schema would refuse', () => {
    const inSchema = schemaPaths(schema).sort();
    const inForm = formPaths(fields)
      // The form-only fields: the new entry's file name, the body, the contribution's questions.
      .filter((p) => p !== SLUG_FIELD && p !== BODY_FIELD && !p.startsWith(CONTRIBUTION_FIELD))
      .sort();
    expect(inForm).toEqual(inSchema);
    expect(inSchema).toContain('practices[].evidence');
    expect(inSchema).toContain('source.withheld[].around');
  });

  it('marks as required exactly what the schema requires (without a default)', () => {
    expect(at('title').required).toBe(true);
    expect(at('editorsNote').required).toBe(false);
    expect(at('figures').required).toBe(false);
    expect(at('practices').min).toBe(1);
    expect(at('tags')).toMatchObject({ widget: 'select', multiple: true, min: 2, max: 12 });
  });

  it('labels every field in Chinese, with its key, and gives each a Chinese help line', () => {
    const missing: string[] = [];
    const walk = (list: EditorField[], path: string) => {
      for (const f of list) {
        if (f.name !== SLUG_FIELD && f.name !== BODY_FIELD && !f.hint) missing.push(`${path}${f.name}`);
        if (f.fields) walk(f.fields, `${path}${f.name}.`);
      }
    };
    walk(fields, '');
    expect(missing).toEqual([]);
    expect(at('practices.evidence').label).toBe('报告原话（evidence）');
    expect(at('practices.evidence').hint).toMatch(/不超过 40 字/);
    // Two objects with the same keys (a dating clue and a shortcoming) keep their own help.
    expect(at('shortcomings.text').hint).not.toBe(at('period.clues.text').hint);
    expect(at('practices.aliases').field!.label).toBe('别名');
  });

  it('has Chinese text for exactly the schema’s fields and a name for every allowed value', () => {
    const paths = schemaPaths(caseJsonSchema(tax));
    expect(paths.filter((p) => !CASE_FIELD_TEXT[p])).toEqual([]);
    expect(Object.keys(CASE_FIELD_TEXT).filter((p) => !paths.includes(p))).toEqual([]);
    const unnamed: string[] = [];
    const walk = (list: EditorField[], path: string) => {
      for (const f of list) {
        const here = `${path}${f.name}`;
        if (!f.name.startsWith(CONTRIBUTION_FIELD) && f.widget === 'select' && !f.multiple)
          for (const o of f.options ?? []) if (o.label === o.value) unnamed.push(`${here}=${o.value}`);
        if (f.fields && f.name !== CONTRIBUTION_FIELD) walk(f.fields, `${here}.`);
      }
    };
    walk(fields, '');
    expect(unnamed).toEqual([]);
    expect(at('honour.status').options).toContainEqual({ value: 'aspiring', label: '争创（aspiring）' });
  });

  it('offers every taxonomy term, shown by its label, wherever the schema takes one', () => {
    const values = (f: EditorField) => f.options!.map((o) => o.value);
    expect(values(at('themes.primary'))).toEqual(tax.themes.list.map((t) => t.slug));
    expect(values(at('themes.secondary'))).toEqual(tax.themes.list.map((t) => t.slug));
    expect(values(at('tags'))).toEqual(tax.tags.list.map((t) => t.slug));
    expect(values(at('practices.tags'))).toEqual(tax.tags.list.map((t) => t.slug));
    expect(values(at('unit.type'))).toEqual(tax.unitTypes.list.map((t) => t.slug));
    expect(values(at('unit.sector'))).toEqual(tax.sectors.list.map((t) => t.slug));
    for (const p of ['honour.level', 'honour.sought', 'honours.level'])
      expect(values(at(p))).toEqual(tax.honourLevels.list.map((t) => t.slug));
    const first = tax.tags.list[0]!;
    expect(at('tags').options![0]!.label).toBe(`${first.label}（${first.slug}）`);
  });

  it('offers the schema’s allowed values for its enumerations', () => {
    expect(at('unit.reportingEntity').options!.map((o) => o.value)).toEqual(['unit', 'party-org', 'sub-unit', 'trade-union', 'press']);
    expect(at('source.withheld.kind').options!.map((o) => o.value)).toEqual(['blanked', 'removed']);
  });

  it('asks for paragraph citations as lists of numbers, and the source from the source records', () => {
    for (const p of ['practices.from', 'figures.from', 'honour.from', 'source.withheld.from', 'period.clues.from', 'source.lines']) {
      expect(at(p)).toMatchObject({ widget: 'list', field: { widget: 'number', value_type: 'int' } });
    }
    expect(at('source.lines')).toMatchObject({ min: 2, max: 2 });
    expect(at('source.id')).toMatchObject({ widget: 'select', options: [{ value: 'src-a', label: '报告甲（src-a）' }] });
    expect(at('practices')).toMatchObject({ widget: 'list' });
    expect(at('figures')).toMatchObject({ widget: 'list' });
    expect(at('honours')).toMatchObject({ widget: 'list' });
    expect(at('source.withheld')).toMatchObject({ widget: 'list' });
    expect(at('added')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    expect(at(BODY_FIELD)).toMatchObject({ widget: 'markdown' });
  });

  it('asks whether the report may be kept or only fingerprinted, and states the entry’s licence', () => {
    expect(at(`${CONTRIBUTION_FIELD}.reportUse`).options!.map((o) => o.value)).toEqual(['keep', 'fingerprint']);
    expect(at(`${CONTRIBUTION_FIELD}.report`).widget).toBe('file');
    expect(at(`${CONTRIBUTION_FIELD}.licence`).label).toContain('CC BY 4.0');
    expect(config.collections[0]!.description).toContain('CC BY 4.0');
  });

  it('is what the build writes to admin/config.json, with the Chinese interface and the pull-request flow', () => {
    const written = JSON.parse(configJson());
    expect(written.locale).toBe('zh_Hans');
    expect(written.backend).toMatchObject({ name: 'github', open_authoring: true });
    expect(written.publish_mode).toBe('editorial_workflow');
    expect(formPaths(written.collections[0].fields)).toEqual(formPaths(fields));
  });
});

describe('the report in each way of saving (src/editor/contribution.ts)', () => {
  const hint = (way: SaveWay, name: string) => contributionQuestions(way).fields!.find((f) => f.name === name)!.hint;
  const REPORT = `/${UPLOADS_FOLDER}/report.docx`;

  it('the built configuration asks as the git-host flow does, the answer before the file', () => {
    expect(at(CONTRIBUTION_FIELD)).toEqual(contributionQuestions('git-host'));
    expect(at(CONTRIBUTION_FIELD).fields!.map((f) => f.name)).toEqual(['reportUse', 'report', 'licence']);
  });

  it('says in each way what happens to the report', () => {
    expect(hint('git-host', 'report')).toMatch(/^只在上面选了“可以保存全文”时才在这里附上报告：附上的文件会随 pull request 公开/);
    expect(hint('git-host', 'report')).toMatch(/只保存指纹的报告不要上传（那样的保存会被拒绝），请用邮件等方式另寄给维护者/);
    expect(hint('git-host', 'reportUse')).toMatch(/报告另寄给维护者/);
    expect(hint('local', 'report')).toMatch(/content\/contributions\/（这个文件夹不进 git）.*npm run import -- --contribution/);
    expect(hint('offline', 'report')).toMatch(/和条目文件一起下载，不上传到任何地方/);
  });

  it('through the git host, refuses a save that carries a report which may not be kept', () => {
    const refused = /^报告 report\.docx 不能随 pull request 上传：pull request 是公开的/;
    expect(reportUploadProblem('git-host', { report: REPORT, reportUse: 'fingerprint' }, [REPORT.slice(1)])).toMatch(refused);
    // Not answered is not "keep"; a file uploaded and then cleared from the field is still committed by Decap.
    expect(reportUploadProblem('git-host', { report: REPORT }, [])).toMatch(refused);
    expect(reportUploadProblem('git-host', { reportUse: 'fingerprint' }, [REPORT.slice(1)])).toMatch(refused);
    expect(reportUploadProblem('git-host', undefined, [REPORT.slice(1)])).toMatch(refused);
    expect(reportUploadProblem('git-host', { report: REPORT, reportUse: 'keep' }, [REPORT.slice(1)])).toBeUndefined();
    expect(reportUploadProblem('git-host', { reportUse: 'fingerprint', licence: 'CC BY 4.0' }, [])).toBeUndefined();
  });

  it('never refuses a local save or a download, and git keeps the local uploads out of commits', () => {
    for (const way of ['local', 'offline'] as const)
      expect(reportUploadProblem(way, { report: REPORT, reportUse: 'fingerprint' }, [REPORT.slice(1)])).toBeUndefined();
    expect(readFileSync(resolve('.gitignore'), 'utf8').split('\n')).toContain(`/${UPLOADS_FOLDER}/`);
  });
});
