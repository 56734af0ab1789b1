import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { siteInChrome } from '../helpers/site-in-chrome';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// One page of every kind the site has, with JavaScript on so the filters and toggle are checked too.
const PAGES = [
  '',
  'themes/',
  'themes/service-performance/',
  'tags/',
  'tags/first-inquiry-responsibility/',
  'practices/',
  'cases/',
  'cases/district-service-center-expansion/',
  'cases/kindergarten-swimming-programme/',
  'about/',
  'about/data/',
  'search/',
  'no-such-page/',
];

const env = siteInChrome();

interface AxeResult {
  passes: { id: string }[];
  violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[];
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`axe-core, ${scheme} mode`, () => {
    it(`finds no WCAG 2.2 A/AA violation on any kind of page (${scheme})`, async () => {
      // The site's CSP rightly forbids injected scripts; the test bypasses it to inject axe.
      const context = await env.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of PAGES) {
        await page.goto(env.site.url + path, { waitUntil: 'load' });
        expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe(scheme);
        await page.addScriptTag({ path: AXE });
        const result = (await page.evaluate((tags) => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe;
          return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        }, TAGS)) as AxeResult;
        // Proof that axe really ran its checks here, colour contrast among them.
        expect(
          result.passes.map((p) => p.id),
          path,
        ).toContain('color-contrast');
        for (const v of result.violations) {
          for (const n of v.nodes)
            problems.push(`/${path} ${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    });
  });
}
