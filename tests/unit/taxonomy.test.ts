import { describe, expect, it } from 'vitest';
import { mkdtempSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTaxonomy, loadTaxonomy, TAXONOMY_DIR } from '../../src/loaders/taxonomy';
import { isSlug } from '../../src/core/slug';
import { indexBySlug, labelOf, labelsBySlug, termLabels, termOf } from '../../src/core/taxonomy';

const tax = loadTaxonomy();

/** A scratch copy of the taxonomy with one file's text replaced. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'taxonomy-'));
  cpSync(TAXONOMY_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('taxonomy', () => {
  it('has about a dozen themes and 40–60 tags, every slug well formed', () => {
    expect(tax.themes.list.length).toBeGreaterThanOrEqual(10);
    expect(tax.themes.list.length).toBeLessThanOrEqual(12);
    expect(tax.tags.list.length).toBeGreaterThanOrEqual(40);
    expect(tax.tags.list.length).toBeLessThanOrEqual(60);
    for (const vocab of Object.values(tax)) for (const term of vocab.list) expect(isSlug(term.slug), term.slug).toBe(true);
  });

  it('gives every theme at least one home tag and official criteria', () => {
    for (const theme of tax.themes.list) {
      expect(
        tax.tags.list.some((tag) => tag.theme === theme.slug),
        theme.slug,
      ).toBe(true);
      expect(theme.criteria.sixPoint.length + theme.criteria.trial2012.length, theme.slug).toBeGreaterThan(0);
    }
  });

  it('has no integrity problems: home themes exist, no wording leads to two tags', () => {
    expect(checkTaxonomy(tax)).toEqual([]);
  });

  it('reports a tag whose home theme does not exist', () => {
    const dir = brokenCopy('tags.yaml', (s) => s.replace('theme: political-study', 'theme: politics'));
    expect(() => loadTaxonomy(dir)).toThrow(/标签 theory-study 的 theme “politics” 不是已定义的主题/);
  });

  it('reports an alias shared by two tags (an orphan wording with two owners)', () => {
    const dir = brokenCopy('tags.yaml', (s) => s.replace('aliases: [普法, 五五普法', 'aliases: [安康杯, 普法, 五五普法'));
    expect(() => loadTaxonomy(dir)).toThrow(/“安康杯” 同时是 legal-education 和 work-safety 的名称或别名/);
  });

  it('reports a duplicated slug and a malformed one with the file', () => {
    const dup = brokenCopy('sectors.yaml', (s) => s.replace('slug: meteorology', 'slug: education'));
    expect(() => loadTaxonomy(dup)).toThrow(/sectors\.yaml: slug “education” 重复出现/);
    const bad = brokenCopy('unit-types.yaml', (s) => s.replace('slug: school', 'slug: School'));
    expect(() => loadTaxonomy(bad)).toThrow(
      /unit-types\.yaml: 分类词表不符合格式\n {2}\[2\]\.slug: 须为小写 ASCII 字母、数字和连字符（kebab-case）/,
    );
  });
});

describe('taxonomy lookups (src/core/taxonomy.ts)', () => {
  const vocab = {
    list: [
      { slug: 'a', label: '甲', labelEn: 'A' },
      { slug: 'b', label: '乙', labelEn: 'B' },
    ],
    bySlug: new Map([
      ['a', { slug: 'a', label: '甲', labelEn: 'A' }],
      ['b', { slug: 'b', label: '乙', labelEn: 'B' }],
    ]),
    file: 'content/taxonomy/x.yaml',
  };

  it('finds a term, or says which vocabulary lacks it', () => {
    expect(termOf(vocab, 'b').label).toBe('乙');
    expect(() => termOf(vocab, 'zz')).toThrow('unknown term zz (content/taxonomy/x.yaml)');
  });

  it('labels a slug, the slug standing in for a missing term', () => {
    expect(labelOf(vocab, 'a')).toBe('甲');
    expect(labelOf(vocab, 'zz')).toBe('zz');
    expect(termLabels(vocab, 'zz')).toEqual({ slug: 'zz', label: 'zz', labelEn: 'zz' });
    expect(labelsBySlug(vocab)).toEqual({ a: '甲', b: '乙' });
  });

  it('indexes by slug and names the first repeated slug', () => {
    expect(indexBySlug(vocab.list).repeated).toBeUndefined();
    expect(indexBySlug([...vocab.list, { slug: 'a', label: '丙', labelEn: 'C' }]).repeated).toBe('a');
  });

  it('the loader refuses a vocabulary with a repeated slug', () => {
    const dir = brokenCopy('themes.yaml', (text) => `${text}\n${text.slice(text.indexOf('- slug'))}`);
    expect(() => loadTaxonomy(dir)).toThrow(/slug “[a-z0-9-]+” 重复出现/);
  });
});
