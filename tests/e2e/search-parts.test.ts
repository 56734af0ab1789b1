import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSite } from '../helpers/build';
import { launchChrome } from '../helpers/browser';
import { serve, type Served } from '../helpers/serve';
import { ROOT } from '../helpers/paths';
import { openSearch, practiceHits, statusText } from './search-support';

// A large archive's index is written in parts and merged by the search page. A part size of two
// splits the four real cases into two parts, so every search here crosses the split.
const OUT = join(ROOT, '.cache', 'dist-search-parts');
let browser: Browser;
let site: Served;

beforeAll(async () => {
  const { ok, output } = buildSite({ outDir: OUT, env: { PAGEFIND_PART_SIZE: '2' } });
  if (!ok) throw new Error(output);
  site = await serve(OUT);
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('search over an index written in parts', () => {
  it('writes one Pagefind bundle per part', () => {
    expect(existsSync(join(OUT, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(OUT, 'pagefind-2', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(OUT, 'pagefind-3'))).toBe(false);
  });

  it('finds practices in either part and counts every case when browsing', async () => {
    const page = await browser.newPage();
    for (const [query, hit] of [
      ['12121', 'county-weather-bureau-service#'],
      ['首问负责制', 'district-service-center-expansion#first-inquiry-responsibility'],
      ['游泳', 'kindergarten-swimming-programme#'],
      ['安康杯', 'drainage-ankang-cup-safety-drive#ankang-cup'],
    ] as const) {
      await openSearch(page, site.url, query);
      expect((await practiceHits(page))[0], query).toContain(hit);
    }
    await openSearch(page, site.url, null);
    expect(await statusText(page)).toMatch(/共 4 个案例/);
    await page.close();
  });
});
