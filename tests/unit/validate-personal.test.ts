import { describe, expect, it } from 'vitest';
import { findMarkers, findPersonalData, isIdCardNumber } from '../../src/validation/personal';

const kinds = (text: string) => findPersonalData(text).map((f) => `${f.kind}:${f.value}`);

describe('personal data', () => {
  it('accepts an ID number only when its birth date exists and its check digit matches', () => {
    expect(isIdCardNumber('11010519491231002X')).toBe(true);
    expect(isIdCardNumber('110105194912310021')).toBe(false); // wrong check digit
    expect(isIdCardNumber('11010519491331002X')).toBe(false); // month 13
  });

  it('finds mobile numbers written with or without spaces, dashes or +86', () => {
    expect(kinds('手机 13912345678；另一个 +86 139-1234-5678。')).toEqual(['mobile:13912345678', 'mobile:+86 139-1234-5678']);
  });

  it('finds landline numbers with an area code, or right after 电话', () => {
    expect(kinds('电话 (021)63281234，或 0915-3212345，热线：63281234')).toEqual([
      'landline:(021)63281234',
      'landline:0915-3212345',
      'landline:63281234',
    ]);
  });

  it('reports an ID number once, not also as a phone number inside it', () => {
    expect(kinds('证号 11010519491231002X')).toEqual(['idCard:11010519491231002X']);
  });

  it('finds e-mail addresses', () => {
    expect(kinds('来信请寄 zhang.san@mail.example.cn')).toEqual(['email:zhang.san@mail.example.cn']);
  });

  it('finds a child’s full name next to 幼儿/小朋友/同学', () => {
    expect(kinds('幼儿李小红获得一等奖；王小明小朋友上台朗诵；张强同学也来了。')).toEqual(['childName:王小明', 'childName:张强']);
    expect(kinds('幼儿李小红，获得一等奖。')).toEqual(['childName:李小红']);
  });

  it('does not mistake ordinary numbers, years, ranges or words for personal data', () => {
    const text = [
      '办事大厅面积从1800平方米扩大到3000平方米，2002-2007年间接待群众128000人次。',
      '全体同学参加了运动会，小朋友们表演了节目，同学们很开心。',
      '统一社会信用代码不在此列；12345 政务热线全天受理。',
      '编号 20260001 的档案；1998年起坚持晨操。',
    ].join('\n');
    expect(kinds(text)).toEqual([]);
  });

  it('reads exception markers with the value and the reason', () => {
    expect(findMarkers('a\n{/* personal-data-ok: 0915-3212345 单位公开热线 */}\n# personal-data-ok: 13912345678')).toEqual([
      { line: 2, value: '0915-3212345', reason: '单位公开热线' },
      { line: 3, value: '13912345678', reason: '' },
    ]);
  });
});
