/**
 * The stand-in search server (scripts/search-server/): the documents it reads from case pages,
 * the answers it gives, and the requests it refuses — what the bench's "way past a static index"
 * figures rest on (docs/scaling.md).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseDocuments, readSearchBody, type CaseDocument } from '../../scripts/search-server/documents';
import { SEARCH_ROUTE, StandinIndex, answerSearch, crop, parseFilter } from '../../scripts/search-server/standin';
import { serveDir } from '../../scripts/static-server';

const page = (body: string, lang = 'zh-CN') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>x</title></head><body><nav>导航 不算</nav><article data-pagefind-body lang="${lang}">${body}</article><footer>页脚</footer></body></html>`;

const CASE_A = page(
  `<h1>首问责任制的窗口单位</h1><span data-pagefind-meta="unit">某市税务局</span>` +
    `<div data-pagefind-ignore><span data-pagefind-filter="unitType">税务机关</span><span data-pagefind-filter="theme">服务</span><span data-pagefind-filter="theme">机制</span></div>` +
    `<p>我们推行首问责任制，群众满意率 95%以上。</p><div class="similar"><h4>其他单位的同类做法</h4><a href="/cases/b/">安康杯竞赛</a></div><!-- 注释 -->`,
);

const doc = (over: Partial<CaseDocument>): CaseDocument => ({
  url: '/cases/x/',
  title: '标题',
  unit: '单位',
  text: '',
  filters: {},
  ...over,
});

describe('documents read from case pages', () => {
  it('keep the search body’s text without ignored elements, other cases’ practices or comments, and read meta and filters inside ignored elements', () => {
    const read = readSearchBody(CASE_A);
    expect(read.h1).toBe('首问责任制的窗口单位');
    expect(read.meta.unit).toBe('某市税务局');
    expect(read.filters).toEqual({ unitType: ['税务机关'], theme: ['服务', '机制'] });
    expect(read.text).toContain('我们推行首问责任制，群众满意率 95%以上。');
    for (const gone of ['导航', '页脚', '安康杯', '其他单位', '注释', '税务机关']) expect(read.text).not.toContain(gone);
  });

  it('come one per case page of a built site, a traditional entry converted to simplified', () => {
    const dist = mkdtempSync(join(tmpdir(), 'standin-'));
    const write = (slug: string, html: string) => {
      mkdirSync(join(dist, 'cases', slug), { recursive: true });
      writeFileSync(join(dist, 'cases', slug, 'index.html'), html);
    };
    write('a', CASE_A);
    write('b', page('<h1>首問責任制</h1><p>窗口服務</p>', 'zh-Hant'));
    write('2', '<html><body>案例列表的第二页</body></html>');
    const docs = caseDocuments(dist);
    expect(docs.map((d) => d.url)).toEqual(['/cases/a/', '/cases/b/']);
    expect(docs[1]!.title).toBe('首问责任制');
    expect(docs[1]!.text).toBe('首问责任制\n窗口服务');
  });
});

describe('the stand-in index', () => {
  const index = new StandinIndex([
    doc({ url: '/cases/a/', title: '首问责任制', text: '我们推行首问责任制和限时办结。', filters: { unitType: ['税务机关'] } }),
    doc({ url: '/cases/b/', title: '安康杯', text: '开展安康杯竞赛，职工游泳比赛。首问一次。', filters: { unitType: ['企业'] } }),
    doc({ url: '/cases/c/', title: '读书', text: '读书会 <script>x</script>', filters: { unitType: ['企业'] } }),
  ]);

  it('finds a Chinese word inside the text, whatever its length, and every word of a query', () => {
    expect(index.search({ q: '首问责任制' }).hits.map((h) => h.url)).toEqual(['/cases/a/']);
    expect(index.search({ q: '首问' }).hits.map((h) => h.url)).toEqual(['/cases/a/', '/cases/b/']);
    expect(index.search({ q: '泳' }).hits.map((h) => h.url)).toEqual(['/cases/b/']);
    expect(index.search({ q: '首问 游泳' }).hits.map((h) => h.url)).toEqual(['/cases/b/']);
    expect(index.search({ q: '首问 安全生产' }).estimatedTotalHits).toBe(0);
  });

  it('answers a traditional query, filters by facet, counts facets over every match, and keeps to the limit', () => {
    expect(index.search({ q: '首問責任制' }).hits.map((h) => h.url)).toEqual(['/cases/a/']);
    expect(index.search({ q: '首问', filter: 'unitType = "企业"' }).hits.map((h) => h.url)).toEqual(['/cases/b/']);
    const all = index.search({ q: '', limit: 1, facets: ['unitType'] });
    expect(all.hits).toHaveLength(1);
    expect(all.estimatedTotalHits).toBe(3);
    expect(all.facetDistribution).toEqual({ unitType: { 税务机关: 1, 企业: 2 } });
  });

  it('crops around the first match, marks it, and escapes the text', () => {
    expect(index.search({ q: '首问责任制' }).hits[0]!._formatted.text).toBe('我们推行<em>首问责任制</em>和限时办结。');
    expect(crop('读书会 <script>x</script>', ['读书'])).toBe('<em>读书</em>会 &lt;script&gt;x&lt;/script&gt;');
    expect(crop('一'.repeat(100) + '目标' + '二'.repeat(100), ['目标'])).toMatch(/^…一{30}<em>目标<\/em>二{30}…$/);
  });

  it('refuses a request it cannot answer, saying what was wrong', () => {
    expect(() => index.search({ q: 'x', limit: 1000 })).toThrow('limit: a whole number from 0 to 100, not 1000');
    expect(() => index.search({ q: 'x', offset: -1 })).toThrow('offset: a whole number from 0, not -1');
    expect(() => parseFilter('unitType ~ 企业')).toThrow('filter: expected facet = "value" joined by AND, got "unitType ~ 企业"');
    expect(parseFilter('unitType = "企业" AND theme = "服务"')).toEqual([
      ['unitType', '企业'],
      ['theme', '服务'],
    ]);
  });
});

describe('the stand-in beside the site', () => {
  it('answers searches in Meilisearch’s shape from the site’s origin, refuses bad requests with 400 or 405, and leaves other paths to the files', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'standin-site-'));
    writeFileSync(join(dist, 'index.html'), '<p>首页</p>');
    const index = new StandinIndex([doc({ url: '/cases/a/', title: '首问责任制', text: '首问责任制' })]);
    const served = await serveDir(dist, '/', (req, res) => answerSearch(index, req, res));
    try {
      const url = new URL(SEARCH_ROUTE.slice(1), served.url).href;
      const post = (body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const ok = await post(JSON.stringify({ q: '首问', limit: 10 }));
      expect(ok.status).toBe(200);
      const data = (await ok.json()) as Record<string, unknown>;
      expect(Object.keys(data).sort()).toEqual(['estimatedTotalHits', 'hits', 'limit', 'offset', 'processingTimeMs', 'query']);
      expect(data.hits).toEqual([{ url: '/cases/a/', title: '首问责任制', unit: '单位', _formatted: { text: '<em>首问</em>责任制' } }]);
      const bad = await post('{not json');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ message: 'the body is not JSON', code: 'bad_request', type: 'invalid_request' });
      expect(((await (await post(JSON.stringify({ q: 3 }))).json()) as { message: string }).message).toBe('q: a string, not 3');
      expect((await fetch(url)).status).toBe(405);
      expect(await (await fetch(served.url)).text()).toBe('<p>首页</p>');
      expect(served.bytesSent()).toBeGreaterThan(0);
    } finally {
      await served.close();
    }
  });
});
