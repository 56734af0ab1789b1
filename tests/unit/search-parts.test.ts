import { describe, expect, it } from 'vitest';
import { mergedPartDirs, partCount, partDir, partSize, splitIntoParts } from '../../src/search/search-parts';

describe('search index parts', () => {
  it('keeps one index up to the part size and splits past it', () => {
    expect(partSize({})).toBe(2500);
    expect(partCount(4)).toBe(1);
    expect(partCount(2500)).toBe(1);
    expect(partCount(2501)).toBe(2);
    expect(partCount(5000)).toBe(2);
    expect(partCount(5001)).toBe(3);
  });
  it('reads the part size from PAGEFIND_PART_SIZE, unset when empty', () => {
    expect(partSize({ PAGEFIND_PART_SIZE: '2' })).toBe(2);
    expect(partSize({ PAGEFIND_PART_SIZE: '' })).toBe(2500);
  });
  it('refuses a part size that is not a whole number of pages, saying what is allowed', () => {
    for (const bad of ['lots', '0', '-3', '2.5'])
      expect(() => partSize({ PAGEFIND_PART_SIZE: bad })).toThrow(
        `PAGEFIND_PART_SIZE is "${bad}": it must be a whole number of case pages, 1 or more`,
      );
  });
  it('names the first part pagefind/ as Pagefind does, and numbers the rest from 2', () => {
    expect([0, 1, 2].map(partDir)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  });
  it('lists the parts a search merges into the first: none for one index', () => {
    expect(mergedPartDirs(4, 2500)).toEqual([]);
    expect(mergedPartDirs(5, 2)).toEqual(['pagefind-2', 'pagefind-3']);
  });
  it('splits in order into near-equal runs that cover everything once', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(splitIntoParts(items, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(splitIntoParts(items, 1)).toEqual([items]);
  });
});
