import { describe, expect, it } from 'vitest';
import { findBlanks, hasBlank } from '../../src/core/blanks';

describe('blank forms', () => {
  it.each([
    ['学_3号精神', false],
    ['__事业', true],
    ['党的___大', true],
    ['xx市行政服务中心', true],
    ['XXXXXXX公司', true],
    ['共x个服务区', true],
    // Traditional script: the measure words in both scripts.
    ['下轄x個基層分局', true],
    ['設x間服務室', true],
    ['開通x條熱線', true],
    ['收到x面锦旗', true],
    ['××局', true],
    ['某某同志', true],
    ['二〇一二年', false],
    ['Xbox 与 XXL 号', false],
    ['12121 声讯', false],
  ])('%s → %s', (text, expected) => {
    expect(hasBlank(text)).toBe(expected);
  });

  it('finds each blank once, in order, with its form', () => {
    expect(findBlanks('__局在xx县，有x人').map((b) => [b.text, b.code])).toEqual([
      ['__', 'underscores'],
      ['xx', 'x-run'],
      ['x', 'x-measure'],
    ]);
  });
});
