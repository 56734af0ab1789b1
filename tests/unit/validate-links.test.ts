import { describe, expect, it } from 'vitest';
import { checkLink, type SiteIndex } from '../../src/validation/links';
import { parseEntry } from '../../src/validation/entry';
import { checkBody, headingId } from '../../src/validation/mdx';

const site: SiteIndex = {
  cases: new Map([['a-case', new Set(['first-practice'])]]),
  themes: new Set(['staff-care']),
  tags: new Set(['retiree-care']),
};
const self = { slug: 'this-case', anchors: new Set(['own-practice', '背景']) };

describe('internal links in entry bodies', () => {
  it('accepts pages and anchors that exist, and leaves web addresses alone', () => {
    for (const url of [
      '/',
      '/cases/a-case/',
      '/cases/a-case/#first-practice',
      '/themes/staff-care/',
      '/tags/retiree-care/',
      '/search/?q=首问',
      '#own-practice',
      '#背景',
      'https://example.org/x',
      'mailto:x@y.z',
    ]) {
      expect(checkLink(url, self, site), url).toBeNull();
    }
  });

  it('rejects missing cases, practices, tags, themes and pages', () => {
    expect(checkLink('/cases/a-case/#nope', self, site)).toBe(
      '链接“/cases/a-case/#nope”：案例“a-case”没有 id 为“nope”的做法；可用的有 first-practice',
    );
    expect(checkLink('/themes/x/', self, site)).toBe('链接“/themes/x/”指向的主题“x”不存在（见 content/taxonomy/themes.yaml）');
    expect(checkLink('/about', self, site)).toBe('站内链接“/about”的路径须以 / 结尾（本站地址都以 / 结尾），例如 /about/');
    expect(checkLink('/blog/', self, site)).toMatch(/^链接“\/blog\/”指向的页面不存在。站内页面的写法：/);
  });

  it('finds links written in Markdown and as <a href>, on their line in the file', () => {
    const { entry } = parseEntry('x.mdx', '---\ntitle: x\n---\n\n## 背景 与做法\n\n见[甲](/cases/a/)。\n\n<a href="/tags/b/">乙</a>\n');
    const body = checkBody(entry);
    expect(body.problems).toEqual([]);
    expect(body.links).toEqual([
      { url: '/cases/a/', line: 7 },
      { url: '/tags/b/', line: 9 },
    ]);
    expect(body.headingIds).toEqual(['背景-与做法']);
    expect(headingId('Hello, World!')).toBe('hello-world');
  });
});

describe('locating fields', () => {
  const text = [
    '---',
    'title: 标题',
    'unit:',
    '  name: 甲',
    '  region:',
    '    label: 乙',
    'tags: [a, b]',
    'summary: >-',
    '  第一行',
    '  第二行',
    '---',
    '',
    '正文',
  ].join('\n');
  const { entry, problems } = parseEntry('x.mdx', text);

  it('gives the line of a field, or of its nearest parent when the field is missing', () => {
    expect(problems).toEqual([]);
    expect(entry.lineOf(['unit', 'region', 'label'])).toBe(6);
    expect(entry.lineOf(['unit', 'region', 'clue'])).toBe(5);
    expect(entry.lineOf(['tags', 1])).toBe(7);
    expect(entry.lineOf(['period'])).toBe(1);
  });

  it('names the field a line belongs to', () => {
    expect(entry.fieldAt(4)).toBe('unit.name');
    expect(entry.fieldAt(10)).toBe('summary');
    expect(entry.fieldAt(13)).toBe('body');
    expect(entry.bodyLine).toBe(12);
  });
});
