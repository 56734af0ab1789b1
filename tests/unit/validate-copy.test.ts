import { describe, expect, it } from 'vitest';
import { findCopied, lettersOf, prepareSource } from '../../src/validation/copy';

const SOURCE = '我单位始终坚持以人为本的服务理念，把群众满意作为工作的出发点和落脚点。推行“首问责任制”。';
const source = prepareSource('s.txt', SOURCE, 20);
const copied = (text: string) => findCopied(text, source).map((p) => [text.slice(p.start, p.end), p.letters]);

describe('copy check', () => {
  it('keeps only letters, so changed punctuation does not hide a copy', () => {
    expect(lettersOf('a，b c。1').s).toBe('abc1');
    expect(copied('他们说：我单位始终坚持以人为本的服务理念——把群众满意作为工作的出发点和落脚点！')).toEqual([
      ['我单位始终坚持以人为本的服务理念——把群众满意作为工作的出发点和落脚点', 33],
    ]);
  });

  it('allows a shared run shorter than the limit', () => {
    expect(copied('单位坚持以人为本的服务理念，实行首问负责。')).toEqual([]);
  });

  it('allows a short quotation but not a long one', () => {
    expect(copied('报告自称“始终坚持以人为本的服务理念，把群众满意作为工作的出发点”。')).toEqual([]);
    const long = prepareSource('l.txt', '甲'.repeat(10) + '乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'.repeat(3), 20);
    const text = `原文：“${'乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'.repeat(3)}”`;
    expect(findCopied(text, long)).toHaveLength(1);
  });
});
