import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSite } from '../helpers/build';
import { launchChrome } from '../helpers/browser';
import { serve, type Served } from '../helpers/serve';
import { ROOT } from '../helpers/paths';
import { openSearch, practiceHits, statusText } from './search-support';
import { realEntries } from '../helpers/entries';
import { mergedPartDirs, partCount, partDir } from '../../src/search/search-parts';

// A large archive's index is written in parts and merged by the search page. A part size of two
// splits the real cases into several parts, so every search here crosses a split. How many parts
// and cases there are is derived from content/cases, so a new case needs no edit here.
const OUT = join(ROOT, '.cache', 'dist-search-parts');
const cases = realEntries().length;
const parts = partCount(cases, 2);
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
    expect(parts).toBeGreaterThan(1);
    expect(existsSync(join(OUT, partDir(0), 'pagefind.js'))).toBe(true);
    for (const dir of mergedPartDirs(cases, 2)) expect(existsSync(join(OUT, dir, 'pagefind-entry.json')), dir).toBe(true);
    expect(existsSync(join(OUT, partDir(parts)))).toBe(false);
  });

  it('finds practices in either part and counts every case when browsing', async () => {
    const page = await browser.newPage();
    for (const [query, hit] of [
      ['12121', 'county-weather-bureau-service#'],
      ['首问负责制', 'district-service-center-expansion#first-inquiry-responsibility'],
      ['游泳', 'kindergarten-swimming-programme#'],
      ['安康杯', 'drainage-ankang-cup-safety-drive#ankang-cup'],
    ] as const) {
      // Found, wherever its case's page landed; which one ranks first is the ranking tests' business.
      await openSearch(page, site.url, query);
      expect(
        (await practiceHits(page)).some((h) => h.includes(hit)),
        query,
      ).toBe(true);
    }
    await openSearch(page, site.url, null);
    expect(await statusText(page)).toMatch(new RegExp(`共 ${cases} 个案例`));
    await page.close();
  });
});
