// Takes the README screenshots: home, a case, a tag, /practices/ and the practice basket at 375
// and 1280 px, light and dark. Usage (after a build): node docs/screenshots/take.mjs [distDir]   (default: dist)
// Uses the system Chromium (CHROME_PATH or /usr/bin/chromium); never downloads a browser.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = resolve(process.argv[2] ?? 'dist');
const chrome = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the site first`);
if (!chrome) throw new Error('No Chromium found: set CHROME_PATH');

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  let file = normalize(join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (!file.startsWith(dist)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const shots = [
  { name: 'home', path: '/' },
  { name: 'case', path: '/cases/district-service-center-expansion/' },
  { name: 'tag', path: '/tags/role-models/' },
  { name: 'practices', path: '/practices/' },
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
const browser = await chromium.launch({ executablePath: chrome, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 }, colorScheme: scheme });
      await page.addInitScript((value) => localStorage.setItem('practice-archive:basket:v1', value), JSON.stringify(basket));
      for (const shot of shots) {
        await page.goto(origin + shot.path, { waitUntil: 'load' });
        if (shot.ready) await page.waitForSelector(shot.ready);
        // The top of the page at the viewport's height: what a reader sees first, and a small PNG.
        const file = join(here, `${shot.name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: false });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
