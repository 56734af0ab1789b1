import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildSite } from '../helpers/build';
import { page } from '../helpers/html';
import { ROOT } from '../helpers/paths';

// Entries without MDX syntax are rendered by the Markdown processor instead of being bundled as
// MDX modules (src/loaders/case-entries.ts). Readers must not be able to tell: the same content is
// built both ways and every case body compared, and an entry that does use MDX still gets MDX.
const FAST = join(ROOT, '.cache', 'dist-entries-markdown');
const MDX = join(ROOT, '.cache', 'dist-entries-mdx');
const slugs: string[] = [];
let fastLog = '';

beforeAll(() => {
  const content = mkdtempSync(join(tmpdir(), 'entries-content-'));
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'validate', 'sources'), join(content, 'sources'), { recursive: true });
  mkdirSync(join(content, 'cases'), { recursive: true });
  for (const fixture of ['gfm-entry.mdx', 'mdx-entry.mdx'])
    cpSync(join(ROOT, 'tests', 'fixtures', fixture), join(content, 'cases', fixture));
  slugs.push(
    ...readdirSync(join(content, 'cases'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -4)),
  );
  for (const [outDir, env] of [
    [FAST, {}],
    [MDX, { CASES_ALWAYS_MDX: '1' }],
  ] as const) {
    // Cold, so that every entry is compiled in this run (a cached one is not compiled again).
    rmSync(join(ROOT, '.cache', 'astro-cache', basename(outDir)), { recursive: true, force: true });
    const { ok, output } = buildSite({ outDir, env: { ARCHIVE_CONTENT_DIR: content, ...env } });
    if (!ok) throw new Error(output);
    if (outDir === FAST) fastLog = output;
  }
}, 180_000);

/**
 * A case page's body as HTML, in a canonical form: the two compilers serialise a few attributes
 * differently without any difference a reader or a screen reader meets (`text-align:right` or
 * `text-align: right`; `data-footnotes=""` or `="true"`), and whitespace between tags is not shown.
 */
const body = (slug: string, dir: string) => {
  const narrative = page(`/cases/${slug}/`, dir).querySelector('.narrative')!;
  for (const el of narrative.querySelectorAll('*')) {
    for (const { name, value } of [...el.attributes]) {
      if (name === 'style') el.setAttribute(name, value.replace(/\s+/g, ''));
      else if (name.startsWith('data-') && value === 'true') el.setAttribute(name, '');
    }
  }
  return narrative.innerHTML.replace(/>\s+</g, '><').trim();
};

describe('entry bodies rendered as Markdown or as MDX', () => {
  it('builds every entry both ways to the same case page body', () => {
    expect(slugs.length).toBeGreaterThan(2);
    for (const slug of slugs) expect({ slug, html: body(slug, FAST) }).toEqual({ slug, html: body(slug, MDX) });
  });

  it('renders the entries without MDX syntax as Markdown, and only those', () => {
    // Every entry but the MDX fixture avoids MDX syntax (tests/unit/mdx-features.test.ts says which does).
    expect(fastLog).toContain(`${slugs.length - 1} entries rendered as Markdown, 1 compiled as MDX`);
  });

  // Exports and expressions are refused in entries (src/validation/mdx.ts): what MDX still carries is
  // the allowed inline elements and comments.
  it('still compiles an entry that uses MDX: allowed elements and comments', () => {
    const narrative = page('/cases/mdx-entry/', FAST).querySelector('.narrative')!;
    expect(narrative.textContent).toContain('扩容后窗口共 90 个，是原来的 2 倍。');
    expect(narrative.querySelector('abbr[title="首问负责制"]')?.textContent).toBe('首问制');
    expect(narrative.textContent).not.toMatch(/[{}]|注释/);
  });
});
