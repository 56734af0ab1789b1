/** The Pagefind integration's indexing step, on a tiny built site made here. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import pagefindIntegration, {
  buildSearchIndex,
  openFedIndex,
  partConcurrency,
  withoutIgnored,
  withoutSections,
} from '../../src/integrations/pagefind';
import { partDir } from '../../src/search/search-parts';

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

describe('an index in parts', () => {
  const GB = 1024 ** 3;
  const casePage = (title: string, text: string) => html(`<article data-pagefind-body><h1>${title}</h1><p>${text}</p></article>`);
  const cases = {
    'cases/a/index.html': casePage('甲案例', '游泳特色课程'),
    'cases/b/index.html': casePage('乙案例', '安康杯竞赛'),
    'cases/c/index.html': casePage('丙案例', '首问责任制'),
  };
  /** Every file under `root` with its bytes, by path. */
  const tree = (root: string): Map<string, Buffer> =>
    new Map(
      (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((d) => d.isFile())
        .map((d) => {
          const file = join(d.parentPath, d.name);
          return [file.slice(root.length), readFileSync(file)] as const;
        }),
    );
  const saved = { size: process.env.PAGEFIND_PART_SIZE, atOnce: process.env.PAGEFIND_PART_CONCURRENCY };
  afterEach(() => {
    for (const [name, value] of [
      ['PAGEFIND_PART_SIZE', saved.size],
      ['PAGEFIND_PART_CONCURRENCY', saved.atOnce],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });

  it('writes a part per core at a time, as many as memory holds, never fewer than one', () => {
    expect(partConcurrency(4, 2500, { cores: 2, freeBytes: 20 * GB }, {})).toBe(2);
    expect(partConcurrency(4, 2500, { cores: 8, freeBytes: 20 * GB }, {})).toBe(4);
    expect(partConcurrency(3, 2500, { cores: 8, freeBytes: 64 * GB }, {})).toBe(3);
    // A part of 2,500 pages needs ≈ 4 GB with its margin: 9 GB free holds two, 3 GB not one.
    expect(partConcurrency(4, 2500, { cores: 8, freeBytes: 9 * GB }, {})).toBe(2);
    expect(partConcurrency(4, 2500, { cores: 8, freeBytes: 3 * GB }, {})).toBe(1);
    expect(partConcurrency(4, 2500, { cores: 8, freeBytes: 64 * GB }, { PAGEFIND_PART_CONCURRENCY: '1' })).toBe(1);
    expect(partConcurrency(2, 2500, { cores: 1, freeBytes: 1 * GB }, { PAGEFIND_PART_CONCURRENCY: '6' })).toBe(2);
    expect(() => partConcurrency(4, 2500, { cores: 2, freeBytes: 20 * GB }, { PAGEFIND_PART_CONCURRENCY: 'two' })).toThrow(
      'PAGEFIND_PART_CONCURRENCY is "two": it must be a whole number of parts, 1 or more',
    );
  });

  it('comes out byte for byte the same whether its parts are written one at a time or side by side', async () => {
    process.env.PAGEFIND_PART_SIZE = '1';
    const built: Map<string, Buffer>[] = [];
    for (const atOnce of ['1', '3']) {
      site(cases);
      process.env.PAGEFIND_PART_CONCURRENCY = atOnce;
      const result = await buildSearchIndex(dir);
      expect(result).toEqual({ pages: 3, outputPath: join(dir, 'pagefind'), parts: 3, partsAtOnce: Number(atOnce) });
      for (const i of [0, 1, 2]) {
        const entry = JSON.parse(readFileSync(join(dir, partDir(i), 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        expect(entry.languages['zh-cn']?.page_count, partDir(i)).toBe(1);
      }
      built.push(tree(join(dir, '/')));
      rmSync(dir, { recursive: true, force: true });
    }
    const [alone, together] = built as [Map<string, Buffer>, Map<string, Buffer>];
    expect([...together.keys()].sort()).toEqual([...alone.keys()].sort());
    for (const [file, bytes] of alone) expect(together.get(file)!.equals(bytes), file).toBe(true);
  });

  it('fails the build, naming the part, when a part cannot be written, instead of waiting for it forever', async () => {
    process.env.PAGEFIND_PART_SIZE = '1';
    process.env.PAGEFIND_PART_CONCURRENCY = '2';
    // A file where the second part's folder goes: Pagefind's process stops on it (it panics),
    // which its Node API alone would never report.
    site({ ...cases, [partDir(1)]: 'not a folder' });
    await expect(buildSearchIndex(dir)).rejects.toThrow(
      new RegExp(`Pagefind's process stopped \\(exit code \\d+\\) before it wrote .*${partDir(1)}$`),
    );
  });
});

describe('the index fed while the site renders', () => {
  const casePage = (title: string, text: string) => html(`<article data-pagefind-body><h1>${title}</h1><p>${text}</p></article>`);
  const pageCount = (out: string) =>
    (
      JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      }
    ).languages['zh-cn']?.page_count;

  /** Entry files a, b in a content folder, and an empty build folder. */
  function setup(entries: string[]) {
    site(Object.fromEntries(entries.map((slug) => [`content/${slug}.mdx`, '---\n---\n'])));
    const out = join(dir, 'dist');
    mkdirSync(out);
    return out;
  }

  it('writes the index as soon as the page of every entry came, before the build has finished', async () => {
    const out = setup(['a', 'b']);
    const fed = await openFedIndex(join(dir, 'content'), '/', out);
    expect(fed).not.toBeNull();
    fed!.page('/cases/a/', casePage('甲案例', '游泳特色课程'));
    expect(fed!.earlyWrite).toBeNull();
    // A numbered list page has a case-shaped path but is not a case.
    fed!.page('/cases/2/', html('<main><h1>案例</h1></main>'));
    expect(fed!.earlyWrite).toBeNull();
    expect(fed!.timeline).toBeNull();
    fed!.page('/cases/b/', casePage('乙案例', '安康杯'));
    expect(await fed!.earlyWrite).toEqual([]);
    expect(pageCount(out)).toBe(2);
    // The build's last seconds, step by step: Pagefind reading past the last page, then writing.
    const timeline = fed!.timeline!;
    expect(timeline.readLag).toBeGreaterThanOrEqual(0);
    expect(timeline.write).toBeGreaterThan(0);
    for (const slug of ['a', 'b']) {
      mkdirSync(join(out, 'cases', slug), { recursive: true });
      writeFileSync(join(out, 'cases', slug, 'index.html'), casePage(slug, '内容'));
    }
    const done = await fed!.finish(out);
    expect(done).toMatchObject({ pages: 2, parts: 1, early: true, timeline });
  });

  it('writes the index again, from an empty folder, when a case page comes after the early write', async () => {
    const out = setup(['a']);
    const fed = (await openFedIndex(join(dir, 'content'), '/', out))!;
    fed.page('/cases/a/', casePage('甲案例', '游泳特色课程'));
    await fed.earlyWrite;
    const firstMeta = readdirSync(join(out, 'pagefind')).filter((f) => f.endsWith('.pf_meta'));
    fed.page('/cases/b/', casePage('乙案例', '安康杯'));
    for (const slug of ['a', 'b']) {
      mkdirSync(join(out, 'cases', slug), { recursive: true });
      writeFileSync(join(out, 'cases', slug, 'index.html'), casePage(slug, '内容'));
    }
    const done = await fed.finish(out);
    expect(done).toMatchObject({ pages: 2, early: false, timeline: null });
    // The early write was stale: its steps say nothing about the index that stands.
    expect(fed.timeline).toBeNull();
    expect(pageCount(out)).toBe(2);
    const meta = readdirSync(join(out, 'pagefind')).filter((f) => f.endsWith('.pf_meta'));
    expect(meta).toHaveLength(1);
    expect(meta).not.toEqual(firstMeta);
  });

  it('fails the build, naming the folder, when Pagefind’s process stops while writing, instead of waiting for it forever', async () => {
    const out = setup(['a']);
    // A file where the index's folder goes: Pagefind's process panics on it; its Node API alone
    // would leave the write waiting, and a build would end as if it had succeeded.
    writeFileSync(join(out, 'pagefind'), 'not a folder');
    const fed = (await openFedIndex(join(dir, 'content'), '/', out))!;
    fed.page('/cases/a/', casePage('甲案例', '游泳特色课程'));
    expect(await fed.earlyWrite).toEqual([
      expect.stringMatching(/Pagefind's process stopped \(exit code \d+\) before it wrote .*pagefind$/),
    ]);
    mkdirSync(join(out, 'cases', 'a'), { recursive: true });
    writeFileSync(join(out, 'cases', 'a', 'index.html'), casePage('a', '内容'));
    await expect(fed.finish(out)).rejects.toThrow(/^Pagefind's process stopped \(exit code \d+\) before it wrote .*pagefind$/);
  });

  it('fails the build when a case page the build wrote never reached the index', async () => {
    const out = setup(['a', 'b']);
    const fed = (await openFedIndex(join(dir, 'content'), '/', out))!;
    fed.page('/cases/a/', casePage('甲案例', '游泳特色课程'));
    for (const slug of ['a', 'b']) {
      mkdirSync(join(out, 'cases', slug), { recursive: true });
      writeFileSync(join(out, 'cases', slug, 'index.html'), casePage(slug, '内容'));
    }
    await expect(fed.finish(out)).rejects.toThrow(
      'the search index got 1 case pages while they rendered, but the build wrote 2 (missing: b)',
    );
  });
});

describe('the pages Pagefind is given', () => {
  it('leave out what Pagefind ignores, but keep ignored elements that hold metadata or filters', () => {
    const body =
      '<article data-pagefind-body><div hidden data-pagefind-ignore class="search-meta"><span data-pagefind-meta="unit">甲单位</span>' +
      '<span data-pagefind-ignore>内层</span></div><h2 id="p1">首问责任制</h2><p>正文</p>' +
      '<aside data-pagefind-ignore><div>依据<div>原文</div></div></aside><ul class="x similar"><li>别的单位</li></ul>' +
      '<img data-pagefind-ignore src="a.png"><p data-pagefind-ignore>忽略</p>尾</article>';
    expect(withoutIgnored(body)).toBe(
      '<article data-pagefind-body><div hidden data-pagefind-ignore class="search-meta"><span data-pagefind-meta="unit">甲单位</span>' +
        '</div><h2 id="p1">首问责任制</h2><p>正文</p><img data-pagefind-ignore src="a.png">尾</article>',
    );
  });

  it('leave a page with nothing ignored as it is', () => {
    const body = '<article data-pagefind-body><h1>甲案例</h1><p class="similarity">游泳</p></article>';
    expect(withoutIgnored(body)).toBe(body);
  });

  it('give sub-headings with an id as blocks of the weight Pagefind gives such a heading, and leave the rest', () => {
    const body =
      '<article data-pagefind-body><h1>甲案例</h1><h2 id="facts-heading">基本<span>信息</span></h2>' +
      '<h3 id="x" data-pagefind-weight="8">做法</h3><h2>无锚</h2><h4 id="y">小节</h4></article>';
    expect(withoutSections(body)).toBe(
      '<article data-pagefind-body><h1>甲案例</h1><div id="facts-heading" data-pagefind-weight="6">基本<span>信息</span></div>' +
        '<div id="x" data-pagefind-weight="8">做法</div><h2>无锚</h2><div id="y" data-pagefind-weight="4">小节</div></article>',
    );
  });
});
