/**
 * An entry written in traditional script (a contributor pasted it from a site that reposts the
 * report so): it is built with the real cases in a scratch copy of the project, here the
 * kindergarten case converted to Taiwan's standard with OpenCC. Its page shows it as written and
 * says so (lang="zh-Hant"); search finds it from simplified and from traditional queries alike, and
 * the highlighter marks a simplified query's words in its traditional text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Converter } from 'opencc-js';
import { ROOT } from '../helpers/paths';
import { launchChrome } from '../helpers/browser';
import { makeScratchCopy, SCRATCH_CONFIG } from '../../scripts/bench/scratch';
import { serveDir } from '../../scripts/static-server';
import { openSearch, practiceHits } from './search-support';

const WORK = join(ROOT, '.cache', 'traditional-entry');
const COPY = join(WORK, 'copy');
const DIST = join(WORK, 'dist');
const SLUG = 'kindergarten-swimming-programme';

let browser: Browser;
let base = '';
let close = async () => {};

beforeAll(async () => {
  makeScratchCopy(ROOT, COPY, { withCases: true });
  const file = join(COPY, 'content', 'cases', `${SLUG}.mdx`);
  writeFileSync(file, Converter({ from: 'cn', to: 'tw' })(readFileSync(file, 'utf8')));
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--config', SCRATCH_CONFIG, '--outDir', DIST], {
    cwd: COPY,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`build with a traditional-script entry failed:\n${r.stdout}\n${r.stderr}`);
  const served = await serveDir(DIST);
  base = served.url;
  close = served.close;
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
  await close();
});

describe('an entry written in traditional script', () => {
  it('is shown as written, marked as traditional Chinese', () => {
    const html = readFileSync(join(DIST, 'cases', SLUG, 'index.html'), 'utf8');
    expect(html).toContain('游泳特色課程');
    expect(html).toMatch(/<article class="case" data-pagefind-body lang="zh-Hant"/);
    // The simplified entries are not.
    expect(readFileSync(join(DIST, 'cases', 'county-weather-bureau-service', 'index.html'), 'utf8')).not.toContain('lang="zh-Hant"');
  });

  it('is found by simplified and by traditional queries, its practices ranked the same', async () => {
    const page = await browser.newPage();
    for (const [simplified, traditional, practice] of [
      ['游泳特色课程', '游泳特色課程', 'swimming-programme'],
      ['退休职工', '退休職工', 'retiree-care'],
      ['广播操比赛', '廣播操比賽', 'broadcast-gymnastics'],
      ['西门宝宝', '西門寶寶', 'ximen-baby-day'],
    ] as const) {
      await openSearch(page, base, simplified);
      const hits = await practiceHits(page);
      expect(hits.slice(0, 3), simplified).toContain(`${SLUG}#${practice}`);
      await openSearch(page, base, traditional);
      expect(await practiceHits(page), traditional).toEqual(hits);
    }
    await page.close();
  });

  it('highlights a simplified query in its traditional text', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}cases/${SLUG}/?hl=${encodeURIComponent('游泳特色课程')}#swimming-programme`);
    const mark = page.locator('#swimming-programme mark.search-hit').first();
    await mark.waitFor();
    expect(await mark.textContent()).toBe('游泳特色課程');
    await page.close();
  });
});
