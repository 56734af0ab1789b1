import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { astroCsp, sha256Source } from '../../src/integrations/csp-config';
import { hoistPolicy, mergePolicies, parsePolicy } from '../../src/integrations/csp-headers';

describe('CSP helpers', () => {
  it('merges page policies into one header: union of sources, hashes sorted', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-b'",
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'");
    expect(parsePolicy(merged).get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
  });

  it('gives the same header whatever order the pages come in', () => {
    const a = "script-src 'self' 'sha256-x'";
    const b = "script-src 'self' 'sha256-y'";
    expect(mergePolicies([a, b])).toBe(mergePolicies([b, a]));
  });

  it('moves the policy ahead of every script and style in <head>', () => {
    const meta = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;
    const page = `<html><head><meta charset="utf-8"><script>x()</script><title>t</title>${meta}</head><body></body></html>`;
    const out = hoistPolicy(page);
    expect(out.indexOf(meta)).toBe(out.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length);
    expect(out.indexOf(meta)).toBeLessThan(out.indexOf('<script>'));
    expect(out.match(/content-security-policy/g)?.length).toBe(1);
    expect(hoistPolicy('<html><head></head></html>')).toBe('<html><head></head></html>');
  });

  it('hashes inline code the way browsers do', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(sha256Source('alert(1)')).toBe(`sha256-${expected}`);
  });

  it('never allows unsafe-inline or another origin', () => {
    const all = [...astroCsp.directives, ...astroCsp.scriptDirective.resources, ...astroCsp.styleDirective.resources].join(' ');
    expect(all).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|https?:|\*/);
    expect(astroCsp.scriptDirective.resources).toContain("'self'");
  });
});
