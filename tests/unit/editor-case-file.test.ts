/**
 * The editor's save path (src/editor/case-file.ts, the format admin.js registers with Decap): an
 * entry opened and saved keeps every value and its file; a change rewrites only its own lines; a
 * new entry is written in the project's layout, in the schema's order, and passes the schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCase, splitCaseFile, writeCase } from '../../src/editor/case-file';
import { caseFields } from '../../src/editor/config';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { makeCaseSchema } from '../../src/schemas/case';
import { readFieldDocs } from '../../src/validation/field-docs';
import { ROOT } from '../helpers/paths';

const CASES = join(ROOT, 'content/cases');
const files = readdirSync(CASES).filter((f) => f.endsWith('.mdx'));
const tax = loadTaxonomy();
const fields = caseFields(tax, readFieldDocs(resolve('src/schemas')), []);
const frontmatter = (text: string) => parse(splitCaseFile(text).frontmatter) as Record<string, unknown>;

/** Reverses the keys of every object: Decap hands data over in the order fields were touched. */
function shuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffled);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, shuffled(v)]),
    );
  return value;
}

function withoutEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyLists);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, withoutEmptyLists(v)]),
    );
  }
  return value;
}

describe('the editor’s save path keeps an entry readable (src/editor/case-file.ts)', () => {
  it.each(files)('%s opened and saved unchanged is the same file', (file) => {
    const text = readFileSync(join(CASES, file), 'utf8');
    expect(writeCase(shuffled(readCase(text)) as Record<string, unknown>, fields)).toBe(text);
  });

  it('rewrites only the lines of what changed, and keeps the rest as written', () => {
    const file = files.find((f) => frontmatter(readFileSync(join(CASES, f), 'utf8')).practices !== undefined)!;
    const text = readFileSync(join(CASES, file), 'utf8');
    const entry = readCase(text) as Record<string, unknown> & { practices: { name: string; from: number[] }[] };
    const practices = structuredClone(entry.practices);
    practices[0]!.name = '改过的名称';
    const saved = writeCase({ ...entry, practices, updated: '2026-12-31' }, fields);
    const before = text.split('\n');
    const changed = saved.split('\n').filter((line, i) => line !== before[i]);
    expect(changed).toEqual(['    name: 改过的名称', "updated: '2026-12-31'"]);
    expect(frontmatter(saved)).toEqual({ ...frontmatter(text), practices, updated: '2026-12-31' });
  });

  it('writes a new entry in the schema’s order and the project’s layout, and the schema accepts it', () => {
    // (An entry that quotes a figure such as "12121" as text is left out: typed into the form anew, it is a number.)
    const plain = files.filter((f) => !/^\s*(value|before|after): "\d+"$/m.test(readFileSync(join(CASES, f), 'utf8')));
    expect(plain.length).toBeGreaterThan(0);
    for (const file of plain) {
      const text = readFileSync(join(CASES, file), 'utf8');
      const { __original: _o, ...entry } = readCase(text);
      // As the form hands it over: keys in the order touched, the form-only slug, empty optional fields.
      const saved = writeCase({ ...(shuffled(entry) as Record<string, unknown>), slug: 'new-case', editorsNote: '' }, fields);
      const data = frontmatter(saved);
      // A hand-written entry may spell out an empty list; a new one leaves it out, as the schema's default.
      const { editorsNote: _n, ...written } = frontmatter(text);
      const expected = withoutEmptyLists(written) as Record<string, unknown>;
      expect(data).toEqual(expected);
      expect(Object.keys(data)).toEqual(Object.keys(expected));
      expect(saved).not.toMatch(/^slug:|^editorsNote:/m);
      expect(saved).toMatch(/^added: '\d{4}-\d{2}-\d{2}'$/m);
      expect(saved).toMatch(/^ {4}from: \[\d+(, \d+)*\]$/m);
      expect(makeCaseSchema(tax).safeParse(data).success).toBe(true);
      expect(splitCaseFile(saved).body).toBe(splitCaseFile(text).body);
    }
  });

  it('writes a figure typed as a plain number as a number, and keeps one the entry quotes as text', () => {
    const saved = writeCase({ figures: [{ label: '面积', value: '280', from: [1] }] }, fields);
    expect(frontmatter(saved).figures).toEqual([{ label: '面积', value: 280, from: [1] }]);
    const original = 'figures:\n  - label: 号码\n    value: "12121"\n    from: [67]\n';
    const kept = writeCase({ ...readCase(`---\n${original}---\n`) }, fields);
    expect(kept).toBe(`---\n${original}---\n`);
  });

  it('carries the contribution’s answers as one comment line, read back when the entry is opened again', () => {
    const text = readFileSync(join(CASES, files[0]!), 'utf8');
    const contribution = { report: '/content/contributions/report.docx', reportUse: 'fingerprint', licence: 'CC BY 4.0' };
    const saved = writeCase({ ...readCase(text), contribution }, fields);
    expect(saved.split('\n')[1]).toBe(`# 投稿 contribution: ${JSON.stringify(contribution)}`);
    expect(saved.split('\n')[2]).toMatch(/CC BY 4\.0.*npm run import/);
    expect(frontmatter(saved)).toEqual(frontmatter(text));
    expect(readCase(saved).contribution).toEqual(contribution);
    // Saved again without the answers (a maintainer's edit), the lines go and the file is as before.
    const { contribution: _c, ...again } = readCase(saved);
    expect(writeCase(again, fields)).toBe(text);
  });
});
