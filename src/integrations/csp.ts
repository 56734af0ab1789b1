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
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Directives besides script-src and style-src (Astro owns those two and fills in the hashes). */
export const CSP_DIRECTIVES = [
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

/** The `security.csp` block for astro.config.mjs. */
export const astroCsp = {
  algorithm: 'SHA-256' as const,
  directives: CSP_DIRECTIVES,
  scriptDirective: { resources: SCRIPT_SOURCES },
  styleDirective: { resources: STYLE_SOURCES },
};

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

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
          const m = META.exec(readFileSync(file, 'utf8'));
          if (m?.[1]) policies.push(m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
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
