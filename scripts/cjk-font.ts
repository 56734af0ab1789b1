/**
 * Gives a browser context a Chinese font from npm (@fontsource/noto-sans-sc), so a PDF or a
 * screenshot shows Chinese, not boxes, on a machine with no CJK system font (the npm-bundled
 * Chromium brings Latin fonts only). Only for tests and the screenshot script: the site itself
 * loads no web fonts. The files are served on the page's own origin (the CSP allows `font-src
 * 'self'`), under the family name the site's font stack already lists, so the site's CSS is used
 * as it is.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { fileInside, requestPath } from './static-server';
import { onDemandDir } from './on-demand';

/** The family the served faces are declared as: one the site's `--font-body` stack names. */
export const CJK_FAMILY = 'Noto Sans CJK SC';
const PREFIX = '/__cjk-font/';

export async function addCjkFont(context: BrowserContext): Promise<void> {
  // 76 MB of font files, installed the first time a test or the screenshot script needs them.
  const dir = onDemandDir('@fontsource/noto-sans-sc');
  await context.route(`**${PREFIX}**`, (route) => {
    // Decoded as the static server decodes, so an encoded `..` is seen for what it is.
    const rel = requestPath(route.request().url())?.split(PREFIX)[1] ?? '';
    const file = fileInside(dir, rel);
    if (!file) return route.fulfill({ status: 403 });
    if (rel === '400.css') {
      const css = readFileSync(file, 'utf8').replaceAll("font-family: 'Noto Sans SC'", `font-family: '${CJK_FAMILY}'`);
      return route.fulfill({ status: 200, contentType: 'text/css', body: css });
    }
    return route.fulfill({ status: 200, contentType: 'font/woff2', body: readFileSync(file) });
  });
  await context.addInitScript((href) => {
    const add = () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      document.head.append(link);
    };
    if (document.head) add();
    else document.addEventListener('DOMContentLoaded', add);
  }, PREFIX + '400.css');
}
