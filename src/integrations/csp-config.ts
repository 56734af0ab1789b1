/**
 * The site's Content-Security-Policy as Astro's built-in `security.csp` config: Astro puts a
 * `<meta http-equiv="content-security-policy">` in every page, with hashes for exactly the scripts
 * and styles that page inlines. That protects the site on any host, even one that cannot set
 * headers (GitHub Pages). The same policy also goes out as an HTTP header: see csp-headers.ts.
 *
 * The policy lets only the site's own scripts and styles run: no 'unsafe-inline', no third-party
 * origins. Pagefind compiles its WebAssembly at run time, hence 'wasm-unsafe-eval' (which allows
 * WebAssembly compilation only, not JavaScript eval). The inline scripts it allows by hash are
 * the ones in src/lib/inline-scripts.ts, and only those.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { INLINE_SCRIPTS } from '../lib/inline-scripts.ts';

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

/** The `security.csp` block for astro.config.mjs. */
export const astroCsp = {
  algorithm: 'SHA-256' as const,
  directives: CSP_DIRECTIVES,
  scriptDirective: { resources: SCRIPT_SOURCES, hashes: INLINE_SCRIPTS.map(sha256Source) },
  styleDirective: { resources: STYLE_SOURCES },
} satisfies CspConfig;
