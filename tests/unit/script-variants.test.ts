import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  decodeCodePoints,
  encodeCodePoints,
  hasTraditional,
  isTraditionalText,
  piecesOnOriginal,
  traditionalOnlyCodePoints,
} from '../../src/core/script-variants';
import { encodedTraditionalChars, entryLang, traditionalChars } from '../../src/text/traditional-chars';
import { toSimplified } from '../../src/text/to-simplified';
import { highlightPieces, normaliseQuery } from '../../src/search/terms';
import { ROOT } from '../helpers/paths';

const traditionalSet = parse(readFileSync(join(ROOT, 'tests/search-quality/queries-traditional.yaml'), 'utf8')) as {
  query: string;
  simplified: string;
}[];
const simplifiedSet = parse(readFileSync(join(ROOT, 'tests/search-quality/queries.yaml'), 'utf8')) as { query: string | number }[];
const entries = readdirSync(join(ROOT, 'content/cases')).map((f) => readFileSync(join(ROOT, 'content/cases', f), 'utf8'));

describe('code point lists', () => {
  it('encode and decode to the same set, gaps of any size included', () => {
    const cps = [0x41, 0x42, 0x4e00, 0x4e01, 0x4e40, 0x9fa5, 0x20000, 0x2a6d6];
    expect([...decodeCodePoints(encodeCodePoints(cps))]).toEqual(cps);
    expect(encodeCodePoints(cps)).toMatch(/^[\x21-\x7e]+$/);
  });

  it('refuse unsorted input and foreign characters', () => {
    expect(() => encodeCodePoints([5, 3])).toThrow(/sorted/);
    expect(() => decodeCodePoints('a~')).toThrow(/not an encoded/);
  });
});

describe('traditional-only characters', () => {
  it('are the changing sources that are not also simplified writing', () => {
    // 書→书 is traditional only; 著→着 changes but 著 is also simplified (显著), like 干 (干部).
    const cps = traditionalOnlyCodePoints({
      converting: ['書 书|著 着|乾 干|幹 干|後 后'],
      simplifiedTargets: ['書 书|著 着|乾 干|幹 干|後 后'],
      simplifiedSources: ['著 著|乾 乾'],
    });
    expect(cps.map((c) => String.fromCodePoint(c)).sort()).toEqual(['幹', '後', '書'].sort());
  });

  it('come from opencc-js: thousands of them, compact enough to ship', () => {
    expect(traditionalChars().size).toBeGreaterThan(3000);
    expect(encodedTraditionalChars().length).toBeLessThan(5000);
    for (const c of '書問時辦結紅黨員責崗課職盃會氣務減災裡') expect(traditionalChars().has(c.codePointAt(0)!), c).toBe(true);
    for (const c of '书问时办结红党员责岗课职杯会气务减灾里著干台') expect(traditionalChars().has(c.codePointAt(0)!), c).toBe(false);
  });

  it('never occur in the real entries, nor in the simplified quality set', () => {
    for (const text of entries) expect([...text].filter((c) => traditionalChars().has(c.codePointAt(0)!))).toEqual([]);
    for (const { query } of simplifiedSet) expect(hasTraditional(String(query), traditionalChars()), String(query)).toBe(false);
  });

  it('mark every query of the traditional set, which converts to its simplified form', () => {
    for (const { query, simplified } of traditionalSet) {
      expect(hasTraditional(query, traditionalChars()), query).toBe(true);
      expect(toSimplified(normaliseQuery(query)), query).toBe(normaliseQuery(simplified));
    }
  });
});

describe('an entry written in traditional script', () => {
  it('is told from a simplified one by its share of traditional-only characters', () => {
    const set = traditionalChars();
    expect(isTraditionalText('首問責任制和限時辦結制度', set)).toBe(true);
    expect(isTraditionalText('文明单位创建中推行首问责任制，设立红旗窗口，开展“安康盃”竞赛活动，服务群众', set)).toBe(false);
    expect(isTraditionalText('hello 12121', set)).toBe(false);
  });

  it('gets lang zh-Hant on its article; the real entries get none', () => {
    for (const body of entries) expect(entryLang({ body, data: {} })).toBeUndefined();
    // A simplified entry quoting one traditional name is still simplified.
    const quoting = entries.find((e) => e.includes('首问责任制'))!.replace('首问责任制', '首問責任制');
    expect(hasTraditional(quoting, traditionalChars())).toBe(true);
    expect(entryLang({ body: quoting, data: {} })).toBeUndefined();
    expect(entryLang({ body: '', data: { title: '推行首問責任制的區行政服務中心', summary: '服務大廳擴建，限時辦結' } })).toBe('zh-Hant');
    // An entry rendered as Markdown keeps its HTML instead of its Markdown; the HTML is read then.
    expect(
      entryLang({ rendered: { html: '<h2 id="做法">做法</h2><p>推行首問責任制的區行政服務中心，服務大廳擴建，限時辦結。</p>' }, data: {} }),
    ).toBe('zh-Hant');
    expect(entryLang({ rendered: { html: `<p>${entries[0]}</p>` }, data: {} })).toBeUndefined();
  });
});

describe('highlighting on the simplified form', () => {
  it('marks the original text where its conversion matches', () => {
    const text = '實行首問責任制。';
    const folded = toSimplified(text);
    const pieces = piecesOnOriginal(text, folded, highlightPieces(folded, ['首问责任制']));
    expect(pieces).toEqual([
      { text: '實行', hit: false },
      { text: '首問責任制', hit: true },
      { text: '。', hit: false },
    ]);
  });

  it('gives up when the conversion changed the length', () => {
    expect(piecesOnOriginal('ab', 'abc', [{ text: 'abc', hit: true }])).toBeNull();
  });
});
