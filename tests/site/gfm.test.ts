import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../helpers/build';
import { page } from '../helpers/html';
import { ROOT } from '../helpers/paths';

// Entries may use every GFM extension. The fixture entry is built in a content folder of its own
// (ARCHIVE_CONTENT_DIR), so the real archive never carries test data.
const OUT = join(ROOT, '.cache', 'dist-gfm');
let doc: Document;

beforeAll(() => {
  const content = mkdtempSync(join(tmpdir(), 'gfm-content-'));
  cpSync(join(ROOT, 'content', 'taxonomy'), join(content, 'taxonomy'), { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'validate', 'sources'), join(content, 'sources'), { recursive: true });
  mkdirSync(join(content, 'cases'));
  cpSync(join(ROOT, 'tests', 'fixtures', 'gfm-entry.mdx'), join(content, 'cases', 'gfm-entry.mdx'));
  const { ok, output } = buildSite({ outDir: OUT, env: { ARCHIVE_CONTENT_DIR: content } });
  if (!ok) throw new Error(output);
  doc = page('/cases/gfm-entry/', OUT);
});

describe('GFM in entry bodies', () => {
  const body = () => doc.querySelector('.narrative')!;

  it('renders tables with alignment', () => {
    const cells = [...body().querySelectorAll('table td')].map((td) => td.textContent?.trim());
    expect(cells).toEqual(['窗口', '45', '90']);
    expect(
      body().querySelector('table th:nth-child(2)')?.getAttribute('style') ??
        body().querySelector('table th:nth-child(2)')?.getAttribute('align'),
    ).toMatch(/right/);
  });

  it('renders footnotes with a reference and a back link', () => {
    const ref = body().querySelector('sup a[href^="#"]');
    expect(ref).not.toBeNull();
    const target = doc.getElementById(ref!.getAttribute('href')!.slice(1));
    expect(target?.textContent).toContain('出处写在脚注里');
  });

  it('renders strikethrough', () => {
    expect(body().querySelector('del')?.textContent).toBe('家事');
  });

  it('renders task lists as checkboxes', () => {
    const boxes = [...body().querySelectorAll('li input[type="checkbox"]')] as HTMLInputElement[];
    expect(boxes.map((b) => b.hasAttribute('checked'))).toEqual([true, false]);
  });

  it('turns bare URLs into links', () => {
    expect(body().querySelector('a[href="https://example.org/report"]')?.textContent).toBe('https://example.org/report');
  });
});
