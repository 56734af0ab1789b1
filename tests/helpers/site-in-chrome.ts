import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChrome } from './browser';
import { serve, type Served } from './serve';

export interface SiteInChrome {
  /** The test build, served like a static host on a free port. */
  site: Served;
  /** The browser the run uses (system or npm-bundled Chromium, scripts/browser.ts). */
  browser: Browser;
}

/**
 * Serves the test build and starts Chromium before a test file's tests, and stops both after
 * them. Call it at the top of the file; the returned object is filled in by the time tests run.
 */
export function siteInChrome(): SiteInChrome {
  const env = {} as SiteInChrome;
  beforeAll(async () => {
    env.site = await serve();
    env.browser = await launchChrome();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
