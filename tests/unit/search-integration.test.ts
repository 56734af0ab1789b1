/** The Pagefind integration's indexing step, on a tiny built site made here. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import pagefindIntegration, { buildSearchIndex } from '../../src/integrations/pagefind';

const html = (body: string) => `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><nav>导航</nav>${body}</body></html>`;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

describe('buildSearchIndex', () => {
  it('indexes the case pages only and writes the bundle into the build', async () => {
    site({
      'index.html': html('<main data-pagefind-body><h1>首页</h1><p>首问责任制</p></main>'),
      'tags/x/index.html': html('<main data-pagefind-body><h1>标签</h1></main>'),
      'cases/a/index.html': html('<article data-pagefind-body><h1>甲案例</h1><p>游泳特色课程</p></article>'),
      'cases/b/index.html': html('<article data-pagefind-body><h1>乙案例</h1><p>安康杯</p></article>'),
    });
    const { pages, outputPath } = await buildSearchIndex(dir);
    expect(pages).toBe(2);
    expect(outputPath).toBe(join(dir, 'pagefind'));
    expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['zh-cn']?.page_count).toBe(2);
  });

  it('is an Astro integration that opens the index as the build starts and writes it once the pages are written', () => {
    const integration = pagefindIntegration();
    expect(integration.name).toBe('practice-archive:pagefind');
    // config:done learns the cache folder (timing report) and the base path; build:start opens the
    // index the middleware feeds; build:generated starts writing it; build:done waits for it.
    expect(Object.keys(integration.hooks)).toEqual(['astro:config:done', 'astro:build:start', 'astro:build:generated', 'astro:build:done']);
  });
});
