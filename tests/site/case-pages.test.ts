import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';
import { page, textOf } from '../helpers/html';
import { realEntries } from '../helpers/entries';
import { formatFigure } from '../../src/lib/format';

const entries = realEntries();

describe('case pages', () => {
  // Derived from content/cases, so a new case needs no edit here (CONTRIBUTING, "Tests a new case may touch").
  it('every entry in content/cases has its page', () => {
    const files = readdirSync(join(ROOT, 'content', 'cases')).filter((f) => f.endsWith('.mdx'));
    expect(entries.length).toBe(files.length);
    expect(entries.length).toBeGreaterThan(0);
    for (const { slug } of entries) expect(textOf(page(`/cases/${slug}/`).querySelector('h1')), slug).not.toBe('');
  });

  for (const { slug, data } of entries) {
    describe(slug, () => {
      const doc = page(`/cases/${slug}/`);

      it('is a Chinese page with one h1 that is the title', () => {
        expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
        const h1s = doc.querySelectorAll('h1');
        expect(h1s).toHaveLength(1);
        expect(textOf(h1s[0])).toBe(data.title);
        expect(textOf(doc.querySelector('title'))).toContain(data.title);
      });

      it('shows every practice under its anchor, with its name and tag links', () => {
        for (const p of data.practices) {
          const el = doc.getElementById(p.id);
          expect(el, p.id).not.toBeNull();
          expect(textOf(el)).toContain(p.name);
          expect(textOf(el)).toContain(p.summary.trim());
          const tagHrefs = [...el!.querySelectorAll('a.tag')].map((a) => a.getAttribute('href'));
          expect(tagHrefs).toEqual(p.tags.map((tag: string) => `/tags/${tag}/`));
        }
      });

      it('shows every figure exactly as the entry states it', () => {
        const rows = [...doc.querySelectorAll('table tbody tr')].map((tr) => textOf(tr));
        for (const f of data.figures) {
          const row = rows.find((r) => r.startsWith(f.label));
          expect(row, f.label).toBeDefined();
          expect(row).toContain(formatFigure({ withheld: false, ...f }));
        }
      });

      it('shows the unit facts, shortcomings, source and a citation', () => {
        const text = textOf(doc.querySelector('main'));
        expect(text).toContain(data.unit.region.label);
        for (const s of data.shortcomings) expect(text).toContain(s.trim());
        expect(text).toContain(data.source.document);
        expect(textOf(doc.querySelector('.cite'))).toContain(`/cases/${slug}/`);
      });
    });
  }

  it('the home page lists every case with a link', () => {
    const doc = page('/');
    const links = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    for (const { slug } of entries) expect(links).toContain(`/cases/${slug}/`);
  });
});
