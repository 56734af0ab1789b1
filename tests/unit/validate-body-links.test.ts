import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { bodyLinks, withBase } from '../../src/integrations/body-links';

describe('base path for links in entry bodies', () => {
  it('prefixes root paths only', () => {
    expect(withBase('/cases/a/#p', '/practice-archive/')).toBe('/practice-archive/cases/a/#p');
    expect(withBase('/practice-archive/cases/a/', '/practice-archive/')).toBe('/practice-archive/cases/a/');
    expect(withBase('https://example.org/', '/practice-archive/')).toBe('https://example.org/');
    expect(withBase('//cdn.example.org/x', '/practice-archive/')).toBe('//cdn.example.org/x');
    expect(withBase('#own', '/practice-archive/')).toBe('#own');
    expect(withBase('/cases/a/', '/')).toBe('/cases/a/');
  });

  it('rewrites Markdown links and <a href> when the MDX is compiled', () => {
    const { code } = mdxToJs('见[甲](/cases/a/)、[乙](https://example.org/)和<a href="/tags/b/">丙</a>。', {
      mdastPlugins: [bodyLinks('/practice-archive/')],
    });
    expect(code).toContain('"/practice-archive/cases/a/"');
    expect(code).toContain('"/practice-archive/tags/b/"');
    expect(code).toContain('"https://example.org/"');
    expect(code).not.toMatch(/"\/cases\/a\/"/);
    expect(code).toContain('丙');
  });
});
