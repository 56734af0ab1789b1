import { chromium, type Browser } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser';

/** Starts the browser the run uses (system or npm-bundled Chromium; see scripts/browser.ts). */
export async function launchChrome(): Promise<Browser> {
  const found = await findBrowser();
  return chromium.launch({
    executablePath: found.path,
    headless: true,
    args: BROWSER_ARGS,
    env: { ...process.env, ...found.env },
  });
}
