import { describe, expect, it } from 'vitest';
import { FACETS, emptyFilters, parseState, serialiseState } from '../../src/search/state';
import { BATCH, FIRST_BATCH, pagefindFilters, pagefindQueries, pagefindSort } from '../../src/search/pagefind';
import { decodeEntities, parsePracticeMeta, practiceSections } from '../../src/search/payload';
import {
  pairCoverage,
  prepareQuery,
  rankCandidates,
  matchVia,
  relevantCandidates,
  scorePractice,
  splitShown,
  type Candidate,
  type PracticeMeta,
} from '../../src/search/rank';
import { FACET_VISIBLE, countMatches, facetViews, passesFilters } from '../../src/search/facets';
import { facetPanel, toHtml } from '../../src/search/render';
import { nearbyTags } from '../../src/search/nearby';
import { clip } from '../../src/search/results';
import { anchorId, practiceHref } from '../../src/core/routes';
import { compact, highlightPieces, MAX_QUERY_LENGTH, normaliseQuery, queryTerms } from '../../src/search/terms';
import { caseFilters, countFacets, inferredFacetValues } from '../../src/core/case-facts';
import { resultFields } from '../../src/search/search-record';
import type { CaseData } from '../../src/schemas/case';
import { realEntries } from '../helpers/entries';
import { loadTaxonomy } from '../../src/loaders/taxonomy';

const tax = loadTaxonomy();
const tagLookup = (slug: string) => tax.tags.bySlug.get(slug)!;

