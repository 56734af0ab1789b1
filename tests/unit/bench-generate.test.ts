import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCase, hanCount, readTaxonomy, rng } from '../../scripts/bench/generate';
import { makeCaseSchema } from '../../src/schemas/case';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { ROOT } from '../helpers/paths';
import { join } from 'node:path';
import { parseEntry } from '../../src/validation/entry';
import { checkCitations } from '../../src/validation/rules/cite';
import { splitParagraphs } from '../../src/core/paragraphs';

const tax = readTaxonomy(join(ROOT, 'content'));
const schema = makeCaseSchema(loadTaxonomy());
const sample = Array.from({ length: 60 }, (_, i) => generateCase(tax, i));

function split(source: string) {
  const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(source);
  if (!m) throw new Error('no frontmatter');
  return { data: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
}

describe('synthetic cases for the bench', () => {
  it('are deterministic: the same index and seed give the same bytes', () => {
    expect(generateCase(tax, 7).source).toBe(generateCase(tax, 7).source);
    expect(generateCase(tax, 7, 2).source).toBe(generateCase(tax, 7, 2).source);
  });

  it('differ between indexes and between seeds', () => {
    expect(new Set(sample.map((c) => c.source)).size).toBe(sample.length);
    expect(generateCase(tax, 7, 2).source).not.toBe(generateCase(tax, 7, 1).source);
  });

  it('have unique, valid slugs', () => {
    expect(new Set(sample.map((c) => c.slug)).size).toBe(sample.length);
    for (const c of sample) expect(c.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('validate against the real case schema and taxonomy', () => {
    for (const c of sample) {
      const result = schema.safeParse(split(c.source).data);
      expect(result.success ? [] : result.error.issues.map((i) => `${c.slug} ${i.path.join('.')}: ${i.message}`)).toEqual([]);
    }
  });

  it('cite their synthetic report as real entries cite theirs: paragraphs, figures, blanks and evidence check out', () => {
    for (const c of sample.slice(0, 20)) {
      const { entry } = parseEntry(`${c.slug}.mdx`, c.source);
      const load = (id: string) =>
        id === c.sourceId ? { id, text: c.sourceText, paragraphs: splitParagraphs(c.sourceText), textAtHand: true } : null;
      const errors = checkCitations(entry, load, 'content/sources').problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)).toEqual([]);
    }
  });

  it('are shaped like real entries: 2,500–4,000 Chinese characters and 5–15 practices', () => {
    for (const c of sample) {
      const { data, body } = split(c.source);
      expect(hanCount(body)).toBeGreaterThanOrEqual(2500);
      expect(hanCount(body)).toBeLessThanOrEqual(4000);
      const practices = data.practices as unknown[];
      expect(practices.length).toBeGreaterThanOrEqual(5);
      expect(practices.length).toBeLessThanOrEqual(15);
      expect((data.figures as unknown[]).length).toBeGreaterThan(0);
    }
    // The spread is used, not one fixed size.
    const lengths = sample.map((c) => c.bodyChars);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeGreaterThan(600);
    expect(new Set(sample.map((c) => c.practices)).size).toBeGreaterThan(5);
  });

  it('use the real vocabulary widely, so tag and theme pages fill as they would', () => {
    const tags = new Set(sample.flatMap((c) => split(c.source).data.tags as string[]));
    const themes = new Set(sample.map((c) => (split(c.source).data.themes as { primary: string }).primary));
    expect(tags.size).toBeGreaterThan(tax.tags.length * 0.6);
    expect(themes.size).toBeGreaterThan(tax.themes.length * 0.6);
  });

  it('write text searches can find: taxonomy labels appear in the bodies', () => {
    const bodies = sample.map((c) => split(c.source).body).join('');
    const found = tax.tags.filter((t) => bodies.includes(t.label));
    expect(found.length).toBeGreaterThan(tax.tags.length * 0.5);
  });

  it('contain nothing MDX would read as code or markup', () => {
    for (const c of sample) expect(split(c.source).body).not.toMatch(/[<>{}]/);
  });

  it('draw from a seeded generator that repeats exactly', () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});
