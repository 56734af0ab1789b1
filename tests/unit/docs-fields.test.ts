import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { formatFieldDocs, readFieldDocs, renderFieldDocs } from '../../src/validation/field-docs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILE = join(ROOT, 'docs/case-fields.md');
const SCHEMAS = join(ROOT, 'src/schemas');
const tax = loadTaxonomy(join(ROOT, 'content/taxonomy'));

// Rendering runs Prettier over the whole reference; the machines are small and shared.
describe('docs/case-fields.md', { timeout: 30_000 }, () => {
  it('is up to date with the schema and the taxonomy (run `npm run docs:fields` when this fails)', async () => {
    expect(readFileSync(FILE, 'utf8')).toBe(await formatFieldDocs(tax, SCHEMAS, FILE));
    // Formatting with Prettier takes seconds on a loaded two-core machine; 5 s was not enough.
  }, 30_000);

  it('explains every field: each field of each schema object carries JSDoc', () => {
    const undocumented = [...readFieldDocs(SCHEMAS).values()].flatMap((fields) => [...fields].filter(([, f]) => !f.doc).map(([k]) => k));
    expect(undocumented).toEqual([]);
  });

  it('documents nested fields and lists every taxonomy value', () => {
    const text = renderFieldDocs(tax, SCHEMAS);
    for (const heading of ['### `unit`', '### `unit.region`', '### `practices[]`', '### `figures[]`', '### `source`'])
      expect(text).toContain(heading);
    expect(text).toMatch(/\| `withheld` \| 否 \| `true` \\\| `false`；默认 `false` \| True when the source hides the value/);
    for (const tag of tax.tags.list) expect(text).toContain(`| \`${tag.slug}\` | ${tag.label} |`);
    for (const level of tax.honourLevels.list) expect(text).toContain(`| \`${level.slug}\` | ${level.label} |`);
  });

  it('follows the taxonomy it is given', () => {
    const extra = { slug: 'forestry', label: '林业', labelEn: 'Forestry' };
    const grown = { ...tax, sectors: { ...tax.sectors, list: [...tax.sectors.list, extra] } };
    expect(renderFieldDocs(tax, SCHEMAS)).not.toContain('`forestry`');
    expect(renderFieldDocs(grown, SCHEMAS)).toContain('| `forestry` | 林业 | Forestry |');
  });
});
