// Takes the content editor's screenshots for CONTRIBUTING.md (editor-*.png): the sign-in page, a
// new case's form, its practice and figure lists, and the contribution questions. Usage (after a
// build, with `npm run admin:install`): npm run screenshots:editor
// Like take.mjs: the tests' browser, a Chinese font from npm, the built site served locally, and a
// decap-server writing into a scratch folder (nothing is saved into content/).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, describeBrowser, findBrowser } from '../../scripts/browser.ts';
import { addCjkFont } from '../../scripts/cjk-font.ts';
import { serveDir } from '../../scripts/static-server.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'editor-shots-'));
const port = 18000 + Math.floor(Math.random() * 1000);
const proxy = spawn(process.execPath, [resolve('editor/node_modules/decap-server/dist/index.js')], {
  env: { ...process.env, PORT: String(port), MODE: 'fs', GIT_REPO_DIRECTORY: scratch, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  stdio: 'inherit',
});
const server = await serveDir(resolve('dist'));
const found = await findBrowser();
console.log(describeBrowser(found));
const browser = await chromium.launch({ executablePath: found.path, headless: true, args: BROWSER_ARGS, env: { ...process.env, ...found.env } });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await addCjkFont(context);
  const page = await context.newPage();
  await new Promise((r) => setTimeout(r, 1000));
  await page.goto(`${server.url}admin/?proxy=${port}`);
  await page.getByRole('button', { name: '登录' }).waitFor();
  await page.screenshot({ path: join(here, 'editor-1-login.png') });
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/#\/collections\/cases/);
  await page.goto(`${server.url}admin/?proxy=${port}#/collections/cases/new`);
  await page.locator('[id^="title-field-"]').fill('表单新建的县局服务案例');
  await page.locator('[id^="slug-field-"]').fill('county-bureau-service-form');
  await page.screenshot({ path: join(here, 'editor-2-form.png') });
  await page.getByRole('button', { name: /新增.*practices/ }).click();
  const practice = page.locator('[id^="practices-field-"]').first();
  await practice.locator('[id^="name-field-"]').first().fill('“一把手工程”领导体制');
  await practice.getByRole('button', { name: /新增.*from/ }).click();
  await practice.locator('input[type="number"]').last().fill('61');
  await practice.locator('[id^="evidence-field-"]').first().fill('实行“一把手工程”,各股室分工负责、相互配合');
  await practice.locator('[id^="name-field-"]').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(here, 'editor-3-practice.png') });
  await page.locator('[id^="contribution-field-"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(here, 'editor-4-contribution.png') });
  await page.getByRole('button', { name: '发布' }).first().click();
  await page.screenshot({ path: join(here, 'editor-5-save.png') });
  console.log('editor-*.png written to docs/screenshots/');
} finally {
  await browser.close();
  await server.close();
  proxy.kill();
  rmSync(scratch, { recursive: true, force: true });
}
