import { describe, expect, it } from 'vitest';
import {
  add,
  basketFromKeys,
  decodeShare,
  emptyBasket,
  encodeShare,
  has,
  move,
  NOTE_MAX,
  parseBasket,
  remove,
  serializeBasket,
  setNote,
  shareHref,
  toggle,
} from '../../src/basket/basket';
import { groupBy } from '../../src/browsing/browse';

const a = { c: 'county-weather-bureau-service', p: 'service-pledge' };
const b = { c: 'kindergarten-swimming-programme', p: 'swimming-lessons' };
const c = { c: 'kindergarten-swimming-programme', p: 'parent-school' };

describe('basket state', () => {
  it('adds once, keeps the reader order, removes and toggles', () => {
    let basket = add(add(add(emptyBasket(), a), b), a);
    expect(basket.items.map((x) => x.p)).toEqual(['service-pledge', 'swimming-lessons']);
    expect(has(basket, b)).toBe(true);
    basket = remove(basket, a);
    expect(basket.items.map((x) => x.p)).toEqual(['swimming-lessons']);
    basket = toggle(toggle(basket, c), b);
    expect(basket.items.map((x) => x.p)).toEqual(['parent-school']);
  });

  it('moves an item up and down, and ignores moves past either end', () => {
    const basket = basketFromKeys([a, b, c]);
    expect(move(basket, 2, -1).items.map((x) => x.p)).toEqual(['service-pledge', 'parent-school', 'swimming-lessons']);
    expect(move(basket, 0, 2).items.map((x) => x.p)).toEqual(['swimming-lessons', 'parent-school', 'service-pledge']);
    expect(move(basket, 0, -1)).toBe(basket);
    expect(move(basket, 2, 1)).toBe(basket);
  });

  it('keeps notes, trimmed to the longest allowed', () => {
    const basket = setNote(basketFromKeys([a, b]), b, '适合我们窗口的做法');
    expect(basket.items[1]!.note).toBe('适合我们窗口的做法');
    expect(setNote(basket, a, 'x'.repeat(NOTE_MAX + 5)).items[0]!.note).toHaveLength(NOTE_MAX);
  });

  it('round-trips through storage and survives anything else stored under its key', () => {
    const basket = { ...setNote(basketFromKeys([a, b]), a, '备注'), grouped: true };
    expect(parseBasket(serializeBasket(basket))).toEqual(basket);
    expect(parseBasket(null)).toEqual(emptyBasket());
    expect(parseBasket('{not json')).toEqual(emptyBasket());
    expect(parseBasket('"a string"')).toEqual(emptyBasket());
    const dirty = JSON.stringify({ items: [a, { c: 'Bad Slug', p: 'x' }, a, { c: 'x' }, 7, { ...b, note: 3 }], grouped: 'yes' });
    expect(parseBasket(dirty)).toEqual({
      items: [
        { ...a, note: '' },
        { ...b, note: '' },
      ],
      grouped: false,
    });
  });
});

describe('share link', () => {
  it('is short and readable: case~practice, comma-separated, without notes', () => {
    const basket = setNote(basketFromKeys([a, b]), a, '私人备注');
    expect(shareHref('/basket/', basket.items)).toBe(
      '/basket/?p=county-weather-bureau-service~service-pledge,kindergarten-swimming-programme~swimming-lessons',
    );
    expect(encodeShare([])).toBe('');
  });

  it('decodes what it encodes, drops repeats and reports what is not a practice address', () => {
    expect(decodeShare(encodeShare([a, b, c])).keys).toEqual([a, b, c]);
    const { keys, invalid } = decodeShare(`${encodeShare([a])},${encodeShare([a])},,<script>,x~Y,a~b~c`);
    expect(keys).toEqual([a]);
    expect(invalid).toEqual(['<script>', 'x~Y', 'a~b~c']);
    expect(decodeShare(null)).toEqual({ keys: [], invalid: [] });
  });
});

describe('grouping', () => {
  it('orders groups by the theme order, keeps the reader order inside a group, and puts unknown items last', () => {
    const items = [
      { id: 1, theme: 'service-performance' },
      { id: 2, theme: undefined },
      { id: 3, theme: 'leadership-mechanism' },
      { id: 4, theme: 'service-performance' },
      { id: 5, theme: 'not-in-order' },
    ];
    const groups = groupBy(items, (x) => x.theme, ['leadership-mechanism', 'service-performance']);
    expect(groups.map((g) => [g.key, g.items.map((x) => x.id)])).toEqual([
      ['leadership-mechanism', [3]],
      ['service-performance', [1, 4]],
      ['not-in-order', [5]],
      [undefined, [2]],
    ]);
  });
});
