/**
 * The one reading of Chinese numerals (src/core/numerals.ts), which the validator's figure checks
 * and the import's figure finder share, and the one converter set and script test for Chinese text.
 */
import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, NUMERAL_CHARS, toHalfWidth } from '../../src/core/numerals';
import { figureOccursIn, normaliseFigureText } from '../../src/core/figures';
import { chineseNumber } from '../../src/import/numbers';
import { findFigures } from '../../src/import/figures';
import { scriptOf, toSimplified as importSimplified } from '../../src/import/text';
import { toSimplified } from '../../src/text/to-simplified';

describe('Chinese numerals', () => {
  it('a bare 百, 千 or 万 is a word, not a number, for the validator and the import alike', () => {
    for (const word of ['百', '千', '万', '亿', '千万']) {
      expect(chineseNumeralValue(word), word).toBeUndefined();
      expect(chineseNumber(word), word).toBeNaN();
    }
    expect(normaliseFigureText('百姓万一')).toBe('百姓万一');
  });

  it('reads 十, 百 and 千 with their digits, and years digit by digit', () => {
    expect(chineseNumeralValue('一百')).toBe(100);
    expect(chineseNumeralValue('两百')).toBe(200);
    expect(chineseNumeralValue('十六')).toBe(16);
    expect(chineseNumeralValue('一百零五')).toBe(105);
    expect(chineseNumeralValue('二〇一二')).toBe(2012);
    expect(chineseNumeralValue('三四十')).toBeUndefined();
  });

  it('万 and 亿 multiply all that comes before them: 三万亿 is 3 × 10¹², not 30000', () => {
    expect(chineseNumeralValue('三万')).toBe(30_000);
    expect(chineseNumeralValue('三万亿')).toBe(3_000_000_000_000);
    expect(chineseNumber('三万亿')).toBe(3_000_000_000_000);
    expect(chineseNumeralValue('一亿二千万')).toBe(120_000_000);
    expect(chineseNumeralValue('三亿五万')).toBe(300_050_000);
    expect(chineseNumeralValue('十万')).toBe(100_000);
  });

  it('Arabic digits with a magnitude (1万余, 28.6万) are one figure, found whole and matched whole', () => {
    const found = findFigures('发放资料1万余份，接待读者28.6万人次', 1).map((f) => [f.value, f.unit]);
    expect(found).toEqual([
      ['1万余', '份'],
      ['28.6万', '人次'],
    ]);
    expect(figureOccursIn('1万余', '发放资料1万余份')).toBe(true);
    expect(figureOccursIn('28.6万', '接待读者28.6万人次')).toBe(true);
    expect(figureOccursIn('28.6万', '接待读者128.6万人次')).toBe(false);
    expect(figureOccursIn('２８.６万', '接待读者28.6万人次')).toBe(true);
  });

  it('digits: full-width is half-width, and the numeral characters are listed once', () => {
    expect(toHalfWidth('１８００㎡　')).toBe('1800㎡ ');
    expect(NUMERAL_CHARS).toBe('〇零一二两三四五六七八九十百千万亿');
  });
});

describe('Chinese script', () => {
  it('search, validation and import use one converter set, Hong Kong and Taiwan variants included', () => {
    expect(importSimplified).toBe(toSimplified);
    expect(toSimplified('裡面')).toBe('里面');
    expect(normaliseFigureText('九十餘人', { toSimplified })).toBe('90余人');
  });

  it('one test says whether a text is written in traditional script', () => {
    expect(scriptOf('本館全年開展讀書活動十二場次，發放資料一萬餘份。')).toBe('traditional');
    expect(scriptOf('本馆全年开展读书活动十二场次，发放资料一万余份。')).toBe('simplified');
    // One traditional name quoted in simplified text does not make the text traditional.
    expect(scriptOf('本馆与台北“國家圖書館”交流，全年开展读书活动十二场次，发放资料一万余份，接待读者二十八万人次。')).toBe('simplified');
  });
});
