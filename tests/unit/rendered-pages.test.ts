import { afterEach, describe, expect, it } from 'vitest';
import { observeRenderedPages, pageObservers } from '../../src/lib/rendered-pages';
import { PolicyObserver } from '../../src/integrations/csp-headers';
import { searchBodyPage } from '../../src/integrations/pagefind';

// Build steps that see pages as they render (src/lib/rendered-pages.ts): the middleware passes each
// page to every open observer in turn; the CSP step hoists its meta tag there; Pagefind gets the
// search body alone.
afterEach(() => {
  observeRenderedPages('a', undefined);
  observeRenderedPages('b', undefined);
});

describe('page observers', () => {
  it('are none outside a build, and are called in the order they were opened', () => {
    expect(pageObservers()).toEqual([]);
    const seen: string[] = [];
    observeRenderedPages('a', { page: (_p, html) => (seen.push(`a:${html}`), `${html}+a`) });
    observeRenderedPages('b', { page: (_p, html) => void seen.push(`b:${html}`) });
    let html = 'x';
    for (const o of pageObservers()) html = o.page('/', html) ?? html;
    expect(seen).toEqual(['a:x', 'b:x+a']);
    expect(html).toBe('x+a');
    observeRenderedPages('a', undefined);
    expect(pageObservers()).toHaveLength(1);
  });
});

describe('the CSP observer', () => {
  const page = (policy: string) =>
    `<html><head><meta charset="utf-8"><title>t</title><script src="/a.js"></script><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;

  it('moves the policy up to just after <meta charset> and collects each distinct policy once', () => {
    const o = new PolicyObserver();
    const out = o.page('/a/', page("script-src 'self'"));
    expect(out.indexOf('content-security-policy')).toBeLessThan(out.indexOf('<script'));
    expect(out.indexOf('content-security-policy')).toBeGreaterThan(out.indexOf('charset'));
    o.page('/b/', page("script-src 'self'"));
    o.page('/c/', page("script-src 'self' 'sha256-x'"));
    o.page('/d/', '<html><head><meta charset="utf-8"></head></html>');
    expect([...o.policies]).toEqual(["script-src 'self'", "script-src 'self' 'sha256-x'"]);
    expect({ pages: o.pages, withPolicy: o.withPolicy }).toEqual({ pages: 4, withPolicy: 3 });
  });
});

describe('searchBodyPage', () => {
  it('keeps the whole search body, practices (nested articles) included, and nothing around it', () => {
    const html =
      '<html><head><title>页</title></head><body><nav>导航</nav>' +
      '<article class="case" data-pagefind-body lang="zh-CN"><h1>案例</h1><article id="p1">做法一</article><article id="p2">做法二</article><p>结尾</p></article>' +
      '<article class="related">相关案例</article><footer>页脚</footer></body></html>';
    const out = searchBodyPage(html);
    expect(out).toContain('<article id="p2">做法二</article><p>结尾</p></article>');
    expect(out).not.toMatch(/导航|相关案例|页脚|<title>/);
    expect(out).toMatch(/^<!DOCTYPE html><html lang="zh-CN"><body><article class="case" data-pagefind-body/);
  });

  it('returns the page unchanged when it has no search body or the body is not closed', () => {
    expect(searchBodyPage('<html><body><p>x</p></body></html>')).toBe('<html><body><p>x</p></body></html>');
    const open = '<article data-pagefind-body><article>x</article>';
    expect(searchBodyPage(open)).toBe(open);
  });
});
