/**
 * The content editor with no account at all (`/admin/?offline`, docs/editor.md) in Chromium: the
 * form runs in the page only (Decap's in-memory backend), and saving hands the contributor the
 * finished entry and the report as downloads, to send by any means. Nothing leaves the page.
 *
 * The downloaded entry passes `npm run validate` like a hand-written one, and the downloaded report
 * is byte for byte the file that was uploaded.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Download } from 'playwright-core';
import { siteInChrome } from '../helpers/site-in-chrome';
import { attachReport, expectValidAlone, fillNewCase } from '../helpers/editor-form';

const env = siteInChrome();
// A report with bytes a text conversion would change (a BOM, CRLF line ends): it must arrive as uploaded.
const REPORT = {
  name: 'report.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('\uFEFF（无编号）2021年度创建文明单位工作总结\r\n一、基本情况\r\n', 'utf8'),
};

describe('the content editor with no account (/admin/?offline)', () => {
  it('gives the finished entry and the report as downloads; the entry passes validate, the report is the uploaded file', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    const site = new URL(env.site.url);
    const foreign: string[] = [];
    context.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'blob:' && u.protocol !== 'data:' && u.host !== site.host) foreign.push(r.url());
    });
    const page = await context.newPage();
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.goto(`${env.site.url}admin/?offline`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/#\/collections\/cases/);
    await page.goto(`${env.site.url}admin/?offline#/collections/cases/new`);
    const slug = 'editor-offline-case';
    await fillNewCase(page, slug);
    expect(await page.getByText(/保存时和条目文件一起下载，不上传到任何地方/).count()).toBe(1);
    await attachReport(page, REPORT);
    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText('立即发布').click();
    await expect.poll(() => downloads.length, { timeout: 15_000 }).toBe(2);

    const byName = new Map(downloads.map((d) => [d.suggestedFilename(), d]));
    expect([...byName.keys()].sort()).toEqual([`${slug}.mdx`, REPORT.name].sort());
    const dir = mkdtempSync(join(tmpdir(), 'editor-offline-'));
    mkdirSync(join(dir, 'cases'));
    await byName.get(`${slug}.mdx`)!.saveAs(join(dir, `cases/${slug}.mdx`));
    await byName.get(REPORT.name)!.saveAs(join(dir, REPORT.name));
    expect(readFileSync(join(dir, REPORT.name))).toEqual(REPORT.buffer);
    const entry = readFileSync(join(dir, `cases/${slug}.mdx`), 'utf8');
    expect(entry.split('\n')[1]).toBe(
      `# 投稿 contribution: {"report":"/content/contributions/${REPORT.name}","reportUse":"fingerprint","licence":"CC BY 4.0"}`,
    );
    rmSync(dir, { recursive: true, force: true });
    expectValidAlone(slug, entry);
    expect(foreign).toEqual([]);
    await context.close();
  }, 120_000);
});
