/**
 * The post-build half of the CSP (the policy itself is Astro's `security.csp`, csp-config.ts):
 *
 * 1. Astro writes the policy's meta tag at the end of <head>, where it does not cover what comes
 *    before it; this moves it up to just after `<meta charset>`.
 * 2. It writes the same policy as a real HTTP header into `dist/_headers` (the file Netlify and
 *    Cloudflare Pages read), next to the static security headers from `public/_headers`. A header
 *    can also carry what a meta tag cannot (`frame-ancestors`). One header serves every page, so
 *    it lists the union of the hashes all pages use: all of them are the site's own inline code.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { observeRenderedPages, type PageObserver } from '../lib/rendered-pages';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const CHARSET = /<meta charset="utf-8">/i;

/**
 * Astro writes the CSP meta at the end of <head>, but a policy only governs what comes after it:
 * move it up to just after `<meta charset>`, ahead of every script and style. Returns the page
 * unchanged when it has no policy.
 */
export function hoistPolicy(html: string): string {
  const m = META.exec(html);
  const charset = CHARSET.exec(html);
  if (!m || !charset || charset.index > m.index) return html;
  const without = html.slice(0, m.index) + html.slice(m.index + m[0].length);
  const at = charset.index + charset[0].length;
  return without.slice(0, at) + m[0] + without.slice(at);
}

/** Splits a policy string into directive name → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Merges page policies into one: each directive keeps the union of its sources, in first-seen order. */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  // Hashes sort so the header does not depend on the order pages were written (reproducible builds).
  const parts = [...merged].map(([name, sources]) => {
    const plain = sources.filter((s) => !/^'sha(256|384|512)-/.test(s));
    const hashes = sources.filter((s) => /^'sha(256|384|512)-/.test(s)).sort();
    return [name, ...plain, ...hashes].join(' ');
  });
  return parts.join('; ');
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) htmlFiles(p, out);
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The policy a page's meta tag states, unescaped, or null when it has none. */
function policyOf(html: string): string | null {
  const m = META.exec(html);
  return m?.[1] ? m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"') : null;
}

/** Collects the policies of the pages rendered during the build and hoists each page's meta tag. */
export class PolicyObserver implements PageObserver {
  /** Distinct policies seen (most pages share one). */
  readonly policies = new Set<string>();
  pages = 0;
  withPolicy = 0;

  page(_pathname: string, html: string): string {
    this.pages += 1;
    const policy = policyOf(html);
    if (!policy) return html;
    this.withPolicy += 1;
    this.policies.add(policy);
    return hoistPolicy(html);
  }
}

/** Reads every written page, hoists its meta tag in place and returns the policies (the fallback). */
function policiesFromFiles(files: readonly string[]): { policies: string[]; pages: number } {
  const policies: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const policy = policyOf(html);
    if (!policy) continue;
    policies.push(policy);
    const hoisted = hoistPolicy(html);
    if (hoisted !== html) writeFileSync(file, hoisted);
  }
  return { policies, pages: policies.length };
}

export default function cspHeaders(): AstroIntegration {
  let observer: PolicyObserver | null = null;
  return {
    name: 'practice-archive:csp-headers',
    hooks: {
      'astro:build:start': () => {
        observer = new PolicyObserver();
        observeRenderedPages('csp', observer);
      },
      'astro:build:done': ({ dir, logger }) => {
        observeRenderedPages('csp', undefined);
        const out = fileURLToPath(dir);
        const files = htmlFiles(out);
        const seen = observer;
        observer = null;
        // Every written page passed the observer: its policies are complete and its tags hoisted.
        const whileRendering = seen !== null && seen.pages === files.length;
        const { policies, pages } = whileRendering ? { policies: [...seen.policies], pages: seen.withPolicy } : policiesFromFiles(files);
        if (policies.length === 0) {
          logger.warn('no page carries a CSP meta tag; dist/_headers gets no Content-Security-Policy');
          return;
        }
        // frame-ancestors only works in a header; it stops other sites framing the archive.
        const policy = `${mergePolicies(policies)}; frame-ancestors 'none'`;
        const headersFile = join(out, '_headers');
        const base = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '/*\n';
        const lines = base.split('\n');
        const at = lines.findIndex((l) => l.trim() === '/*');
        if (at === -1) lines.push('/*', `  Content-Security-Policy: ${policy}`);
        else lines.splice(at + 1, 0, `  Content-Security-Policy: ${policy}`);
        writeFileSync(headersFile, lines.join('\n'));
        const how = whileRendering ? 'as they rendered' : 'read back from the build';
        logger.info(`Content-Security-Policy from ${pages} pages (${how}) written to _headers`);
      },
    },
  };
}
