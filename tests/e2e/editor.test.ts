/**
 * The content editor at /admin/ in Chromium, saving locally as `npm run admin` does: the built
 * editor page, Decap's local backend and a real decap-server writing into a scratch copy of the
 * archive's content (never into content/ itself).
 *
 * - A new case made through the form (title, unit, a practice with its citation and evidence, a
 *   figure, and what else the schema requires) is written to cases/<slug>.mdx, and that file passes
 *   `npm run validate` like a hand-written one.
 * - An existing case opened and saved keeps its data, and its file.
 * - The page keeps to its own policy: no violation, no request outside the site and the local backend.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { siteInChrome } from '../helpers/site-in-chrome';
import { runScript } from '../helpers/run-script';
import { ROOT } from '../helpers/paths';
import { DECAP_DIST } from '../../src/integrations/editor';
import { splitCaseFile } from '../../src/editor/case-file';

const env = siteInChrome();
const SERVER = join(ROOT, 'editor/node_modules/decap-server/dist/index.js');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

let repo = '';
let port = 0;
let proxy: ChildProcess | undefined;

beforeAll(async () => {
  if (!existsSync(SERVER) || !existsSync(DECAP_DIST)) throw new Error('the editor is not installed: run npm run admin:install');
  repo = mkdtempSync(join(tmpdir(), 'editor-test-'));
  mkdirSync(join(repo, 'content'));
  cpSync(join(ROOT, 'content/cases'), join(repo, 'content/cases'), { recursive: true });
  port = await freePort();
  proxy = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: String(port), MODE: 'fs', GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  // Ready when it answers.
  for (let i = 0; i < 100; i += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
}, 30_000);

afterAll(() => {
  proxy?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** Opens the editor signed in to the local backend, recording policy violations and foreign requests. */
async function openEditor(hash = '') {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  const foreign: string[] = [];
  const site = new URL(env.site.url);
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'blob:' || u.protocol === 'data:') return;
    if (u.host !== site.host && u.host !== `127.0.0.1:${port}`) foreign.push(r.url());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  await page.goto(`${env.site.url}admin/?proxy=${port}`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/#\/collections\/cases/);
  if (hash) {
    await page.goto(`${env.site.url}admin/?proxy=${port}${hash}`);
  }
  const violations = () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  return { context, page, foreign, violations };
}

/** The control of a field: `path` names it from the top (`unit.name`), `scope` narrows to a list item. */
function control(scope: Page | Locator, path: string): Locator {
  let loc: Page | Locator = scope;
  const parts = path.split('.');
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    loc = loc.locator(`[id^="${part}-field-"]`).first();
    void last;
  }
  return loc as Locator;
}

async function fill(scope: Page | Locator, path: string, value: string) {
  await control(scope, path).fill(value);
}

/** Chooses an option of a select field by typing its value and taking the first match. */
async function choose(scope: Page | Locator, path: string, ...values: string[]) {
  const input = control(scope, path);
  for (const v of values) {
    await input.click();
    await input.pressSequentially(v);
    await input.page().keyboard.press('Enter');
  }
}

