import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { publicPages } from '../helpers/html';
import { DIST } from '../helpers/paths';

// The Content-Security-Policy gate: every page carries a policy that lets only the site's own
// scripts and styles run, and every inline script or style the page has is one the policy names
// by hash — so the policy is strict *and* the site still works under it.
const pages = publicPages();
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function policyOf(html: string) {
  const { document } = parseHTML(html);
  const meta = document.querySelector('meta[http-equiv="content-security-policy" i]');
  const directives = new Map<string, string[]>();
  for (const part of (meta?.getAttribute('content') ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return { document, meta, directives };
}

describe('Content-Security-Policy', () => {
  it('is in every page, before any script or style', () => {
    const missing = pages.filter((p) => {
      const html = readFileSync(join(DIST, p), 'utf8');
      const at = html.search(/<meta http-equiv="content-security-policy"/i);
      const firstCode = html.search(/<script|<style|<link[^>]+stylesheet/i);
      return at === -1 || (firstCode !== -1 && firstCode < at);
    });
    expect(missing).toEqual([]);
  });

  it('allows only the site itself: no unsafe-inline or unsafe-eval for scripts, no other origins', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const { directives } = policyOf(readFileSync(join(DIST, p), 'utf8'));
      const script = directives.get('script-src') ?? [];
      const style = directives.get('style-src') ?? [];
      if (!script.includes("'self'") || script.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === '*')) {
        bad.push(`${p}: script-src ${script.join(' ')}`);
      }
      if (style.some((s) => s === "'unsafe-inline'" || s === '*')) bad.push(`${p}: style-src ${style.join(' ')}`);
      if (directives.get('default-src')?.join(' ') !== "'self'") bad.push(`${p}: default-src is not 'self'`);
      if (directives.get('object-src')?.join(' ') !== "'none'") bad.push(`${p}: object-src is not 'none'`);
      for (const [name, sources] of directives) {
        const foreign = sources.filter((s) => /^(https?:|\/\/|\*)/.test(s));
        if (foreign.length) bad.push(`${p}: ${name} allows ${foreign.join(' ')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('names every inline script and style by its hash, and no page uses inline handlers or style attributes', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const { document, directives } = policyOf(readFileSync(join(DIST, p), 'utf8'));
      const script = directives.get('script-src') ?? [];
      const style = directives.get('style-src') ?? [];
      for (const el of document.querySelectorAll('script:not([src])')) {
        const type = el.getAttribute('type') ?? '';
        // Data blocks (JSON-LD, JSON) are not executed, so CSP does not apply to them.
        if (/json/i.test(type)) continue;
        if (!script.includes(sha256(el.textContent ?? ''))) bad.push(`${p}: inline script without a matching hash`);
      }
      for (const el of document.querySelectorAll('style')) {
        if (!style.includes(sha256(el.textContent ?? ''))) bad.push(`${p}: inline style without a matching hash`);
      }
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) {
          if (/^on/i.test(attr)) bad.push(`${p}: <${el.localName} ${attr}> inline event handler`);
          if (attr === 'style') bad.push(`${p}: <${el.localName} style> attribute (blocked by the CSP)`);
        }
        const href = el.getAttribute('href') ?? '';
        if (/^\s*javascript:/i.test(href)) bad.push(`${p}: javascript: URL`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('is also sent as a header, with the other security headers, for static hosts (_headers)', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const block = headers.slice(headers.indexOf('/*'));
    const csp = /Content-Security-Policy: (.+)/.exec(block)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-inline/);
    // The header's policy must allow every hash a page needs, or the header would block the page.
    for (const p of pages) {
      const { directives } = policyOf(readFileSync(join(DIST, p), 'utf8'));
      for (const hash of (directives.get('script-src') ?? []).filter((s) => s.startsWith("'sha"))) {
        expect(csp, `${p} script hash in _headers`).toContain(hash);
      }
    }
    expect(block).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(block).toMatch(/^\s+Referrer-Policy: \S+/m);
    expect(block).toMatch(/^\s+Permissions-Policy: \S+/m);
  });
});
