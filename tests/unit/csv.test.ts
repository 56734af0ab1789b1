import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/open-data/csv';

describe('csv', () => {
  it('quotes only fields that need it and doubles quotes', () => {
    expect(csvField('首问责任制')).toBe('首问责任制');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('两行\n文字')).toBe('"两行\n文字"');
    expect(csvField(2012)).toBe('2012');
    expect(csvField(undefined)).toBe('');
  });
  it('writes a BOM, a header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
  it('refuses a row that does not match the header', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/1 fields/);
  });
});
