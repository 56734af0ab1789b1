import { describe, expect, it } from 'vitest';
import { groupBy, neighbours, pageParam, pagerItems, paginate, PAGE_SIZE } from '../../src/browsing/browse';
import { sortByPinyin } from '../../src/core/collate';
import { pagePath } from '../../src/core/routes';

describe('sortByPinyin', () => {
  it('orders Chinese labels by pinyin, not by code point', () => {
    // Code-point order would put 安 (U+5B89) after 办 (U+529E); pinyin puts an before ban.
    const labels = ['志愿服务', '安全生产', '办事公开', '首问责任制', '道德讲堂'];
    expect(sortByPinyin(labels, (s) => s)).toEqual(['安全生产', '办事公开', '道德讲堂', '首问责任制', '志愿服务']);
    expect([...labels].sort()).not.toEqual(sortByPinyin(labels, (s) => s));
  });
  it('does not reorder the input', () => {
    const input = ['b', 'a'];
    sortByPinyin(input, (s) => s);
    expect(input).toEqual(['b', 'a']);
  });
});

describe('groupBy', () => {
  it('groups in the given order, drops empty groups and keeps unknown keys at the end', () => {
    const groups = groupBy(['x1', 'y1', 'x2', 'z1'], (s) => s[0]!, ['y', 'w', 'x']);
    expect(groups).toEqual([
      { key: 'y', items: ['y1'] },
      { key: 'x', items: ['x1', 'x2'] },
      { key: 'z', items: ['z1'] },
    ]);
  });
});

describe('paginate', () => {
  it('keeps a short list on one page', () => {
    const pages = paginate([1, 2, 3], 5);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toEqual({ number: 1, total: 1, start: 0, items: [1, 2, 3] });
  });
  it('splits a long list into full pages and a remainder, losing nothing', () => {
    const items = Array.from({ length: 2 * PAGE_SIZE + 7 }, (_, i) => i);
    const pages = paginate(items);
    expect(pages.map((p) => p.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 7]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => p.start)).toEqual([0, PAGE_SIZE, 2 * PAGE_SIZE]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });
  it('splits exactly at the page size', () => {
    expect(paginate([1, 2, 3, 4], 2).map((p) => p.items)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
  it('still gives one empty page for no items, so the listing exists', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, start: 0, items: [] }]);
  });
  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 1.5)).toThrow(RangeError);
  });
  it('puts page 1 at the listing URL and later pages below it', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('3');
    expect(pagePath('/base/practices/', 1)).toBe('/base/practices/');
    expect(pagePath('/base/practices/', 2)).toBe('/base/practices/2/');
  });
});

describe('neighbours', () => {
  it('gives no previous for the first item and no next for the last', () => {
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ prev: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ prev: 'b' });
    expect(neighbours(['a'], 0)).toEqual({});
    expect(neighbours(['a'], -1)).toEqual({});
  });
});

describe('pagerItems', () => {
  it('lists every page of a short listing', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('shows the ends and the neighbourhood of the current page of a long one, with gaps', () => {
    expect(pagerItems(1, 250)).toEqual([1, 2, 3, null, 250]);
    expect(pagerItems(120, 250)).toEqual([1, null, 118, 119, 120, 121, 122, null, 250]);
    expect(pagerItems(250, 250)).toEqual([1, null, 248, 249, 250]);
    expect(pagerItems(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('stays the same size however long the listing is', () => {
    expect(pagerItems(500, 10_000)).toHaveLength(pagerItems(50, 1_000).length);
  });
});
