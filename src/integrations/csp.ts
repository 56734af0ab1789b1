/**
 * Content-Security-Policy for the archive, in two places:
 *
 * 1. Astro's built-in `security.csp` puts a `<meta http-equiv="content-security-policy">` in every
 *    page, with hashes for exactly the scripts and styles that page inlines. That protects the site
 *    on any host, even one that cannot set headers (GitHub Pages).
 * 2. This integration writes the same policy as a real HTTP header into `dist/_headers` (the file
 *    Netlify and Cloudflare Pages read), next to the static security headers from
 *    `public/_headers`. A header can also carry what a meta tag cannot (`frame-ancestors`). One
 *    header serves every page, so it lists the union of the hashes all pages use: all of them are
 *    the site's own inline code.
 *
 * The policy lets only the site's own scripts and styles run: no 'unsafe-inline', no third-party
 * origins. Pagefind compiles its WebAssembly at run time, hence 'wasm-unsafe-eval' (which allows
 * WebAssembly compilation only, not JavaScript eval).
 */
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { THEME_BOOT_SCRIPT } from '../lib/theme.ts';
import { FOLD_FILTERS_SCRIPT } from '../lib/search/facets.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspDirective = NonNullable<CspConfig['directives']>[number];

/** Directives besides script-src and style-src (Astro owns those two and fills in the hashes). */
export const CSP_DIRECTIVES: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Sources allowed for scripts besides the per-page hashes. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
/** Sources allowed for styles besides the per-page hashes. */
export const STYLE_SOURCES = ["'self'"];

/** The CSP source expression for an inline script or style: `sha256-<base64>`. */
export function sha256Source(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/**
 * Inline scripts Astro does not bundle (`is:inline`), allowed by hash. Keep this list short: each
 * entry is code that must run before the first paint.
 */
export const INLINE_SCRIPTS = [THEME_BOOT_SCRIPT, FOLD_FILTERS_SCRIPT];

/** The `security.csp` block for astro.config.mjs. */
export const astroCsp = {
  algorithm: 'SHA-256' as const,
  directives: CSP_DIRECTIVES,
  scriptDirective: { resources: SCRIPT_SOURCES, hashes: INLINE_SCRIPTS.map(sha256Source) },
  styleDirective: { resources: STYLE_SOURCES },
} satisfies CspConfig;

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

export default function cspHeaders(): AstroIntegration {
  return {
    name: 'practice-archive:csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          const m = META.exec(html);
          if (!m?.[1]) continue;
          policies.push(m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
          const hoisted = hoistPolicy(html);
          if (hoisted !== html) writeFileSync(file, hoisted);
        }
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
        logger.info(`Content-Security-Policy from ${policies.length} pages written to _headers`);
      },
    },
  };
}
