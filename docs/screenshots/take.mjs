// Takes the README screenshots: home, a case, a tag, /practices/, a search and the practice basket at 375
// and 1280 px, light and dark. Usage (after a build): npm run screenshots [-- distDir]   (default: dist)
// Uses the browser the tests use (scripts/browser.ts: a system Chromium, else the npm-bundled one)
// and a Chinese font from npm (scripts/cjk-font.ts), so Chinese shows on a machine without a CJK font.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, describeBrowser, findBrowser } from '../../scripts/browser.ts';
import { addCjkFont } from '../../scripts/cjk-font.ts';
import { serveDir } from '../../scripts/static-server.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the site first`);

const server = await serveDir(dist);
const origin = server.url.replace(/\/$/, '');
const found = await findBrowser();
console.log(describeBrowser(found));

const shots = [
  { name: 'home', path: '/' },
  { name: 'case', path: '/cases/district-service-center-expansion/' },
  { name: 'tag', path: '/tags/role-models/' },
  { name: 'practices', path: '/practices/' },
  // A search as a reader types it: results with their practices, the filters counted over them.
  { name: 'search', path: `/search/?q=${encodeURIComponent('首问责任制')}`, ready: '[data-search-root][data-state="ready"]' },
  { name: 'basket', path: '/basket/', ready: '[data-basket-root][data-state="ready"]' },
];
// What the basket shot shows: three practices from three cases, one with the reader's note.
const basket = {
  items: [
    { c: 'district-service-center-expansion', p: 'first-inquiry-responsibility', note: '适合我们窗口的做法' },
    { c: 'drainage-ankang-cup-safety-drive', p: 'leading-group-plan', note: '' },
    { c: 'kindergarten-swimming-programme', p: 'swimming-programme', note: '' },
  ],
  grouped: false,
};
const browser = await chromium.launch({ executablePath: found.path, headless: true, args: BROWSER_ARGS, env: { ...process.env, ...found.env } });
try {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 }, colorScheme: scheme });
      await addCjkFont(context);
      await context.addInitScript((value) => localStorage.setItem('practice-archive:basket:v1', value), JSON.stringify(basket));
      const page = await context.newPage();
      for (const shot of shots) {
        await page.goto(origin + shot.path, { waitUntil: 'load' });
        if (shot.ready) await page.waitForSelector(shot.ready);
        await page.evaluate(() => document.fonts.ready);
        // The top of the page at the viewport's height: what a reader sees first, and a small PNG.
        const file = join(here, `${shot.name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: false });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