describe('the content editor at /admin/ (Decap CMS, local backend)', () => {
  it('creates a case through the form; the file it writes passes npm run validate', async () => {
    const { context, page, foreign, violations } = await openEditor('#/collections/cases/new');
    await control(page, 'title').waitFor();
    await fill(page, 'slug', 'editor-made-weather-case');
    await fill(page, 'title', '表单新建的县局服务案例');
    await fill(page, 'summary', '一个县级单位的创建总结，编者用表单整理：它把服务承诺和自动站建设写在一起。');
    await fill(page, 'unit.name', '县{withheld}局');
    await choose(page, 'unit.nameBasis', 'partly-withheld');
    await choose(page, 'unit.type', 'public-institution');
    await choose(page, 'unit.sector', 'meteorology');
    await choose(page, 'unit.reportingEntity', 'unit');
    await fill(page, 'unit.region.label', '未说明');
    await choose(page, 'unit.region.basis', 'absent');
    await fill(page, 'unit.region.clue', '文中只说“我县”，没有地名。');
    await choose(page, 'honour.level', 'municipal');
    await choose(page, 'honour.status', 'held');
    await fill(page, 'period.reported', '2003');
    await fill(page, 'period.from', '2003');
    await fill(page, 'period.to', '2008');
    await choose(page, 'period.basis', 'stated');
    await choose(page, 'themes.primary', 'service-performance');
    await choose(page, 'tags', 'leading-group', 'service-standards');

    // One practice: its name, summary, tags, the paragraph it cites and a short quotation from it.
    await page.getByRole('button', { name: /新增.*practices/ }).click();
    const practice = page.locator('[id^="practices-field-"]').first();
    await fill(practice, 'id', 'yibashou-leadership');
    await fill(practice, 'name', '“一把手工程”领导体制');
    await fill(practice, 'summary', '局里由一把手负责创建，各股室分工合作。');
    await choose(practice, 'tags', 'leading-group');
    await practice.getByRole('button', { name: /新增.*from/ }).click();
    await practice.locator('input[type="number"]').last().fill('61');
    await fill(practice, 'evidence', '实行“一把手工程”,各股室分工负责、相互配合');

    // One figure, as the report states it.
    await page.getByRole('button', { name: /新增.*figures/ }).click();
    const figure = page.locator('[id^="figures-field-"]').first();
    await fill(figure, 'label', '社会满意率');
    await fill(figure, 'value', '90以上');
    await figure.getByRole('button', { name: /新增.*from/ }).click();
    await figure.locator('input[type="number"]').last().fill('67');

    await choose(page, 'source.id', '000_553786800db20cef');
    const lines = control(page, 'source.lines');
    await page
      .locator('[id^="source-field-"]')
      .getByRole('button', { name: /新增.*lines/ })
      .click();
    await page
      .locator('[id^="source-field-"]')
      .getByRole('button', { name: /新增.*lines/ })
      .click();
    const numbers = page.locator('[id^="source-field-"] input[type="number"]');
    void lines;
    await numbers.nth(0).fill('58');
    await numbers.nth(1).fill('71');
    await fill(page, 'source.report', '3');
    await fill(page, 'source.heading', '（无编号）2021年度创建文明单位工作总结');
    await fill(page, 'added', '2026-12-01');
    await fill(page, 'updated', '2026-12-01');
    // The body: Decap's raw Markdown editor is a content-editable box under the field's label.
    const body = page.locator('label[for^="body-field-"]').locator('xpath=../..').locator('textarea, [contenteditable="true"]').first();
    await body.click();
    await page.keyboard.type('## 背景');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('一个县级单位的创建总结，这里用自己的话概述。');

    // What travels with the contribution: the report may only be fingerprinted; the entry's licence.
    await choose(page, 'contribution.reportUse', '只保存指纹');
    await choose(page, 'contribution.licence', '同意');

    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText('立即发布').click();
    const file = join(repo, 'content/cases/editor-made-weather-case.mdx');
    // Wait for the whole entry, not the file's first appearance (decap-server writes in steps).
    await expect
      .poll(() => existsSync(file) && (parse(splitCaseFile(readFileSync(file, 'utf8')).frontmatter) as { added?: string } | null)?.added, {
        timeout: 15_000,
      })
      .toBe('2026-12-01');

    const text = readFileSync(file, 'utf8');
    const data = parse(splitCaseFile(text).frontmatter);
    expect(data).toMatchObject({
      title: '表单新建的县局服务案例',
      unit: { name: '县{withheld}局', type: 'public-institution', sector: 'meteorology' },
      practices: [{ id: 'yibashou-leadership', from: [61], evidence: '实行“一把手工程”,各股室分工负责、相互配合' }],
      figures: [{ label: '社会满意率', value: '90以上', from: [67] }],
      source: { id: '000_553786800db20cef', lines: [58, 71] },
      added: '2026-12-01',
    });
    // Written the way entries are: dates quoted, citations in flow style, no form-only fields.
    expect(text).toMatch(/^added: '2026-12-01'$/m);
    expect(text).toMatch(/^ {4}from: \[61\]$/m);
    expect(text).not.toMatch(/^slug:/m);
    expect(text.split('\n')[1]).toBe('# 投稿 contribution: {"reportUse":"fingerprint","licence":"CC BY 4.0"}');

    // The file passes validate on its own, like a hand-written entry.
    const alone = mkdtempSync(join(tmpdir(), 'editor-validate-'));
    mkdirSync(join(alone, 'cases'));
    cpSync(file, join(alone, 'cases/editor-made-weather-case.mdx'));
    const result = runScript('scripts/validate.ts', [join(alone, 'cases')]);
    rmSync(alone, { recursive: true, force: true });
    expect(`${result.out}${result.err}`).not.toMatch(/✗/);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/检查了 1 个案例，没有发现问题/);

    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 120_000);

  it('opens an existing case and saves a change to one field: only that line of the file changes', async () => {
    const slug = 'county-weather-bureau-service';
    const file = join(repo, `content/cases/${slug}.mdx`);
    const before = readFileSync(file, 'utf8');
    const { context, page } = await openEditor(`#/collections/cases/entries/${slug}`);
    await control(page, 'title').waitFor();
    // One change (the date of the last substantive change), saved through the editor's save path.
    await control(page, 'updated').fill('2026-12-06');
    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText('立即发布').click();
    // decap-server writes the file in more than one step: wait until what is there is the whole entry.
    const saved = () => {
      const text = readFileSync(file, 'utf8');
      return text !== before && (parse(splitCaseFile(text).frontmatter) as { updated?: string } | null)?.updated;
    };
    await expect.poll(saved, { timeout: 15_000 }).toBe('2026-12-06');
    const after = readFileSync(file, 'utf8');
    expect(parse(splitCaseFile(after).frontmatter)).toEqual({ ...parse(splitCaseFile(before).frontmatter), updated: '2026-12-06' });
    expect(splitCaseFile(after).body).toBe(splitCaseFile(before).body);
    // Every other value keeps its original text, so the pull request's diff is that one line.
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(["updated: '2026-12-06'"]);
    await context.close();
  }, 120_000);
});