describe('normaliseQuery', () => {
  it('trims, collapses space and drops invisible characters', () => {
    expect(normaliseQuery('  首问\u200b责任制 \t\n 窗口  ')).toBe('首问 责任制 窗口');
    expect(normaliseQuery('\u0000\u0007')).toBe('');
    expect(normaliseQuery(null)).toBe('');
    expect(normaliseQuery('   ')).toBe('');
  });
  it('folds full-width digits and letters (NFKC)', () => {
    expect(normaliseQuery('１２１２１')).toBe('12121');
    expect(normaliseQuery('ＰＤＣＡ')).toBe('PDCA');
  });
  it('cuts very long input to MAX_QUERY_LENGTH whole characters', () => {
    const q = normaliseQuery('游'.repeat(1000));
    expect(Array.from(q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(normaliseQuery('𠀀'.repeat(200))).toBe('𠀀'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('queryTerms and compact', () => {
  it('splits on spaces, quotes and punctuation, lower-cased, without duplicates', () => {
    expect(queryTerms('“安康杯” 安全，Safety safety')).toEqual(['安康杯', '安全', 'safety']);
    expect(queryTerms('"首问责任制"')).toEqual(['首问责任制']);
    expect(queryTerms('  ')).toEqual([]);
  });
  it('compact drops space, quotes and punctuation so wordings compare equal', () => {
    expect(compact('“党员责任岗”')).toBe('党员责任岗');
    expect(compact('“五·五”普法')).toBe('五五普法');
    expect(compact('1:2 结对')).toBe('12结对');
  });
});

describe('highlightPieces', () => {
  it('marks every occurrence, longest term first', () => {
    const pieces = highlightPieces('首问责任制：首问负责到底', ['首问', '首问责任制']);
    expect(pieces).toEqual([
      { text: '首问责任制', hit: true },
      { text: '：', hit: false },
      { text: '首问', hit: true },
      { text: '负责到底', hit: false },
    ]);
  });
  it('treats regex characters and markup as plain text', () => {
    expect(highlightPieces('a.*b <script>', ['.*', '<script>'])).toEqual([
      { text: 'a', hit: false },
      { text: '.*', hit: true },
      { text: 'b ', hit: false },
      { text: '<script>', hit: true },
    ]);
    expect(highlightPieces('abc', ['.'])).toEqual([{ text: 'abc', hit: false }]);
  });
  it('is case-insensitive and keeps the original text', () => {
    expect(highlightPieces('PDCA 循环', ['pdca'])).toEqual([
      { text: 'PDCA', hit: true },
      { text: ' 循环', hit: false },
    ]);
  });
});

describe('URL state', () => {
  it('round-trips query, filters and sort in a stable order', () => {
    const state = parseState(
      '?sort=newest&tag=first-inquiry-responsibility&q=%E6%B8%B8%E6%B3%B3&type=party-gov-organ&tag=service-standards',
    );
    expect(state.q).toBe('游泳');
    expect(state.filters.tag).toEqual(['first-inquiry-responsibility', 'service-standards']);
    expect(state.filters.unitType).toEqual(['party-gov-organ']);
    expect(state.sort).toBe('newest');
    expect(serialiseState(state)).toBe(
      '?q=%E6%B8%B8%E6%B3%B3&tag=first-inquiry-responsibility&tag=service-standards&unit=party-gov-organ&sort=newest',
    );
    expect(parseState(serialiseState(state))).toEqual(state);
  });
  it('names the unit type `unit`, as the list pages do, and still reads the old `type` of shared links', () => {
    expect(parseState('?unit=school').filters.unitType).toEqual(['school']);
    expect(parseState('?type=school').filters.unitType).toEqual(['school']);
    expect(parseState('?unit=school&type=hospital&type=school').filters.unitType).toEqual(['school', 'hospital']);
    expect(serialiseState(parseState('?type=school'))).toBe('?unit=school');
  });
  it('drops malformed values and unknown sorts instead of failing', () => {
    const state = parseState('?tag=<script>&tag=ok-tag&tag=ok-tag&period=2012&period=20%2012&period=abc&sort=evil');
    expect(state.filters.tag).toEqual(['ok-tag']);
    expect(state.filters.period).toEqual(['2012']);
    expect(state.sort).toBe('relevance');
  });
  it('the empty state is the bare page', () => {
    expect(serialiseState(parseState(''))).toBe('');
  });
  it('maps filters to Pagefind: AND for themes and tags, OR for single-valued facets', () => {
    const state = parseState('?tag=a&tag=b&sector=x&sector=y');
    expect(pagefindFilters(state)).toEqual({ tag: { all: ['a', 'b'] }, sector: { any: ['x', 'y'] } });
    expect(FACETS.map((f) => f.param)).toEqual(['theme', 'tag', 'unit', 'sector', 'honour', 'period']);
  });
});

describe('pagefindQueries', () => {
  it('searches loosely without quotes and adds the quoted phrase', () => {
    expect(pagefindQueries('"首问责任制"')).toEqual({ loose: '首问责任制', phrase: '"首问责任制"' });
    expect(pagefindQueries('游泳 汇报')).toEqual({ loose: '游泳 汇报', phrase: '"游泳 汇报"' });
  });
  it('skips the phrase for one character or very long queries', () => {
    expect(pagefindQueries('泳').phrase).toBeNull();
    expect(pagefindQueries('游'.repeat(40)).phrase).toBeNull();
    expect(pagefindQueries('').loose).toBe('');
  });
});

const meta = (id: string, n: string, a: string[] = [], k: string[] = [], t: string[] = []): PracticeMeta => ({
  id,
  n,
  a,
  k,
  t,
  s: `${n}的简介`,
});

describe('scorePractice', () => {
  const q = prepareQuery;
  it('ranks an exact name over an alias over a tag wording over a mention in the text', () => {
    const name = scorePractice(q('首问责任制'), meta('a', '首问责任制'), '', 0).score;
    const alias = scorePractice(q('首问责任制'), meta('b', '窗口制度', ['首问责任制']), '', 0).score;
    const tag = scorePractice(q('首问责任制'), meta('c', '服务规范', [], ['首问责任制']), '', 0).score;
    const text = scorePractice(q('首问责任制'), meta('d', '四项制度'), '第二项是首问责任制', 0).score;
    expect(name).toBeGreaterThan(alias);
    expect(alias).toBeGreaterThan(tag);
    expect(tag).toBeGreaterThan(text);
    expect(text).toBeGreaterThan(0);
  });
  it('does not count a short field that merely sits inside the query', () => {
    expect(scorePractice(q('首问责任制'), meta('x', '责任追究制', ['问责']), '', 0).score).toBe(0);
  });
  it('counts a practice whose name is most of a longer query', () => {
    expect(scorePractice(q('首问责任制度'), meta('x', '首问责任制'), '', 0).score).toBeGreaterThan(0);
  });
  it('a practice with one real word of a several-word query is a weaker match; a stray digit is none', () => {
    expect(scorePractice(q('游泳 swimming'), meta('a', '游泳特色课程'), '', 0).score).toBeGreaterThan(0);
    expect(scorePractice(q('游泳 1'), meta('a', '第1项'), '', 0).score).toBe(0);
  });
  it('scores multi-word queries by how many words occur, all words beating some', () => {
    const both = scorePractice(q('游泳 汇报'), meta('a', '幼儿游泳汇报活动'), '', 0).score;
    const one = scorePractice(q('游泳 汇报'), meta('b', '游泳特色课程'), '', 0).score;
    expect(both).toBeGreaterThan(one);
  });
  it('counts a scattered Pagefind match only when it is strong', () => {
    expect(scorePractice(q('普法规'), meta('a', '法纪教育'), '学习', 0.2).score).toBe(0);
    expect(scorePractice(q('普法规'), meta('a', '法纪教育'), '学习普法和法规', 0.9).score).toBeGreaterThan(0);
    expect(scorePractice(q('火箭发射'), meta('a', '法纪教育'), '学习', 0.9).score).toBe(0);
  });
  it('an empty query scores nothing', () => {
    expect(scorePractice(q(''), meta('a', '首问责任制'), '', 1).score).toBe(0);
  });
});

const candidate = (over: Partial<Candidate>): Candidate => ({
  url: '/cases/x/',
  title: '案例',
  summary: '',
  content: '',
  practices: [],
  sections: {},
  sectionWeights: {},
  pagefindScore: 1,
  phraseHit: false,
  year: 2010,
  ...over,
});

describe('rankCandidates', () => {
  const a = candidate({
    url: '/cases/a/',
    content: '幼儿园游泳特色课程',
    practices: [meta('swim', '游泳特色课程'), meta('other', '广播操比赛')],
    pagefindScore: 0.2,
    year: 2006,
  });
  const b = candidate({ url: '/cases/b/', content: '游戏与泳池', practices: [meta('p', '安全竞赛')], pagefindScore: 0.9, year: 2012 });
  it('puts the page with the literal phrase first and lists only matching practices', () => {
    const ranked = rankCandidates('游泳', [b, a], 'relevance');
    expect(ranked.map((r) => r.candidate.url)).toEqual(['/cases/a/']);
    expect(ranked[0]!.practices.map((p) => p.meta.id)).toEqual(['swim']);
  });
  it('falls back to scattered matches when nothing matches literally', () => {
    const scattered = candidate({ url: '/cases/c/', content: '办结事项都有限时承诺；游泳池' });
    expect(relevantCandidates(prepareQuery('办结限时'), [scattered]).length).toBe(1);
    // Characters that happen to occur somewhere are not a match.
    expect(relevantCandidates(prepareQuery('泳结承诺池'), [scattered]).length).toBe(0);
    // …but never for a Latin word Pagefind skipped because it is not in the index.
    expect(relevantCandidates(prepareQuery('<script>'), [scattered]).length).toBe(0);
    // A Latin word the archive lacks neither rescues nor sinks the Chinese match.
    expect(relevantCandidates(prepareQuery('PDCA 游泳池'), [scattered]).length).toBe(1);
    expect(relevantCandidates(prepareQuery('PDCA script'), [scattered]).length).toBe(0);
    expect(pairCoverage('限时办结', '办结限时')).toBeCloseTo(2 / 3);
    expect(pairCoverage('泳', '游泳')).toBe(1);
  });
  it('where nothing matches literally, ranks the case whose own words hold more of the query first', () => {
    // 安康杯安全竞赛 occurs nowhere whole. One case names the 安康杯 in its practice's own text; the other
    // has only 安全 and 竞赛 of its own and 安康杯竞赛 as an alias of a tag, and a higher Pagefind score.
    const own = candidate({
      url: '/cases/own/',
      content: '开展“安康杯”活动，组织安全知识竞赛',
      practices: [meta('ankang', '“安康杯”活动', [], ['安全生产'])],
      sections: { ankang: '开展“安康杯”活动，组织安全知识竞赛' },
      sectionWeights: { ankang: 0.6 },
      pagefindScore: 0.3,
    });
    const viaTag = candidate({
      url: '/cases/tag/',
      content: '作业安全，岗位竞赛。安全生产 安康杯竞赛',
      practices: [meta('safety', '作业安全', [], ['安全生产', '安康杯竞赛'])],
      sections: { safety: '作业安全，岗位竞赛' },
      sectionWeights: { safety: 0.9 },
      pagefindScore: 1,
    });
    expect(rankCandidates('安康杯安全竞赛', [viaTag, own], 'relevance').map((r) => r.candidate.url)).toEqual([
      '/cases/own/',
      '/cases/tag/',
    ]);
  });
  it('beside a literal match, a practice matched only by scattered pieces stays folded, boost or not', () => {
    // 班组建设 holds 安全竞赛 in its text; 技能比武 only 安全 and 竞赛 apart, with a heavy Pagefind weight.
    // The reader sees the first; the second waits behind "show all" (it does not hold the query).
    const c = candidate({
      content: '班组建设 开展安全竞赛 技能比武 安全教育与技能竞赛',
      practices: [meta('team', '班组建设'), meta('skills', '技能比武')],
      sections: { team: '开展安全竞赛', skills: '安全教育与技能竞赛' },
      sectionWeights: { team: 0.5, skills: 0.9 },
    });
    const [ranked] = rankCandidates('安全竞赛', [c], 'relevance');
    expect(ranked!.practices.map((p) => p.meta.id)).toEqual(['team', 'skills']);
    const { shown, more } = splitShown(ranked!.practices);
    expect(shown.map((p) => p.meta.id)).toEqual(['team']);
    expect(more.map((p) => p.meta.id)).toEqual(['skills']);
  });
  it('browses without a query, newest first, with the practices of the chosen tags', () => {
    const tagged = candidate({
      url: '/cases/t/',
      practices: [meta('x', '甲', [], [], ['swim']), meta('y', '乙', [], [], ['other'])],
      year: 2001,
    });
    const ranked = rankCandidates('', [tagged, b], 'relevance', ['swim']);
    expect(ranked.map((r) => r.candidate.url)).toEqual(['/cases/b/', '/cases/t/']);
    expect(ranked[1]!.practices.map((p) => p.meta.id)).toEqual(['x']);
  });
  it('sorts by period when asked, relevance breaking ties', () => {
    const c2 = candidate({ url: '/cases/c/', content: '游泳', year: 2012 });
    expect(rankCandidates('游泳', [a, c2], 'newest').map((r) => r.candidate.year)).toEqual([2012, 2006]);
    expect(rankCandidates('游泳', [c2, a], 'oldest').map((r) => r.candidate.year)).toEqual([2006, 2012]);
  });
});

describe('splitShown', () => {
  const p = (score: number) => ({ meta: meta(String(score), 'x'), score, exact: true });
  it('shows the strong practices, at most five, and keeps the rest for "show all"', () => {
    const { shown, more } = splitShown([p(100), p(90), p(30), p(20)]);
    expect(shown.map((x) => x.score)).toEqual([100, 90]);
    expect(more.map((x) => x.score)).toEqual([30, 20]);
    expect(splitShown([p(9), p(9), p(9), p(9), p(9), p(9), p(9)]).shown).toHaveLength(5);
    expect(splitShown([]).shown).toEqual([]);
  });
});

describe('reading Pagefind data', () => {
  it('cuts raw content into practice sections by anchor and shares out the match weight', () => {
    const raw = '标题\u200b. \u200b首\u200b问\u200b责任\u200b制\u200b. \u200b限\u200b时\u200b办\u200b结 \u200b&lt;\u200bb\u200b&gt;';
    const anchors = [
      { element: 'article', id: 'first', location: 2 },
      { element: 'article', id: 'limit', location: 7 },
      { element: 'h2', id: 'other', location: 11 },
    ];
    const { sections, weights } = practiceSections(
      raw,
      anchors,
      [
        { location: 3, balanced_score: 10 },
        { location: 8, balanced_score: 5 },
      ],
      ['first', 'limit'],
    );
    expect(sections).toEqual({ first: '首问责任制.', limit: '限时办结' });
    expect(weights).toEqual({ first: 1, limit: 0.5 });
    expect(decodeEntities('&lt;b&gt; &amp; &quot;')).toBe('<b> & "');
  });
  it('parses the practices metadata and ignores anything malformed', () => {
    const none = () => undefined;
    expect(parsePracticeMeta(JSON.stringify([meta('a', '甲'), { id: 1 }]), none)).toEqual([meta('a', '甲')]);
    expect(parsePracticeMeta('{not json', none)).toEqual([]);
    expect(parsePracticeMeta(undefined, none)).toEqual([]);
  });
  it('looks up each practice’s tag wordings, which the stored record leaves out, in the order of its tags', () => {
    const words: Record<string, string[]> = { service: ['窗口服务', '便民服务'], safety: ['安全生产', '安康杯'] };
    const { k: _k, ...stored } = meta('first', '首问责任制', ['首问制'], [], ['safety', 'unknown', 'service']);
    const [parsed] = parsePracticeMeta(JSON.stringify([stored]), (slug) => words[slug]);
    // A tag the lookup does not know adds nothing; the rest keep the practice's order of tags.
    expect(parsed).toEqual({ ...stored, k: ['安全生产', '安康杯', '窗口服务', '便民服务'] });
  });
  it('links to the practice anchor with the query for highlighting', () => {
    expect(practiceHref('/base/cases/x/', 'first-inquiry', '首问 责任')).toBe(
      '/base/cases/x/?hl=%E9%A6%96%E9%97%AE%20%E8%B4%A3%E4%BB%BB#first-inquiry',
    );
    expect(practiceHref('/cases/x/', 'a', '')).toBe('/cases/x/#a');
  });
  it('reads the practice a case page was opened at, and no practice from a hash that does not decode', () => {
    expect(anchorId('#first-inquiry')).toBe('first-inquiry');
    expect(anchorId('#%E9%A6%96%E9%97%AE')).toBe('首问');
    expect(anchorId('')).toBe('');
    expect(anchorId('#')).toBe('');
    expect(anchorId('#%E4')).toBe('');
    expect(anchorId('#%')).toBe('');
  });
});

describe('order and batch size asked of Pagefind', () => {
  it('sorts the whole archive by report year when listing by period or browsing without a query', () => {
    expect(pagefindSort({ q: '', sort: 'relevance' })).toEqual({ period: 'desc' });
    expect(pagefindSort({ q: '游泳', sort: 'newest' })).toEqual({ period: 'desc' });
    expect(pagefindSort({ q: '游泳', sort: 'oldest' })).toEqual({ period: 'asc' });
    expect(pagefindSort({ q: '游泳', sort: 'relevance' })).toBeUndefined();
  });
  it('loads one screen of results at first, with or without a query, and more in larger batches', () => {
    expect(FIRST_BATCH).toBe(10);
    expect(BATCH).toBeGreaterThan(FIRST_BATCH);
  });
});

describe('the filter panel', () => {
  const label = (facet: string, value: string) => (facet === 'period' ? `${value} 年` : value.toUpperCase());
  const tags = Object.fromEntries(Array.from({ length: FACET_VISIBLE + 3 }, (_, i) => [`t${String(i).padStart(2, '0')}`, i + 1]));

  it('lists values with results, most first, and folds those past the visible number', () => {
    const [tag] = facetViews({ tag: tags }, { tag: tags }, emptyFilters(), new Set(), label);
    expect(tag!.key).toBe('tag');
    expect(tag!.values[0]).toEqual({ value: 't14', label: 'T14', count: 15, checked: false, folded: false });
    expect(tag!.values.map((v) => v.count)).toEqual([...tag!.values.map((v) => v.count)].sort((a, b) => b - a));
    expect(tag!.values.filter((v) => v.folded).map((v) => v.value)).toEqual(['t02', 't01', 't00']);
  });

  it('keeps a selected value visible, even with no results left, and unfolds an expanded facet', () => {
    const selected = { ...emptyFilters(), tag: ['t00'] };
    const counts = { tag: { ...tags, t00: 0 } };
    const [folded] = facetViews(counts, { tag: tags }, selected, new Set(), label);
    expect(folded!.values.find((v) => v.value === 't00')).toMatchObject({ count: 0, checked: true, folded: false });
    const [open] = facetViews({ tag: tags }, { tag: tags }, emptyFilters(), new Set(['tag']), label);
    expect(open!.values.some((v) => v.folded)).toBe(false);
  });

  it('omits facets with nothing to choose, lists years newest first, and keeps the facet order', () => {
    const views = facetViews(
      { period: { '2002': 1, '2011': 2 }, theme: { a: 1 }, sector: {} },
      undefined,
      emptyFilters(),
      new Set(),
      label,
    );
    expect(views.map((v) => v.key)).toEqual(['theme', 'period']);
    expect(views[1]!.values.map((v) => v.label)).toEqual(['2011 年', '2002 年']);
  });

  it('says 含编者推断 beside a value some case carries on the editors’ inference, inside its label', () => {
    const counts = { sector: { meteorology: 2, health: 3 }, honour: { municipal: 1 } };
    const views = facetViews(counts, counts, emptyFilters(), new Set(), label, { sector: ['meteorology'] });
    const sector = views.find((v) => v.key === 'sector')!;
    expect(sector.values.find((v) => v.value === 'meteorology')).toMatchObject({ inferred: true, count: 2 });
    expect(sector.values.find((v) => v.value === 'health')).not.toHaveProperty('inferred');
    const str = (key: string) => ({ 'basis.someInferred': '含编者推断' })[key] ?? key;
    const html = toHtml(facetPanel(views, str));
    // Read with the value (a screen reader reads the label whole), before its count.
    expect(html).toContain('<span>METEOROLOGY</span><span class="facet-inferred">（含编者推断）</span><span class="facet-count">2</span>');
    expect(html).toContain('<span>HEALTH</span><span class="facet-count">3</span>');
    expect(html.match(/含编者推断/g)).toHaveLength(1);
  });

  it('finds the values the real entries carry on the editors’ inference', () => {
    const cases = realEntries().map((e) => e.data as CaseData);
    const inferred = inferredFacetValues(cases);
    // The county bureau's sector: the source blanks the industry.
    expect(inferred.sector).toContain('meteorology');
    // Yonggang: 张家港市“文明单位标兵”, a county-level city, read as 县（区）级.
    expect(inferred.honour).toContain('county-district');
    expect(inferred.unitType).toContain('soe');
    for (const d of cases) {
      if (d.unit.typeBasis === 'inferred') expect(inferred.unitType).toContain(d.unit.type);
      if (d.unit.sectorBasis === 'inferred') expect(inferred.sector).toContain(d.unit.sector);
      if (d.honour.levelBasis === 'inferred') expect(inferred.honour).toContain(d.honour.level);
    }
    // A value no case carries on inference is not marked.
    const marked = new Set(cases.filter((d) => d.honour.levelBasis === 'inferred').map((d) => d.honour.level));
    expect(inferred.honour.sort()).toEqual([...marked].sort());
    expect(inferred.honour).not.toContain('national');
  });

  it('counts every case under each of its values, as its page tells Pagefind', () => {
    const cases = realEntries().map((e) => e.data as CaseData);
    const counts = countFacets(cases, tagLookup);
    expect(Object.values(counts.period).reduce((a, b) => a + b, 0)).toBe(cases.length);
    const swimming = cases.find((d) => d.tags.includes('signature-programme'))!;
    expect(caseFilters(swimming, tagLookup).tag).toContain('signature-programme');
    expect(new Set(caseFilters(swimming, tagLookup).tag).size).toBe(caseFilters(swimming, tagLookup).tag.length);
    expect(counts.tag['signature-programme']).toBe(
      cases.filter((d) => caseFilters(d, tagLookup).tag.includes('signature-programme')).length,
    );
    expect(resultFields(swimming).period).toContain(String(swimming.period.reported));
  });
});

describe('clip', () => {
  it('keeps short text whole and cuts long text around the first match', () => {
    expect(clip('游泳课', ['游泳'], 10)).toBe('游泳课');
    const long = `${'甲'.repeat(50)}游泳${'乙'.repeat(50)}`;
    expect(clip(long, [], 10)).toBe(`${'甲'.repeat(10)}…`);
    const around = clip(long, ['游泳'], 30);
    expect(around.startsWith('…')).toBe(true);
    expect(around).toContain('游泳');
    expect(around.replace(/…/g, '')).toHaveLength(30);
  });
});

describe('how a practice matches (issue 23)', () => {
  const words: Record<string, string[]> = { subunit: ['文明科室、班组与窗口创建', '班组竞赛'], standards: ['服务规范与承诺', '窗口服务'] };
  const tagWords = (slug: string) => words[slug];
  it('names: equal to its name or an alias; own: in its words; tag: only in a tag wording, which it names', () => {
    expect(matchVia(prepareQuery('首问责任制'), meta('a', '首问责任制'), '')).toBe('name');
    expect(matchVia(prepareQuery('首问制'), meta('a', '首问责任制', ['首问制']), '')).toBe('name');
    expect(matchVia(prepareQuery('窗口'), meta('a', '窗口绩效考评'), '')).toBe('own');
    // The tag chip on the page is text of the section, but not the practice's own words.
    const chip = meta('b', '班组竞赛', [], words.subunit, ['subunit']);
    expect(matchVia(prepareQuery('窗口'), chip, '班组竞赛 文明科室、班组与窗口创建 各班组比学赶帮')).toBe('tag');
    const scored = scorePractice(prepareQuery('窗口'), chip, '班组竞赛 文明科室、班组与窗口创建', 0, tagWords);
    expect(scored.via).toBe('tag');
    expect(scored.tags).toEqual(['文明科室、班组与窗口创建']);
  });
  it('ranks name matches, then own words, then tag-only cases, whatever the scores', () => {
    const cand = (url: string, practices: PracticeMeta[], sections: Record<string, string>): Candidate => ({
      url,
      title: url,
      summary: '',
      content: Object.values(sections).join(' '),
      practices,
      sections,
      sectionWeights: {},
      pagefindScore: url === '/tag/' ? 10 : 1,
      phraseHit: url === '/tag/',
      year: 2020,
      filters: { tag: practices.flatMap((p) => p.t) },
    });
    const tagOnly = cand('/tag/', [meta('x', '班组竞赛', [], words.subunit, ['subunit'])], { x: '班组竞赛 文明科室、班组与窗口创建' });
    const own = cand('/own/', [meta('y', '综合窗口一站式办结')], { y: '综合窗口' });
    const named = cand('/named/', [meta('z', '窗口')], { z: '' });
    const ranked = rankCandidates('窗口', [tagOnly, own, named], 'relevance', [], tagWords);
    expect(ranked.map((r) => r.candidate.url)).toEqual(['/named/', '/own/', '/tag/']);
    expect(ranked.map((r) => r.via)).toEqual(['name', 'own', 'tag']);
    expect(ranked[2]!.tags).toEqual(['文明科室、班组与窗口创建']);
  });
});

describe('filters over the matches (issue 23)', () => {
  const a = { filters: { theme: ['t1', 't2'], unitType: ['u1'] } };
  const b = { filters: { theme: ['t2'], unitType: ['u2'] } };
  it('counts the matches’ values', () => {
    const counts = countMatches([a, b]);
    expect(counts.theme).toEqual({ t1: 1, t2: 2 });
    expect(counts.unitType).toEqual({ u1: 1, u2: 1 });
  });
  it('applies all-of for themes and tags, any-of for the rest, as Pagefind is asked', () => {
    const f = { ...emptyFilters(), theme: ['t1', 't2'] };
    expect([a, b].filter((c) => passesFilters(c, f))).toEqual([a]);
    const g = { ...emptyFilters(), unitType: ['u1', 'u2'] };
    expect([a, b].filter((c) => passesFilters(c, g))).toEqual([a, b]);
  });
});

describe('nearbyTags', () => {
  const tags = { thrift: ['勤俭节约', '节能降耗'], env: ['环境美化整治', '环境整治'], other: ['普法教育'] };
  it('offers tags holding the query or a two-character piece of it, closest first', () => {
    expect(nearbyTags('节约用水', tags)).toEqual(['thrift']);
    expect(nearbyTags('环境保洁', tags)).toEqual(['env']);
    expect(nearbyTags('节约', tags)).toEqual(['thrift']);
    expect(nearbyTags('', tags)).toEqual([]);
    expect(nearbyTags('火箭', tags)).toEqual([]);
  });
});
