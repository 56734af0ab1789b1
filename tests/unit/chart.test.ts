import { describe, expect, it } from 'vitest';
import { beforeAfterPairs, describeChange, describePair } from '../../src/browsing/chart';
import type { Figure } from '../../src/schemas/figure';

const fig = (f: Partial<Figure> & { label: string }): Figure => ({ withheld: false, from: [1], ...f });

describe('beforeAfterPairs', () => {
  it('charts numeric before/after pairs, each on its own scale', () => {
    const pairs = beforeAfterPairs([
      fig({ label: '办事大厅面积', before: 1800, after: 3000, unit: '㎡' }),
      fig({ label: '服务窗口', before: 45, after: 90, unit: '个' }),
    ]);
    expect(pairs).toHaveLength(2);
    expect(pairs[0]).toMatchObject({
      label: '办事大厅面积',
      before: 1800,
      after: 3000,
      afterFraction: 1,
      beforeFraction: 0.6,
      changePercent: 67,
    });
    expect(pairs[1]).toMatchObject({ beforeFraction: 0.5, afterFraction: 1, changePercent: 100 });
  });
  it('leaves single values, withheld values and text values out', () => {
    const pairs = beforeAfterPairs([
      fig({ label: '人数', value: 47 }),
      fig({ label: '隐去', withheld: true }),
      fig({ label: '约数', before: '约280', after: 300 }),
    ]);
    expect(pairs).toEqual([]);
  });
  it('scales a decrease against the before value and copes with zero', () => {
    const [down] = beforeAfterPairs([fig({ label: '事故', before: 10, after: 8 })]);
    expect(down).toMatchObject({ beforeFraction: 1, afterFraction: 0.8, changePercent: -20 });
    const [zero] = beforeAfterPairs([fig({ label: '新设', before: 0, after: 5 })]);
    expect(zero).toMatchObject({ beforeFraction: 0, afterFraction: 1, changePercent: undefined });
  });
});

describe('chart wording', () => {
  it('says the change in words', () => {
    expect(describeChange({ changePercent: 67 })).toBe('增加 67%');
    expect(describeChange({ changePercent: -20 })).toBe('减少 20%');
    expect(describeChange({ changePercent: 0 })).toBe('不变');
    expect(describeChange({ changePercent: undefined })).toBe('');
  });
  it('gives a text alternative with every number the bars show', () => {
    const [pair] = beforeAfterPairs([fig({ label: '办事大厅面积', before: 1800, after: 3000, unit: '㎡' })]);
    expect(describePair(pair!)).toBe('办事大厅面积：之前 1800 ㎡，之后 3000 ㎡，增加 67%');
  });
});
